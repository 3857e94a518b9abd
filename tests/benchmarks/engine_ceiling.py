"""Faust's own cost per message on this machine, the ceiling of the worker's fold.

tally's Faust app (the worker's topics, tables, consumer settings and Prometheus sensors) with
one agent on `claims` that takes the messages in batches of 512, as the reconcile agent
does, and only counts them. The backlog (one incident's claims, one message per article, as
the worker benchmark sends them) is on the topic before the agent starts. No worker folds
claims faster than this rate times the claims a message holds, whatever its own work costs.

`python -m tests.benchmarks.engine_ceiling --claims N` runs it alone.
"""

import argparse
import asyncio
import json
import multiprocessing
import time
from pathlib import Path
from typing import Any, cast

import faust
from faust.streams import Stream
from faust.types import StreamT
from kafka import KafkaConsumer, TopicPartition

from streams.runtime.app import create_topology
from streams.settings import Settings
from tests.benchmarks.endtoend import broker_and_scratch, new_deployment, send_incident_claims
from tests.integration.harness import free_port

TAKE = 512  # the reconcile agent's batch


def _count(settings: Settings, expected: int, result: Path) -> None:
    """In a child process: run the counting agent until `expected` messages were taken."""
    app = (topology := create_topology(settings)).app

    @app.agent(topology.claims, name="count", concurrency=1)
    async def count(stream: StreamT[bytes]) -> None:
        taken, first, started, cpu = 0, 0, 0.0, 0.0
        async for events in cast(Stream[bytes], stream).take_events(TAKE, within=0.5):
            if not taken:
                # Timed from the first batch on: the start of a worker is not a message's cost.
                first, started, cpu = len(events), time.perf_counter(), time.process_time()
            taken += len(events)
            if taken >= expected:
                measured = taken - first
                seconds = time.perf_counter() - started
                found = {
                    "messages": measured,
                    "messages_per_s": measured / seconds if seconds else 0.0,
                    "cpu_us_per_message": (time.process_time() - cpu) / measured * 1e6
                    if measured
                    else None,
                }
                # Whole or not at all: the parent reads it as soon as it exists.
                written = result.with_suffix(".part")
                written.write_text(json.dumps(found))
                written.replace(result)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    worker = faust.Worker(app, loglevel="WARN", quiet=True, redirect_stdouts=False, loop=loop)
    worker.execute_from_commandline()


def ceiling(bootstrap: str, work_dir: Path, claims: int, seed: int, timeout_s: float) -> Any:
    """Messages/s and CPU per message of the counting agent over one incident of `claims`."""
    deployment = new_deployment(bootstrap, work_dir / "ceiling")
    settings = deployment.settings.model_copy(
        update={"data_dir": deployment.work_dir / "data", "web_port": free_port()}
    )
    asyncio.run(send_incident_claims(bootstrap, settings.topic_claims, claims, seed))
    messages = _messages_of(bootstrap, settings.topic_claims)
    result = deployment.work_dir / "ceiling.json"
    child = multiprocessing.get_context("spawn").Process(
        target=_count, args=(settings, messages, result), daemon=True
    )
    child.start()
    try:
        deadline = time.monotonic() + timeout_s
        while not result.exists() and child.is_alive() and time.monotonic() < deadline:
            time.sleep(0.2)
        if not result.exists():
            raise TimeoutError(f"the counting agent took no {messages:,} messages")
        found: dict[str, Any] = json.loads(result.read_text())
    finally:
        child.terminate()
        child.join(30)
        if child.is_alive():
            child.kill()
    found["claims_per_message"] = claims / messages
    found["claims_per_s"] = found["messages_per_s"] * found["claims_per_message"]
    return found


def _messages_of(bootstrap: str, topic: str) -> int:
    """How many messages the topic holds, from its partitions' end offsets."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        return sum(consumer.end_offsets(partitions).values())
    finally:
        consumer.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    with broker_and_scratch("tally-ceiling-") as (bootstrap, work_dir):
        found = ceiling(bootstrap, work_dir, args.claims, args.seed, args.timeout)
    print(json.dumps(found, indent=2))


if __name__ == "__main__":
    main()
