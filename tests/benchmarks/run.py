"""`make bench`: every figure of the benchmark in one run, on this machine.

Writes bench-results/bench.json, latency.png and throughput.png and prints a table against the
targets. `--quick` runs a small version (fewer articles, smaller incidents, 100k claims to
rebuild) as a smoke check. The broker is a local one on 127.0.0.1 unless KAFKA_BOOTSTRAP
names another.
"""

import argparse
import datetime as dt
import json
import os
import platform
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import psutil

from schemas.article import Article
from streams.collector import tune_collector
from tests.benchmarks import (
    claims_rebuild,
    endtoend,
    engine_ceiling,
    inprocess,
    linking,
    plots,
    webview,
)
from tests.benchmarks.corpus import generate


@dataclass(frozen=True)
class Plan:
    in_process_articles: int
    throughput_articles: int
    load_seconds: float
    fixed_loads: tuple[float, ...]
    # One incident of each size folded in process (fresh process each) and by a worker.
    in_process_incidents: tuple[int, ...]
    link_history: tuple[int, ...]
    worker_incidents: tuple[int, ...]
    # One incident's claims taken by an agent that only counts them: Faust's own ceiling.
    ceiling_claims: int
    rebuild_claims: tuple[int, ...]
    timeout_s: float


# A million claims in one incident take the worker about eight minutes at its rate.
FULL = Plan(
    300, 300, 30.0, (1.0, 2.0, 5.0), (1_000, 10_000, 100_000, 1_000_000),
    (1_000, 10_000, 100_000), (1_000, 10_000, 100_000, 1_000_000), 1_000_000,
    (1_000_000, 5_000_000), 240,
)  # fmt: skip
QUICK = Plan(
    60, 60, 10.0, (1.0, 2.0, 5.0), (1_000, 10_000), (1_000, 10_000), (1_000, 10_000), 50_000,
    (100_000,), 120,
)  # fmt: skip
REBUILD_TARGET_S_PER_MILLION = 60.0  # and linear beyond
BATCH_SIZE = 16  # the worker's default spaCy batch
WARM_UP = 3  # articles through the latency worker before any is timed
TARGET_RATE = 5.0  # articles/s at which p95 must stay under a second


def _section(results: dict[str, Any], name: str, measure: Callable[[], Any]) -> Any:
    """Run one measurement; a failure is recorded and the others still run."""
    print(f"== {name}", flush=True)
    started = time.perf_counter()
    try:
        results[name] = measure()
    except Exception as error:
        results[name] = {"error": f"{type(error).__name__}: {error}"}
        traceback.print_exc()
    print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    return results[name]


def _fmt(value: Any, digits: int = 0) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def table(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(measure, value, target) rows; a value of '-' means that part did not run."""
    rows: list[tuple[str, str, str]] = []
    limit = results.get("in_process", {}).get("limit", {})
    extraction = results.get("in_process", {}).get("extraction", {})
    rows.append(
        (
            "bare spaCy nlp.pipe, 1 process",
            f"{_fmt(limit.get('words_per_s'))} words/s "
            f"({_fmt(limit.get('articles_per_s'), 2)} articles/s)",
            "the limit",
        )
    )
    rows.append(
        (
            "extraction in process",
            f"{_fmt(extraction.get('words_per_s'))} words/s, "
            f"{_fmt(100 * extraction.get('ratio_to_limit', 0))}% of limit",
            ">= 75%",
        )
    )
    fold = results.get("in_process", {}).get("fold_extracted", {})
    rows.append(
        (
            "fold of the extracted claims (best of three)",
            f"{_fmt(fold.get('claims_per_s'))} claims/s ({_fmt(fold.get('claims'))} claims)",
            ">= 50,000/s",
        )
    )
    for synthetic in results.get("in_process", {}).get("fold_synthetic", []):
        rows.append(
            (
                f"fold, one incident of {synthetic['claims']:,} claims (best of three)",
                f"{_fmt(synthetic['incremental_claims_per_s'])} claims/s incremental, "
                f"{_fmt(synthetic['full_fold_claims_per_s'])} full",
                ">= 50,000/s",
            )
        )
    cost = extraction.get("linking", {})
    if "share_of_extraction" in cost:
        rows.append(
            (
                "linking the extracted articles into incidents",
                f"{_fmt(cost['per_article_ms'], 3)} ms/article, "
                f"{100 * cost['share_of_extraction']:.2f}% of extraction time",
                "<= 5%",
            )
        )
    for grown in (
        results.get("link_lookup", []) if isinstance(results.get("link_lookup"), list) else []
    ):
        rows.append(
            (
                f"linking with {grown['history']:,} articles of history",
                f"{_fmt(grown['per_article_ms'], 3)} ms/article "
                f"({_fmt(1000 / grown['per_article_ms'] if grown['per_article_ms'] else None)}"
                " articles/s on one partition)",
                "flat",
            )
        )
    runs = [r for r in results.get("throughput", []) if "workers" in r]
    limit_rate = limit.get("articles_per_s")
    for run in runs:
        share = run["sustained_articles_per_s"] / (limit_rate * run["workers"]) if limit_rate else 0
        rows.append(
            (
                f"end to end, {run['workers']} worker(s)",
                f"{_fmt(run['sustained_articles_per_s'], 2)} articles/s, {share:.0%} of "
                f"limit x {run['workers']}; {run['reflected']}/{run['expected']} in states, "
                f"{run['in_claims_topic']} in claims",
                ">= 80%",
            )
        )
        per_cpu = run["articles_per_worker_cpu_s"] / limit_rate if limit_rate else 0
        rows.append(
            (
                f"CPU, {run['workers']} worker(s)",
                f"{_fmt(sum(run['worker_cpu_s']), 1)} CPU-s in workers, "
                f"{_fmt(run['articles_per_worker_cpu_s'], 2)} articles/CPU-s ({per_cpu:.0%} "
                f"of bare spaCy's); machine {_fmt(run['machine_cpu_percent'])}% busy",
                "",
            )
        )
        rows.append(
            (
                f"peak RSS per worker (+ its spaCy process), {run['workers']} worker(s)",
                ", ".join(f"{mb:,.0f} MB" for mb in run["peak_rss_mb"]),
                "<= 1 GiB",
            )
        )
    two_workers = results.get("latency_2_workers")
    for load in results.get("latency", {}).get("loads", []) + (
        two_workers if isinstance(two_workers, list) else []
    ):
        rows.append(
            (
                f"latency at {load['offered_per_s']:.2f} articles/s, {load['workers']} worker(s)",
                f"p50 {_fmt(load['p50_s'], 2)} s, p95 {_fmt(load['p95_s'], 2)} s, "
                f"p99 {_fmt(load['p99_s'], 2)} s ({load['reflected']}/{load['expected']})",
                "p95 <= 1 s at 5/s",
            )
        )
    for grown in _listed(results, "fold_memory"):
        rows.append(
            (
                f"one incident of {grown['claims']:,} claims, in process (batches of 512)",
                f"{_fmt(grown['claims_per_s'])} claims/s, state message "
                f"{_fmt(grown['state_bytes'] / 1024, 1)} KB, "
                f"reconciler {_fmt(grown['growth_mb'])} MB",
                ">= 50,000/s, <= 64 KB",
            )
        )
    for page in results.get("webview", []) if isinstance(results.get("webview"), list) else []:
        rows.append(
            (
                f"web view render, one incident of {page['claims']:,} claims",
                f"page {_fmt(page['incident_page_ms'], 1)} ms, ?at= "
                f"{_fmt(page['past_page_ms'], 1)} ms, list {_fmt(page['index_page_ms'], 1)} ms",
                "<= 300 ms",
            )
        )
    ceiling = results.get("engine_ceiling", {})
    if "messages_per_s" in ceiling:
        rows.append(
            (
                "Faust alone: an agent that only takes one incident's `claims` messages",
                f"{_fmt(ceiling['messages_per_s'])} messages/s "
                f"({_fmt(ceiling['cpu_us_per_message'])} CPU us/message) = "
                f"{_fmt(ceiling['claims_per_s'])} claims/s at "
                f"{ceiling['claims_per_message']:.1f} claims a message",
                "the worker's ceiling",
            )
        )
    for grown in results.get("latency", {}).get("incidents", []):
        largest = grown["largest_state_bytes"]
        rows.append(
            (
                f"one incident of {grown['claims']:,} claims, worker (sent to `claims`)",
                f"{_fmt(grown['claims_per_s'])} claims/s ({_fmt(grown['cpu_us_per_claim'])} "
                f"CPU us/claim, {grown['reconciled']:,} in {grown['seconds']:.1f} s); "
                f"largest state message {_fmt(largest / 1024 if largest else None, 1)} KB; "
                f"peak RSS {_fmt(grown['peak_rss_mb'])} MB",
                ">= 50,000/s, <= 64 KB, <= 1 GiB",
            )
        )
    for rebuild in _listed(results, "rebuild"):
        target_s = REBUILD_TARGET_S_PER_MILLION * rebuild["claims"] / 1_000_000
        rows.append(
            (
                f"produce {rebuild['claims']:,} claims to Kafka",
                f"{rebuild['produce_s']:.1f} s ({_fmt(rebuild['produce_claims_per_s'])}/s)",
                "",
            )
        )
        rows.append(
            (
                f"rebuild from {rebuild['claims_read']:,} claims",
                f"{rebuild['rebuild_s']:.1f} s ({_fmt(rebuild['rebuild_claims_per_s'])} "
                f"claims/s, {rebuild['incidents']} incidents, peak RSS "
                f"{_fmt(rebuild['rebuild_peak_rss_mb'])} MB)",
                f"<= {target_s:,.0f} s, <= 1 GiB",
            )
        )
    return rows


def _listed(results: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """A section's list of results; nothing when it failed (an error dict)."""
    found = results.get(name, [])
    return found if isinstance(found, list) else []


def print_table(rows: list[tuple[str, str, str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def _loads(plan: Plan, saturation: float | None) -> list[float]:
    loads = list(plan.fixed_loads)
    near = saturation and any(abs(0.8 * saturation - load) < 0.25 for load in loads)
    if saturation and not near:
        loads.append(round(0.8 * saturation, 2))
    return sorted(loads)


def on_broker(
    results: dict[str, Any],
    bootstrap: str,
    work_dir: Path,
    plan: Plan,
    records: list[dict[str, Any]],
    claims_per_article: dict[str, int],
    seed: int,
) -> None:
    """Throughput with 1 and 2 workers, then latency and worker memory, then the rebuild."""
    throughput_records = records[: plan.throughput_articles]
    # Articles with no claim never reach a state, so nobody can wait for them.
    expected = {str(r["id"]) for r in records if claims_per_article.get(str(r["id"]), 1)}
    results["throughput"] = []
    for workers in (1, 2):
        measure = partial(
            endtoend.throughput,
            bootstrap, work_dir, throughput_records, expected, workers, plan.timeout_s,
        )  # fmt: skip
        results["throughput"].append(_section(results, f"throughput_{workers}", measure))
        del results[f"throughput_{workers}"]
    warm_up = records[plan.throughput_articles : plan.throughput_articles + WARM_UP]
    batches = []
    offset = plan.throughput_articles + WARM_UP
    for rate in _loads(plan, results["throughput"][0].get("sustained_articles_per_s")):
        count = max(5, int(rate * plan.load_seconds))
        batches.append((rate, records[offset : offset + count]))
        offset += count

    def latency() -> dict[str, Any]:
        loads, incidents, peak_mb = endtoend.latency_and_memory(
            bootstrap,
            work_dir,
            warm_up,
            batches,
            expected,
            plan.worker_incidents,
            seed,
            plan.timeout_s,
        )
        return {"loads": loads, "incidents": incidents, "peak_rss_mb_during_loads": peak_mb}

    ceiling = partial(
        engine_ceiling.ceiling, bootstrap, work_dir, plan.ceiling_claims, seed,
        plan.timeout_s + plan.ceiling_claims / 2_000,
    )  # fmt: skip
    _section(results, "engine_ceiling", ceiling)
    _section(results, "latency", latency)
    # the same 5/s with the two workers a 2-core machine can hold, on fresh articles
    five = [(rate, batch) for rate, batch in batches if rate == TARGET_RATE]
    fresh = records[offset : offset + len(five[0][1])] if five else []
    two = partial(
        endtoend.latency_of_workers,
        bootstrap, work_dir, 2, warm_up, [(TARGET_RATE, fresh)], expected, plan.timeout_s,
    )  # fmt: skip
    _section(results, "latency_2_workers", two)
    rebuild = partial(
        claims_rebuild.series, bootstrap, work_dir / "rebuild", plan.rebuild_claims, seed
    )
    _section(results, "rebuild", rebuild)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small run, as a smoke check")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("bench-results"))
    args = parser.parse_args(argv)
    tune_collector()  # the in-process folds run as the worker's do
    plan = QUICK if args.quick else FULL
    args.out.mkdir(parents=True, exist_ok=True)
    corpus_size = (
        plan.throughput_articles + WARM_UP + int(plan.load_seconds * (sum(plan.fixed_loads) + 25))
    )
    records = generate(corpus_size, args.seed)
    (args.out / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    articles = [Article.model_validate(record) for record in records]
    results: dict[str, Any] = {
        "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "plan": plan.__dict__,
        "machine": {
            "cpus": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
            "python": platform.python_version(),
        },
        "corpus": {
            "articles": len(records),
            "seed": args.seed,
            "mean_words": sum(len(a.body.split()) for a in articles) / len(articles),
        },
    }
    claims_per_article: dict[str, int] = {}

    def in_process() -> dict[str, Any]:
        measured, per_article = inprocess.run(
            articles[: plan.in_process_articles], BATCH_SIZE, (1_000, 10_000), args.seed
        )
        claims_per_article.update(per_article)
        return measured

    _section(results, "in_process", in_process)
    _section(results, "fold_memory", lambda: inprocess.fold_memory(plan.in_process_incidents))
    _section(results, "link_lookup", lambda: linking.lookup_growth(plan.link_history, args.seed))
    _section(results, "webview", webview.run)

    with endtoend.broker_and_scratch("tally-bench-") as (bootstrap, work_dir):
        on_broker(results, bootstrap, work_dir, plan, records, claims_per_article, args.seed)
    results["finished"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    (args.out / "bench.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    runs = [run for run in results["throughput"] if "workers" in run]
    limit = results["in_process"].get("limit", {}).get("articles_per_s")
    if runs and limit:
        plots.throughput(runs, limit, args.out / "throughput.png")
    if results.get("latency", {}).get("loads"):
        two_workers = results.get("latency_2_workers")
        plots.latency(
            results["latency"]["loads"],
            two_workers if isinstance(two_workers, list) else [],
            args.out / "latency.png",
        )
    print_table(table(results))
    print(f"\nwrote {args.out / 'bench.json'} and the plots beside it")


if __name__ == "__main__":
    main()
