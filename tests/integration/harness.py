"""Runs real tally workers against the real broker, each test with its own topics and app id."""

import contextlib
import datetime as dt
import os
import random
import signal
import subprocess
import time
import urllib.request
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import psutil

from schemas.state import IncidentState
from streams.cli.demo import wait_for_articles
from streams.cli.sources import raw_records
from streams.clients.publish import article_message, publish
from streams.clients.state_read import read_states, read_topic
from streams.kafka.broker import free_port
from streams.kafka.connection import Connection, connection
from streams.runtime.processes import worker_command
from streams.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
READY_TIMEOUT_S = 240.0
CHILD_GRACE_S = 10.0
T = TypeVar("T")


@dataclass
class RunningWorker:
    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def get(
        self, path: str, timeout_s: float = 10.0, headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        request = urllib.request.Request(f"{self.web_url}{path}", headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=timeout_s) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def log_tail(self, size: int = 6000) -> str:
        return self.log_path.read_text(errors="replace")[-size:]


@dataclass
class Deployment:
    """One isolated tally deployment (topic names, app id, data dir) on the shared broker."""

    bootstrap: str
    work_dir: Path
    partitions: int = 4
    name: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    workers: list[RunningWorker] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        suffix = f"-{self.name}"
        return {
            "KAFKA_BOOTSTRAP": self.bootstrap,
            "TALLY_APP_ID": f"tally{suffix}",
            "TALLY_TOPIC_ARTICLES": f"articles{suffix}",
            "TALLY_TOPIC_DLQ": f"articles.dlq{suffix}",
            "TALLY_TOPIC_EXTRACTED": f"articles-extracted{suffix}",
            "TALLY_TOPIC_CLAIMS": f"claims{suffix}",
            "TALLY_TOPIC_STATE": f"incident-state{suffix}",
            "TALLY_TOPIC_CHANGES": f"state-changes{suffix}",
            "TALLY_PARTITIONS": str(self.partitions),
            "TALLY_LOG_FORMAT": "text",
        }

    @property
    def settings(self) -> Settings:
        saved = dict(os.environ)
        os.environ.update(self.env)
        try:
            return Settings()
        finally:
            os.environ.clear()
            os.environ.update(saved)

    def start_worker(self, extra_env: dict[str, str] | None = None) -> RunningWorker:
        port = free_port()
        log_path = self.work_dir / f"worker-{self.name}-{port}.log"
        env = {
            **os.environ,
            **self.env,
            "TALLY_WEB_PORT": str(port),
            "TALLY_DATA_DIR": str(self.work_dir / f"data-{self.name}-{len(self.workers)}"),
            **(extra_env or {}),
        }
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                worker_command(), env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO
            )
        worker = RunningWorker(process, port, log_path)
        self.workers.append(worker)
        self.wait_ready(worker)
        return worker

    def wait_ready(self, worker: RunningWorker, timeout_s: float = READY_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if worker.process.poll() is not None:
                raise RuntimeError(
                    f"worker exited {worker.process.returncode}:\n{worker.log_tail()}"
                )
            try:
                if worker.get("/health", timeout_s=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise TimeoutError(f"worker not ready in {timeout_s}s:\n{worker.log_tail()}")

    def stop_worker(self, worker: RunningWorker, sig: int = signal.SIGTERM) -> list[int]:
        """Stop a worker; returns the pids of its child processes that outlived it by more
        than CHILD_GRACE_S (killed here, so that no test leaves processes behind)."""
        lingering: list[psutil.Process] = []
        if worker.process.poll() is None:
            children = psutil.Process(worker.process.pid).children(recursive=True)
            worker.process.send_signal(sig)
            try:
                worker.process.wait(timeout=90)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait(timeout=30)
            _, lingering = psutil.wait_procs(children, timeout=CHILD_GRACE_S)
            for child in lingering:
                with contextlib.suppress(psutil.NoSuchProcess):
                    child.kill()
        self.workers.remove(worker)
        return [child.pid for child in lingering]

    def stop_all(self) -> None:
        for worker in list(self.workers):
            self.stop_worker(worker)

    @property
    def connection(self) -> Connection:
        return connection(self.settings)

    def publish_records(self, records: Sequence[dict[str, Any]]) -> None:
        messages = [article_message(record) for record in records]
        publish(self.connection, self.settings.topic_articles, messages, False)

    def publish_raw(self, messages: Sequence[tuple[bytes | None, bytes]]) -> None:
        publish(self.connection, self.settings.topic_articles, messages, False)

    def states(self) -> dict[str, IncidentState]:
        return read_states(self.connection, self.settings.topic_state)

    def topic_values(self, topic: str) -> list[bytes]:
        return [value for _, value in read_topic(self.connection, topic) if value]

    def wait_for_articles(
        self, article_ids: set[str], timeout_s: float = 180.0
    ) -> dict[str, IncidentState]:
        """States once every article id shows in some incident (bounded wait)."""
        topic = self.settings.topic_state
        try:
            return wait_for_articles(self.connection, topic, article_ids, timeout_s)
        except TimeoutError as error:
            logs = "\n".join(worker.log_tail(3000) for worker in self.workers)
            raise TimeoutError(f"{error}:\n{logs}") from None

    def wait_quiet(
        self, seconds: float = 3.0, timeout_s: float = 120.0
    ) -> dict[str, IncidentState]:
        """States once they stop changing for `seconds` (bounded wait)."""
        deadline = time.monotonic() + timeout_s
        last = self.states()
        stable_since = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(1.0)
            current = self.states()
            if _dump(current) != _dump(last):
                last, stable_since = current, time.monotonic()
            elif time.monotonic() - stable_since >= seconds:
                return current
        raise TimeoutError("the state kept changing")


def wait_until(probe: Callable[[], T], done: Callable[[T], bool], timeout_s: float = 30.0) -> T:
    """Probe until `done` holds or the time is up; returns the last probe either way."""
    deadline = time.monotonic() + timeout_s
    found = probe()
    while not done(found) and time.monotonic() < deadline:
        time.sleep(0.5)
        found = probe()
    return found


def _dump(states: dict[str, IncidentState]) -> list[str]:
    return [state.model_dump_json() for state in states.values()]


def seed_records() -> list[dict[str, Any]]:
    return [record for _, record in raw_records([SEEDS])]


# Small articles, each with a clear death and injury figure; several crises at once.
_CRISES = (
    ("Malawi", "Blantyre", "Floods"),
    ("Bolivia", "La Paz", "Protests"),
    ("Nepal", "Kathmandu", "An earthquake"),
    ("Chile", "Santiago", "Riots"),
    ("Ghana", "Accra", "An explosion"),
)
_START = dt.datetime(2023, 3, 1, 8, 0, tzinfo=dt.UTC)


def generated_articles(count: int, seed: int, prefix: str = "gen") -> list[dict[str, Any]]:
    """`count` short articles over five crises, figures rising and falling (conflicts too)."""
    rng = random.Random(seed)
    records = []
    for index in range(count):
        country, city, event = _CRISES[index % len(_CRISES)]
        when = _START + dt.timedelta(hours=rng.randrange(24 * 20))
        body = (
            f"{city.upper()} - {event} in {country} killed {rng.randint(3, 400)} people and "
            f"injured {rng.randint(5, 900)} others, officials in {city} said on {when:%A}."
            "\n\nRescue teams were still at work."
        )
        records.append(
            {
                "id": f"{prefix}-{seed}-{index:04d}",
                "published_at": when.isoformat(),
                "title": f"{event} in {country}",
                "body": body,
            }
        )
    return records


def article_ids(records: Sequence[dict[str, Any]]) -> set[str]:
    return {str(record["id"]) for record in records}


def dumps(states: dict[str, IncidentState]) -> dict[str, str]:
    """States as their JSON, for byte-for-byte comparison."""
    return {incident: state.model_dump_json() for incident, state in states.items()}
