"""A worker killed mid-stream, or a broker restarted under it, still gives the state of an
uninterrupted run: redelivered articles and claims change nothing, none is lost."""

import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import psutil
import pytest

from schemas.merge import IncidentMerged
from streams.codec import decode_claims_message
from streams.kafka.broker import free_port
from tests.integration.harness import REPO, Deployment, article_ids, dumps, wait_until

# One article per spaCy batch, so the stream takes long enough to be interrupted in the middle.
# Messages Faust drops around the restart's rebalance are read again once a partition has
# stood still for TALLY_STALL_REWIND_S; with three stages that can happen up to three times in
# a row, so the stall is short here and the wait leaves room for each.
SLOW = {"TALLY_BATCH_SIZE": "1", "TALLY_STALL_REWIND_S": "5"}


def _articles_seen(deployment: Deployment) -> set[str]:
    return {article for state in deployment.states().values() for article in state.articles.ids}


def _claim_counts(deployment: Deployment) -> tuple[int, int]:
    """Claims in the log (not the markers of merged incidents), and distinct claim ids among
    them."""
    values = deployment.topic_values(deployment.settings.topic_claims)
    decoded = [decode_claims_message(value) for value in values]
    claims = [claim for one in decoded if not isinstance(one, IncidentMerged) for claim in one]
    return len(claims), len({claim.claim_id for claim in claims})


@pytest.mark.slow
def test_sigkill_mid_stream_then_restart_gives_the_uninterrupted_state(
    deployment: Deployment,
    stream_records: list[dict[str, Any]],
    uninterrupted_states: dict[str, str],
) -> None:
    worker = deployment.start_worker(SLOW)
    third = len(stream_records) // 3
    first, middle, rest = (
        stream_records[:third],
        stream_records[third : 2 * third],
        stream_records[2 * third :],
    )
    deployment.publish_records(first)
    deployment.wait_for_articles(article_ids(first))
    # The kill lands mid-stream by construction: the middle third is in flight, the last
    # third is not yet published.
    deployment.publish_records(middle)
    lingering = deployment.stop_worker(worker, signal.SIGKILL)
    seen = _articles_seen(deployment)
    assert article_ids(first) <= seen
    assert not seen & article_ids(rest)
    assert lingering == [], "the spaCy processes should exit with the killed worker"

    deployment.publish_records(rest)
    deployment.start_worker(SLOW)
    deployment.wait_for_articles(article_ids(stream_records), timeout_s=180)
    # Read the states until they equal the uninterrupted run's (bounded: a rewind waits out
    # TALLY_STALL_REWIND_S per stage), then check they stay so.
    converged = wait_until(
        lambda: dumps(deployment.states()), lambda states: states == uninterrupted_states, 120
    )
    assert converged == uninterrupted_states
    assert dumps(deployment.wait_quiet()) == uninterrupted_states
    messages, distinct = _claim_counts(deployment)
    print(f"killed at {len(seen)} articles; claims {messages} sent, {distinct} distinct")


class CliBroker:
    """`tally broker --port P --data-dir D` in a subprocess, as a user runs it."""

    def __init__(self, port: int, data_dir: Path) -> None:
        self.port, self.data_dir = port, data_dir
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        log = (self.data_dir.parent / "broker-cli.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "broker", "--port", str(self.port),
             "--data-dir", str(self.data_dir)],
            stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
        )  # fmt: skip
        log.close()
        ready = wait_until(self._ready, bool, timeout_s=120)
        assert ready, (self.data_dir.parent / "broker-cli.log").read_text()[-3000:]

    def _ready(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            return False
        with socket.socket() as sock:
            sock.settimeout(0.5)
            return sock.connect_ex(("127.0.0.1", self.port)) == 0

    def stop(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=60)


@pytest.mark.slow
def test_worker_rides_out_a_broker_restart(
    tmp_path: Path,
    stream_records: list[dict[str, Any]],
    uninterrupted_states: dict[str, str],
) -> None:
    broker = CliBroker(free_port(), tmp_path / "kafka")
    broker.start()
    deployment = Deployment(broker.bootstrap, tmp_path)
    try:
        worker = deployment.start_worker(SLOW)
        first, rest = stream_records[:10], stream_records[10:]
        deployment.publish_records(first)
        deployment.wait_for_articles(article_ids(first))
        deployment.publish_records(rest)
        assert broker.stop() == 0
        broker.start()  # same port, same data: the topics and offsets are still there
        deployment.wait_for_articles(article_ids(stream_records), timeout_s=300)
        # A merge the restart delayed retires an incident later, after a pause a slow machine
        # can make longer than any quiet spell: read the states until they converge (bounded),
        # then check they stay so.
        converged = wait_until(
            lambda: dumps(deployment.states()), lambda states: states == uninterrupted_states, 240
        )
        assert converged == uninterrupted_states
        assert dumps(deployment.wait_quiet()) == uninterrupted_states
        assert worker.process.poll() is None
        health = wait_until(lambda: worker.get("/health")[0], lambda status: status == 200, 120)
        assert health == 200
    finally:
        deployment.stop_all()
        broker.stop()


@pytest.mark.slow
def test_tally_broker_exits_non_zero_when_its_java_process_dies(tmp_path: Path) -> None:
    broker = CliBroker(free_port(), tmp_path / "kafka")
    broker.start()
    assert broker.process is not None
    java = [child for child in psutil.Process(broker.process.pid).children(recursive=True)]
    assert java, "the broker runs in a child Java process"
    for child in java:
        child.kill()
    assert broker.process.wait(timeout=30) == 1
