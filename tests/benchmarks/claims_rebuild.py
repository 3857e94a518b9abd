"""Rebuilding the table from a `claims` topic of many claims: produce them, then time the rebuild.

The claims are synthetic (the reconcile benchmark's generator), in incidents of a few
thousand, serialised before the clock starts so that producing is timed alone. The rebuild
runs as users run it, `tally rebuild` in its own process; its peak RSS is that of the
process and its folding processes together.
"""

import asyncio
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer

from schemas.claim import ClaimAdapter
from streams.clients.rebuild import RebuildReport
from streams.kafka.topics import ensure_topics
from tests.benchmarks.bench_fold import synthetic_incident
from tests.benchmarks.endtoend import RssSampler
from tests.integration.harness import Deployment

PER_INCIDENT = 2_000
IN_FLIGHT = 20_000  # sends awaited in groups, so pending futures stay bounded


def serialised_claims(total: int, seed: int) -> list[tuple[bytes, bytes]]:
    rng = random.Random(seed)
    messages: list[tuple[bytes, bytes]] = []
    while len(messages) < total:
        incident = f"rebuild-{len(messages) // PER_INCIDENT:05d}"
        size = min(PER_INCIDENT, total - len(messages))
        key = incident.encode()
        messages += [
            (key, ClaimAdapter.dump_json(c)) for c in synthetic_incident(incident, size, rng)
        ]
    return messages


async def produce(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks=1, linger_ms=50, max_batch_size=1 << 20
    )
    await producer.start()
    try:
        for start in range(0, len(messages), IN_FLIGHT):
            pending = [
                await producer.send(topic, value=value, key=key)
                for key, value in messages[start : start + IN_FLIGHT]
            ]
            await asyncio.gather(*pending)
    finally:
        await producer.stop()


def run(bootstrap: str, work_dir: Path, total: int, seed: int) -> dict[str, Any]:
    deployment = Deployment(bootstrap, work_dir)
    settings = deployment.settings
    ensure_topics(settings)
    started = time.perf_counter()
    messages = serialised_claims(total, seed)
    generated = time.perf_counter() - started
    payload = sum(len(value) for _, value in messages)
    started = time.perf_counter()
    asyncio.run(produce(bootstrap, settings.topic_claims, messages))
    produced = time.perf_counter() - started
    del messages
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
