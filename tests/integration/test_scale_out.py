"""Two workers of one app share the partitions and give the one-worker state."""

import os
import signal
import socket
import subprocess
from typing import Any

import pytest

from streams.kafka.broker import free_port
from streams.runtime.processes import worker_command
from tests.integration.harness import (
    REPO,
    Deployment,
    RunningWorker,
    article_ids,
    dumps,
)


def _counter(worker: RunningWorker, name: str, labels: str) -> float:
    status, body = worker.get("/metrics")
    assert status == 200
    total = 0.0
    for line in body.decode().splitlines():
        if line.startswith(f"{name}{{") and labels in line:
            total += float(line.rsplit(" ", 1)[1])
    return total


@pytest.mark.slow
def test_two_workers_share_the_partitions_and_agree_with_one(
    deployment: Deployment,
    stream_records: list[dict[str, Any]],
    uninterrupted_states: dict[str, str],
) -> None:
    assert deployment.partitions == 4
    first = deployment.start_worker()
    second = deployment.start_worker()
    deployment.wait_ready(first)
    deployment.wait_ready(second)
    deployment.publish_records(stream_records)
    deployment.wait_for_articles(article_ids(stream_records))
    assert dumps(deployment.wait_quiet()) == uninterrupted_states
    for worker in (first, second):
        assert _counter(worker, "tally_stage_messages_in_total", 'stage="clean"') > 0
    cleaned = sum(
        _counter(worker, "tally_stage_messages_in_total", 'stage="clean"')
        for worker in (first, second)
    )
    # At least once, not exactly once: a rebalance (a worker that misses its heartbeats on a
    # busy machine) hands a partition over before its offsets are committed, and the new
    # owner reads those articles again; the state above shows that they fold to the same.
    assert cleaned >= len(stream_records)
    conflicts = sum(_counter(w, "tally_conflicts_detected_total", "") for w in (first, second))
    assert conflicts > 0


def _two_free_ports() -> int:
    """A free port whose successor is free too (bounded tries)."""
    for _ in range(50):
        port = free_port()
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no two consecutive free ports")


@pytest.mark.slow
def test_worker_processes_option_runs_two_children(
    deployment: Deployment, stream_records: list[dict[str, Any]]
) -> None:
    port = _two_free_ports()
    log_path = deployment.work_dir / "processes.log"
    env = {
        **os.environ,
        **deployment.env,
        "TALLY_WEB_PORT": str(port),
        "TALLY_DATA_DIR": str(deployment.work_dir / "processes"),
    }
    with log_path.open("wb") as log:
        parent = subprocess.Popen(
            [*worker_command(), "--processes", "2"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO,
        )
    children = [RunningWorker(parent, port + index, log_path) for index in range(2)]
    try:
        for child in children:
            deployment.wait_ready(child)
        records = stream_records[:20]
        deployment.publish_records(records)
        deployment.wait_for_articles(article_ids(records))
        for child in children:
            assert child.get("/health")[0] == 200
    finally:
        parent.send_signal(signal.SIGTERM)
        try:
            code = parent.wait(timeout=90)
        except subprocess.TimeoutExpired:
            parent.kill()
            raise
    assert code == 0, log_path.read_text()[-3000:]
