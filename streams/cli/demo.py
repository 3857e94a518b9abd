"""`tally demo`: a local broker, one worker, the seed articles, the reconciled state, then stop."""

import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path

from rich.console import Console

from schemas.state import IncidentState
from streams.cli.render import state_tables
from streams.cli.sources import raw_records
from streams.clients.publish import article_message, publish
from streams.clients.state_read import read_states
from streams.kafka.broker import configured_or_local, free_port
from streams.kafka.connection import Connection, connection
from streams.runtime.processes import worker_command
from streams.settings import Settings

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
READY_TIMEOUT_S = 240.0
STATE_TIMEOUT_S = 240.0


def wait_ready(url: str, worker: subprocess.Popen[bytes], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise RuntimeError(f"the worker exited with {worker.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"the worker at {url} was not ready in {timeout_s:.0f}s")


def run_demo(settings: Settings, console: Console) -> int:
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="tally-demo-")))
        if not settings.kafka_bootstrap:
            console.print("starting a local Kafka broker...")
        bootstrap = stack.enter_context(
            configured_or_local(
                settings.kafka_bootstrap, settings.cache_dir, settings.kafka_version
            )
        )
        port = free_port()
        env = {
            **os.environ,
            "KAFKA_BOOTSTRAP": bootstrap,
            "TALLY_KAFKA_BOOTSTRAP": bootstrap,
            "TALLY_WEB_PORT": str(port),
            "TALLY_DATA_DIR": str(work / "worker"),
        }
        log_path = work / "worker.log"
        console.print(f"starting a worker on {bootstrap} (log: {log_path})...")
        with log_path.open("wb") as log:
            worker = subprocess.Popen(
                worker_command(), env=env, stdout=log, stderr=subprocess.STDOUT
            )
        stack.callback(_stop, worker)
        try:
            wait_ready(f"http://127.0.0.1:{port}", worker, READY_TIMEOUT_S)
            records = [record for _, record in raw_records([SEEDS])]
            server = connection(settings.model_copy(update={"kafka_bootstrap": bootstrap}))
            publish(server, settings.topic_articles, [article_message(r) for r in records])
            console.print(f"published {len(records)} seed article(s); waiting for the state...")
            states = wait_for_articles(
                server, settings.topic_state, {str(r["id"]) for r in records}
            )
        except (RuntimeError, TimeoutError) as error:
            console.print(f"[red]demo failed: {error}[/red]")
            sys.stdout.write(log_path.read_text(errors="replace")[-4000:])
            return 1
        for state in states.values():
            console.print(state_tables(state))
    return 0


def wait_for_articles(
    connection: Connection, topic: str, article_ids: set[str], timeout_s: float = STATE_TIMEOUT_S
) -> dict[str, IncidentState]:
    """The states once every article id shows in some incident (bounded wait)."""
    deadline = time.monotonic() + timeout_s
    seen: set[str] = set()
    while time.monotonic() < deadline:
        states = read_states(connection, topic)
        seen = {article for state in states.values() for article in state.articles.ids}
        if article_ids <= seen:
            return states
        time.sleep(1.0)
    raise TimeoutError(f"articles {sorted(article_ids - seen)} never reached the state")


def _stop(worker: subprocess.Popen[bytes]) -> None:
    if worker.poll() is None:
        worker.terminate()
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
