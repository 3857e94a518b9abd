"""End to end on the real broker: throughput with N workers, latency at offered loads, memory.

Times come from Kafka record timestamps: an article's produce timestamp (set when it is sent)
and the timestamp of the first `incident-state` record whose article ids include it. Workers
are real `tally worker` processes started by the integration harness; their RSS counts the
spaCy process each one runs. Every wait is bounded.
"""

import argparse
import asyncio
import json
import random
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any

import psutil
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from streams.clients.publish import article_message
from streams.clients.state_read import read_topic
from streams.codec import claims_messages
from streams.kafka.broker import configured_or_local
from streams.kafka.connection import Connection
from streams.kafka.topics import ensure_topics
from streams.runtime.agents import CLAIMS_MESSAGE_BYTES
from streams.settings import Settings
from tests.benchmarks.bench_fold import synthetic_incident
from tests.integration.harness import Deployment, RunningWorker

MB = 1024 * 1024
QUIET_S = 20.0  # no new state for this long: whatever is still missing will not come
WORKER_ENV = {"TALLY_NLP_PROCESSES": "1", "TALLY_LOG_FORMAT": "text"}


class RssSampler:
    """Peak RSS and CPU time of each worker process plus its children, sampled in a thread.

    The machine's overall CPU use over the same time shows how much others took from it.
    """

    def __init__(self, pids: Iterable[int], every_s: float = 0.5) -> None:
        self.processes = [psutil.Process(pid) for pid in pids]
        self.peaks_mb = [0.0 for _ in self.processes]
        self.cpu_s = [0.0 for _ in self.processes]
        self.machine_cpu_percent = 0.0
        self.every_s = every_s
        self._cpu: dict[int, float] = {}  # pid -> CPU seconds when first seen
        self._last: dict[int, float] = {}  # pid -> CPU seconds when last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self, index: int, process: psutil.Process) -> None:
        try:
            family = [process, *process.children(recursive=True)]
        except psutil.Error:
            return
        rss = 0
        for member in family:
            try:
                times = member.cpu_times()
                rss += member.memory_info().rss
            except psutil.Error:
                continue
            used = times.user + times.system
            self._cpu.setdefault(member.pid, used)
            self._last[member.pid] = used
        self.peaks_mb[index] = max(self.peaks_mb[index], rss / MB)
        tracked = {member.pid for member in family} & self._last.keys()
        self.cpu_s[index] = max(
            self.cpu_s[index], sum(self._last[pid] - self._cpu[pid] for pid in tracked)
        )

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            for index, process in enumerate(self.processes):
                self._sample(index, process)

    def __enter__(self) -> "RssSampler":
        psutil.cpu_percent(None)
        for index, process in enumerate(self.processes):
            self._sample(index, process)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for index, process in enumerate(self.processes):
            self._sample(index, process)
        self.machine_cpu_percent = psutil.cpu_percent(None)


@dataclass
class StateTail:
    """When each article id first shows in `incident-state`, by record timestamp (seconds)."""

    bootstrap: str
    topic: str
    partitions: int
    first_seen: dict[str, float] = field(default_factory=dict)
    last_record_at: float = 0.0  # local clock, for quiet detection
    first_record_ts: float | None = None

    async def run(self, stop: asyncio.Event, from_end: bool) -> None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False
        )
        await consumer.start()
        try:
            partitions = [TopicPartition(self.topic, p) for p in range(self.partitions)]
            consumer.assign(partitions)
            if from_end:
                await consumer.seek_to_end(*partitions)
            else:
                await consumer.seek_to_beginning(*partitions)
            while not stop.is_set():
                batches = await consumer.getmany(timeout_ms=200)
                for records in batches.values():
                    for record in records:
                        self._record(record.timestamp / 1000, record.value)
        finally:
            await consumer.stop()

    def _record(self, timestamp: float, value: bytes | None) -> None:
        if value is None:
            return
        self.last_record_at = time.monotonic()
        if self.first_record_ts is None:
            self.first_record_ts = timestamp
        for article in json.loads(value)["articles"]["ids"]:
            self.first_seen.setdefault(article, timestamp)

    async def wait_for(self, expected: set[str], timeout_s: float) -> bool:
        """True when every expected id showed; False on quiet or timeout."""
        started = time.monotonic()
        while time.monotonic() - started < timeout_s:
            if expected <= self.first_seen.keys():
                return True
            quiet_since = max(self.last_record_at, started)
            if time.monotonic() - quiet_since > QUIET_S:
                return False
            await asyncio.sleep(0.2)
        return False


def _percentile(values: Sequence[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _start_workers(deployment: Deployment, count: int) -> list[RunningWorker]:
    """Start `count` workers at once, so none processes alone while the others load spaCy."""
    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(lambda _: deployment.start_worker(WORKER_ENV), range(count)))


async def _publish_burst(bootstrap: str, topic: str, records: Sequence[dict[str, Any]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    try:
        pending = []
        for record in records:
            key, value = article_message(record)
            pending.append(await producer.send(topic, value=value, key=key))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


def throughput(
    bootstrap: str,
    work_dir: Path,
    records: Sequence[dict[str, Any]],
    expected: set[str],
    workers: int,
    timeout_s: float,
) -> dict[str, Any]:
    """Workers ready first, then every article at once: the rate they drain it at."""
    expected = expected & {str(record["id"]) for record in records}
    deployment = new_deployment(bootstrap, work_dir / f"throughput-{workers}")
    settings = deployment.settings
    try:
        running = _start_workers(deployment, workers)
        with RssSampler(worker.process.pid for worker in running) as sampler:

            async def measure() -> tuple[StateTail, float, bool]:
                tail = StateTail(bootstrap, settings.topic_state, settings.partitions)
                stop = asyncio.Event()
                task = asyncio.create_task(tail.run(stop, from_end=False))
                published_at = time.time()
                await _publish_burst(bootstrap, settings.topic_articles, records)
                complete = await tail.wait_for(expected, timeout_s)
                stop.set()
                await task
                return tail, published_at, complete

            tail, published_at, complete = asyncio.run(measure())
        with_claims = _articles_with_claims(deployment.connection, settings.topic_claims)
    finally:
        deployment.stop_all()
    reflected = [tail.first_seen[article] for article in expected if article in tail.first_seen]
    first = tail.first_record_ts or published_at
    last = max(reflected, default=first)
    in_first = sum(1 for seen in reflected if seen <= first)
    return {
        "workers": workers,
        "articles": len(records),
        "expected": len(expected),
        "reflected": len(reflected),
        # an expected article missing here was lost; one only missing from the states merely
        # changed nothing a reader would see, so no state was emitted for it
        "in_claims_topic": len(expected & with_claims),
        "complete": complete,
        "first_state_after_s": first - published_at,
        "drain_s": last - published_at,
        "sustained_articles_per_s": (len(reflected) - in_first) / (last - first)
        if last > first
        else 0.0,
        "overall_articles_per_s": len(records) / (last - published_at)
        if last > published_at
        else 0,
        "peak_rss_mb": sampler.peaks_mb,
        "worker_cpu_s": sampler.cpu_s,
        "machine_cpu_percent": sampler.machine_cpu_percent,
        "articles_per_worker_cpu_s": len(reflected) / sum(sampler.cpu_s)
        if any(sampler.cpu_s)
        else 0,
    }


def _articles_with_claims(connection: Connection, topic: str) -> set[str]:
    values = (json.loads(value) for _, value in read_topic(connection, topic) if value)
    return {str(value["article_id"]) for value in values if "article_id" in value}


_BUCKET = re.compile(r'^tally_publish_to_state_seconds_bucket\{le="([^"]+)"\} (\S+)$', re.M)


def _histogram(worker: RunningWorker) -> dict[float, float]:
    status, body = worker.get("/metrics")
    if status != 200:
        return {}
    return {float(le): float(count) for le, count in _BUCKET.findall(body.decode())}


def _histogram_quantile(before: dict[float, float], after: dict[float, float], q: float) -> Any:
    """Prometheus-style quantile over the observations between two scrapes."""
    buckets = sorted((le, after[le] - before.get(le, 0.0)) for le in after)
    total = buckets[-1][1] if buckets else 0.0
    if total <= 0:
        return None
    rank, lower, below = q * total, 0.0, 0.0
    for le, count in buckets:
        if count >= rank:
            if le == float("inf"):
                return lower
            return lower + (le - lower) * ((rank - below) / (count - below) if count > below else 1)
        lower, below = le, count
    return None


async def _offer(
    bootstrap: str,
    topic: str,
    state_topic: str,
    partitions: int,
    records: Sequence[dict[str, Any]],
    rate: float,
    expected: set[str],
    timeout_s: float,
) -> dict[str, Any]:
    tail = StateTail(bootstrap, state_topic, partitions)
    stop = asyncio.Event()
    task = asyncio.create_task(tail.run(stop, from_end=True))
    await asyncio.sleep(1.0)  # let the tail take its position before anything is sent
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    produced: dict[str, float] = {}
    started = time.monotonic()
    try:
        for index, record in enumerate(records):
            await asyncio.sleep(max(0.0, started + index / rate - time.monotonic()))
            key, value = article_message(record)
            now_ms = int(time.time() * 1000)
            await producer.send(topic, value=value, key=key, timestamp_ms=now_ms)
            produced[str(record["id"])] = now_ms / 1000
        await producer.flush()
    finally:
        await producer.stop()
    achieved = len(records) / max(time.monotonic() - started, 1e-9)
    complete = await tail.wait_for(expected, timeout_s)
    stop.set()
    await task
    latencies = [tail.first_seen[a] - produced[a] for a in expected if a in tail.first_seen]
    return {
        "offered_per_s": rate,
        "achieved_per_s": achieved,
        "articles": len(records),
        "expected": len(expected),
        "reflected": len(latencies),
        "complete": complete,
        "p50_s": _percentile(latencies, 0.50),
        "p95_s": _percentile(latencies, 0.95),
        "p99_s": _percentile(latencies, 0.99),
        "max_s": max(latencies, default=None),
    }


async def send_incident_claims(bootstrap: str, topic: str, size: int, seed: int) -> str:
    incident = f"memory-{size}"
    claims = synthetic_incident(incident, size, random.Random(seed))
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks=1, linger_ms=20, max_batch_size=1 << 20
    )
    await producer.start()
    try:
        # As the link stage sends them: one message per article.
        pending = [
            await producer.send(topic, value=value, key=incident.encode())
            for _, article in groupby(claims, key=lambda claim: claim.article_id)
            for value in claims_messages(list(article), CLAIMS_MESSAGE_BYTES)
        ]
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return incident


_RECONCILED = re.compile(r"^tally_claims_reconciled_total (\S+)$", re.M)


def _reconciled(worker: RunningWorker) -> float:
    status, body = worker.get("/metrics")
    found = _RECONCILED.search(body.decode()) if status == 200 else None
    return float(found.group(1)) if found else 0.0


def _state_sizes(connection: Connection, topic: str, incident: str) -> list[int]:
    """The size of every state message of one incident, in the order they were sent."""
    key = incident.encode()
    return [len(value) for k, value in read_topic(connection, topic) if k == key and value]


def worker_memory(
    deployment: Deployment, worker: RunningWorker, size: int, seed: int, timeout_s: float
) -> dict[str, Any]:
    """`size` claims of one incident sent straight to `claims`: how fast the worker folds
    them, its RSS (with whatever it already holds) and the size of the state messages."""
    baseline = _reconciled(worker)
    with RssSampler([worker.process.pid]) as sampler:
        started = time.monotonic()
        incident = asyncio.run(
            send_incident_claims(deployment.bootstrap, deployment.settings.topic_claims, size, seed)
        )
        sent = time.monotonic() - started
        while time.monotonic() - started < timeout_s:
            if _reconciled(worker) - baseline >= size:
                break
            time.sleep(0.1)  # a coarser poll would weigh on the rate of a small incident
        folded = _reconciled(worker) - baseline
        seconds = time.monotonic() - started
    sizes = _state_sizes(deployment.connection, deployment.settings.topic_state, incident)
    return {
        "claims": size,
        "reconciled": int(folded),
        "send_s": sent,
        "seconds": seconds,
        "claims_per_s": folded / seconds if seconds else 0.0,
        "peak_rss_mb": sampler.peaks_mb[0],
        # CPU per claim hardly depends on what else the machine runs, unlike claims/s.
        "cpu_us_per_claim": sampler.cpu_s[0] / folded * 1e6 if folded else None,
        "state_messages": len(sizes),
        "last_state_bytes": sizes[-1] if sizes else None,
        "largest_state_bytes": max(sizes, default=None),
    }


def new_deployment(bootstrap: str, work_dir: Path) -> Deployment:
    deployment = Deployment(bootstrap, work_dir)
    deployment.work_dir.mkdir(parents=True, exist_ok=True)
    ensure_topics(deployment.settings)
    return deployment


def _offered_loads(
    deployment: Deployment,
    running: Sequence[RunningWorker],
    warm_up: Sequence[dict[str, Any]],
    batches: Sequence[tuple[float, Sequence[dict[str, Any]]]],
    expected: set[str],
    timeout_s: float,
) -> list[dict[str, Any]]:
    """Each (rate, articles) offered in turn, after a few unmeasured articles: the first batch
    of a fresh worker pays for connections and caches that no later article does."""
    settings = deployment.settings

    def offer(rate: float, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
        ids = {str(record["id"]) for record in records} & expected
        return asyncio.run(
            _offer(
                deployment.bootstrap,
                settings.topic_articles,
                settings.topic_state,
                settings.partitions,
                records,
                rate,
                ids,
                timeout_s,
            )
        )

    offer(1.0, warm_up)
    loads = []
    for rate, records in batches:
        before = [_histogram(worker) for worker in running]
        result = offer(rate, records)
        after = [_histogram(worker) for worker in running]
        # the cross-check reads the first worker's histogram: it sees about half the load
        result["worker_histogram_p50_s"] = _histogram_quantile(before[0], after[0], 0.50)
        result["worker_histogram_p95_s"] = _histogram_quantile(before[0], after[0], 0.95)
        result["workers"] = len(running)
        loads.append(result)
        print(f"  {len(running)} worker(s), {rate:.2f}/s: p95 {result['p95_s']}", flush=True)
    return loads


def latency_and_memory(
    bootstrap: str,
    work_dir: Path,
    warm_up: Sequence[dict[str, Any]],
    batches: Sequence[tuple[float, Sequence[dict[str, Any]]]],
    expected: set[str],
    incident_sizes: Sequence[int],
    seed: int,
    timeout_s: float,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], float]:
    """One worker: the offered loads (and its peak RSS during them), then one incident of
    each size."""
    deployment = new_deployment(bootstrap, work_dir / "latency")
    try:
        (worker,) = _start_workers(deployment, 1)
        with RssSampler([worker.process.pid]) as sampler:
            loads = _offered_loads(deployment, [worker], warm_up, batches, expected, timeout_s)
        series = incident_series(deployment, worker, incident_sizes, seed, timeout_s)
    finally:
        deployment.stop_all()
    return loads, series, sampler.peaks_mb[0]


def incident_series(
    deployment: Deployment,
    worker: RunningWorker,
    sizes: Sequence[int],
    seed: int,
    timeout_s: float,
) -> list[dict[str, Any]]:
    """One incident of each size, in turn on the same worker; the wait grows with the size."""
    return [worker_memory(deployment, worker, size, seed, timeout_s + size / 500) for size in sizes]


def latency_of_workers(
    bootstrap: str,
    work_dir: Path,
    workers: int,
    warm_up: Sequence[dict[str, Any]],
    batches: Sequence[tuple[float, Sequence[dict[str, Any]]]],
    expected: set[str],
    timeout_s: float,
) -> list[dict[str, Any]]:
    deployment = new_deployment(bootstrap, work_dir / f"latency-{workers}")
    try:
        running = _start_workers(deployment, workers)
        return _offered_loads(deployment, running, warm_up, batches, expected, timeout_s)
    finally:
        deployment.stop_all()


def main() -> None:
    """`python -m tests.benchmarks.endtoend --claims N [N...]`: only the worker-only scenario."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument(
        "--claims",
        type=int,
        nargs="+",
        default=[100_000],
        help="claims of the one incident; several sizes fold one incident each, in turn",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the fold")
    args = parser.parse_args()
    with broker_and_scratch("tally-worker-fold-") as (bootstrap, work_dir):
        deployment = new_deployment(bootstrap, work_dir)
        try:
            (worker,) = _start_workers(deployment, 1)
            print(f"worker pid {worker.process.pid}", flush=True)
            result = incident_series(deployment, worker, args.claims, args.seed, args.timeout)
        finally:
            deployment.stop_all()
    print(json.dumps(result, indent=2))


@contextmanager
def broker_and_scratch(prefix: str) -> Iterator[tuple[str, Path]]:
    """The configured broker (else a local one) and a scratch folder removed afterwards."""
    settings = Settings()
    work_dir = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        with configured_or_local(
            settings.kafka_bootstrap, settings.cache_dir, settings.kafka_version
        ) as bootstrap:
            yield bootstrap, work_dir
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
