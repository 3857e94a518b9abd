"""Render times of the web view for one incident of many claims, in process: what a worker
spends on `/incident/{id}` (reading the incident's claims from the table, then the page), on
the same page `?at=` a past moment (replayed from the incident's nearest checkpoint), and
on `/`.

`python -m tests.benchmarks.webview [SIZE...]`; `make bench` runs it at 1,000 and 10,000.
"""

import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from streams.codec import encode_claim
from streams.reconcile.fold import fold
from streams.runtime.incident_store import IncidentStore, table_key
from streams.runtime.webview.model import cited_ids
from streams.runtime.webview.render import render_incident, render_index
from tests.benchmarks.bench_fold import synthetic_incident

INCIDENT = "benchland-protests-2024"
TARGET_MS = 300.0


def _median_ms(render: Callable[[], str], repeat: int) -> tuple[float, int]:
    render()  # templates compiled, caches warm
    times, size = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        size = len(render())
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), size


def measure(size: int, seed: int = 7, repeat: int = 5) -> dict[str, Any]:
    claims = synthetic_incident(INCIDENT, size, random.Random(seed))
    store = IncidentStore({table_key(claim): encode_claim(claim) for claim in claims}, {})
    state = fold(claims)
    middle = sorted(claim.published_at for claim in claims)[len(claims) // 2]

    def incident() -> str:
        # What the view does: the state, and the claims it cites looked up by key.
        return render_incident(state, store.claims_by_id(INCIDENT, cited_ids(state)).values())

    def past() -> str:
        # What the view does: the state then, from the worker's reconciler, and its claims.
        then = store.state_at(INCIDENT, middle)
        assert then is not None
        return render_incident(then, store.claims_by_id(INCIDENT, cited_ids(then)).values(), middle)

    incident_ms, incident_bytes = _median_ms(incident, repeat)
    past_ms, _ = _median_ms(past, repeat)
    index_ms, _ = _median_ms(lambda: render_index([state]), repeat)
    return {
        "claims": size,
        "incident_page_ms": round(incident_ms, 1),
        "incident_page_bytes": incident_bytes,
        "past_page_ms": round(past_ms, 1),
        "index_page_ms": round(index_ms, 1),
        "target_ms": TARGET_MS,
    }


def run(sizes: Sequence[int] = (1_000, 10_000), seed: int = 7) -> list[dict[str, Any]]:
    return [measure(size, seed) for size in sizes]


if __name__ == "__main__":
    for row in run([int(arg) for arg in sys.argv[1:]] or (1_000, 10_000)):
        print(row)
