"""/health says 503 until the worker is ready and while it is stalled; SIGTERM stops it
cleanly with offsets committed, and within the shutdown deadline even when stuck; logs are
JSON lines by default and text on request."""

import contextlib
import json
import os
import re
import signal
import subprocess
import time
from typing import Any

import psutil

from streams.kafka.broker import free_port
from streams.runtime.processes import worker_command
from tests.integration.harness import (
    REPO,
    Deployment,
    RunningWorker,
    article_ids,
    dumps,
    generated_articles,
    wait_until,
)


def test_health_is_503_until_ready_then_200_and_logs_are_json(deployment: Deployment) -> None:
    port = free_port()
    log_path = deployment.work_dir / "health.log"
    env = {
        **os.environ,
        **deployment.env,
        "TALLY_LOG_FORMAT": "json",
        "TALLY_WEB_PORT": str(port),
        "TALLY_DATA_DIR": str(deployment.work_dir / "health"),
    }
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            worker_command(), env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO
        )
    worker = RunningWorker(process, port, log_path)
    deployment.workers.append(worker)
    statuses: list[int] = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and 200 not in statuses:
        assert process.poll() is None, worker.log_tail()
        with contextlib.suppress(OSError):  # the web server is not listening yet
            statuses.append(worker.get("/health", timeout_s=2)[0])
        time.sleep(0.05)
    assert statuses and statuses[-1] == 200
    assert set(statuses) <= {503, 200} and statuses[0] == 503, statuses[:5]
    deployment.stop_worker(worker)
    lines = [line for line in log_path.read_text().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]
    assert entries
    assert all({"ts", "level", "logger", "message"} <= set(entry) for entry in entries)


def test_sigterm_exits_zero_and_a_restart_reprocesses_nothing(
    deployment: Deployment, stream_records: list[dict[str, Any]]
) -> None:
    worker = deployment.start_worker()
    records = stream_records[:20]
    deployment.publish_records(records)
    deployment.wait_for_articles(article_ids(records))
    before = dumps(deployment.wait_quiet())
    changes = len(deployment.topic_values(deployment.settings.topic_changes))
    claims = len(deployment.topic_values(deployment.settings.topic_claims))

    started = time.monotonic()
    deployment.stop_worker(worker)
    assert worker.process.returncode == 0
    assert time.monotonic() - started < 30
    text = worker.log_path.read_text()
    assert "INFO faust.worker" in text and not text.lstrip().startswith("{")

    again = deployment.start_worker()
    time.sleep(5)
    assert dumps(deployment.wait_quiet()) == before
    assert len(deployment.topic_values(deployment.settings.topic_claims)) == claims
    assert len(deployment.topic_values(deployment.settings.topic_changes)) == changes
    assert again.get("/health")[0] == 200


def _lag(worker: RunningWorker, topic: str) -> int:
    text = worker.get("/metrics")[1].decode()
    pattern = rf'^tally_consumer_lag{{[^}}]*topic="{re.escape(topic)}"[^}}]*}} (\S+)$'
    return sum(int(float(value)) for value in re.findall(pattern, text, re.MULTILINE))


def test_a_stalled_worker_is_503_with_real_lag_and_still_stops_on_sigterm(
    deployment: Deployment,
) -> None:
    worker = deployment.start_worker(
        {"TALLY_HEALTH_STALL_S": "10", "TALLY_BATCH_SIZE": "1", "TALLY_SHUTDOWN_TIMEOUT_S": "8"}
    )
    # spaCy runs in child processes: freezing them freezes extraction, as a parse that never
    # returns would. The worker's own loop stays free to answer.
    children = psutil.Process(worker.process.pid).children(recursive=True)
    assert children, "extraction runs in a child process"
    for child in children:
        child.suspend()
    records = generated_articles(6, seed=31, prefix="stall")
    deployment.publish_records(records)

    status, body = wait_until(
        lambda: worker.get("/health"), lambda answer: answer[0] == 503, timeout_s=90
    )
    assert status == 503 and b"stalled" in body, body
    assert _lag(worker, deployment.settings.topic_articles) == len(records)

    worker.process.send_signal(signal.SIGTERM)
    # The shutdown deadline (8 s here) ends the process even though extraction is stuck.
    assert worker.process.wait(timeout=30) != 0
    for child in children:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()
    deployment.workers.remove(worker)
    assert "exiting" in worker.log_tail()
