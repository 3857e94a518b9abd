"""Rebuilding the table from a `claims` topic of many claims: produce them, then time the rebuild.

The claims are synthetic (the reconcile benchmark's generator), in incidents of a few
thousand, generated and produced a few incidents at a time so that any total fits in memory;
generating and producing are timed apart. The rebuild
runs as users run it, `tally rebuild` in its own process; its peak RSS is that of the
process and its folding processes together.
"""

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer

from schemas.claim import ClaimAdapter
from streams.clients.rebuild import RebuildReport
from streams.kafka.topics import ensure_topics
from tests.benchmarks.bench_fold import synthetic_incident
from tests.benchmarks.endtoend import RssSampler, broker_and_scratch
from tests.integration.harness import Deployment

PER_INCIDENT = 2_000
IN_FLIGHT = 20_000  # sends awaited in groups, so pending futures stay bounded


def serialised_incidents(total: int, seed: int) -> Iterator[list[tuple[bytes, bytes]]]:
    """The claims as (key, value) messages, one incident at a time."""
    rng = random.Random(seed)
    done = 0
    while done < total:
        incident = f"rebuild-{done // PER_INCIDENT:05d}"
        size = min(PER_INCIDENT, total - done)
        key = incident.encode()
        yield [(key, ClaimAdapter.dump_json(c)) for c in synthetic_incident(incident, size, rng)]
        done += size


async def produce(bootstrap: str, topic: str, total: int, seed: int) -> tuple[float, float, int]:
    """Generates and sends the claims, `IN_FLIGHT` at a time, so that memory stays flat at
    any total: seconds generating, seconds sending, bytes of payload."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks=1, linger_ms=50, max_batch_size=1 << 20
    )
    await producer.start()
    incidents = serialised_incidents(total, seed)
    generating = sending = 0.0
    payload = 0
    try:
        while True:
            started = time.perf_counter()
            some = islice(incidents, IN_FLIGHT // PER_INCIDENT)
            group = [message for messages in some for message in messages]
            generating += time.perf_counter() - started
            if not group:
                break
            payload += sum(len(value) for _, value in group)
            started = time.perf_counter()
            pending = [await producer.send(topic, value=value, key=key) for key, value in group]
            await asyncio.gather(*pending)
            sending += time.perf_counter() - started
    finally:
        await producer.stop()
    return generating, sending, payload


def run(bootstrap: str, work_dir: Path, total: int, seed: int) -> dict[str, Any]:
    deployment = Deployment(bootstrap, work_dir)
    settings = deployment.settings
    ensure_topics(settings)
    generated, produced, payload = asyncio.run(
        produce(bootstrap, settings.topic_claims, total, seed)
    )
    command = [sys.executable, "-m", "streams.cli", "rebuild", "--json"]
    env = {**os.environ, **deployment.env}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    with RssSampler([process.pid], every_s=0.2) as sampler:
        out, _ = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"tally rebuild exited {process.returncode}")
    report = RebuildReport.model_validate_json(out)
    return {
        "claims": total,
        "payload_mb": payload / 1024 / 1024,
        "generate_s": generated,
        "produce_s": produced,
        "produce_claims_per_s": total / produced,
        "rebuild_s": report.seconds,
        "rebuild_claims_per_s": report.claims / report.seconds if report.seconds else 0.0,
        "claims_read": report.claims,
        "incidents": report.incidents,
        "rebuild_peak_rss_mb": sampler.peaks_mb[0],
    }


def series(
    bootstrap: str, work_dir: Path, totals: Sequence[int], seed: int
) -> list[dict[str, Any]]:
    """One rebuild per total, each from a `claims` topic of its own."""
    return [run(bootstrap, work_dir / str(total), total, seed) for total in totals]


def main() -> None:
    """`python -m tests.benchmarks.claims_rebuild --claims N [N...]`: only the rebuilds."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--claims", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with broker_and_scratch("tally-rebuild-") as (bootstrap, work_dir):
        print(json.dumps(series(bootstrap, work_dir, args.claims, args.seed), indent=2))


if __name__ == "__main__":
    main()
