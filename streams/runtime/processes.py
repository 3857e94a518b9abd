"""`tally worker --processes N`: N worker processes of one app, sharing the partitions.

Each process is a full Faust worker in the same consumer group, with its own web port
(web_port + i) and its own table directory; Kafka's group protocol spreads the partitions.
"""

import os
import signal
import subprocess
import sys
import time
from types import FrameType

from streams.runtime.worker import run_worker
from streams.settings import Settings


def worker_command() -> list[str]:
    return [sys.executable, "-m", "streams.cli", "worker"]


def run_workers(settings: Settings, processes: int) -> int:
    if processes <= 1:
        run_worker(settings)
    children = [
        subprocess.Popen(
            worker_command(), env={**os.environ, "TALLY_WEB_PORT": str(settings.web_port + index)}
        )
        for index in range(processes)
    ]

    def forward(signum: int, frame: FrameType | None) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    while any(child.poll() is None for child in children):
        time.sleep(0.5)
    return max(child.returncode or 0 for child in children)
