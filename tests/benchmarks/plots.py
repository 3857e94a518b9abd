"""The two figures of the benchmark: latency against offered load, throughput against workers."""

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no display

import matplotlib.pyplot as plt
from matplotlib.ticker import ScalarFormatter


def latency(loads: list[dict[str, Any]], path: Path) -> None:
    measured = [load for load in loads if load["p50_s"] is not None]
    rates = [load["offered_per_s"] for load in measured]
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for key, label in (("p50_s", "p50"), ("p95_s", "p95"), ("p99_s", "p99")):
        axes.plot(rates, [load[key] for load in measured], marker="o", label=label)
    axes.axhline(1.0, color="grey", linestyle=":", label="target p95 at 5/s: 1 s")
    axes.set_xlabel("offered load (articles/s)")
    axes.set_ylabel("publish -> state latency (s)")
    axes.set_yscale("log")
    axes.yaxis.set_major_formatter(ScalarFormatter())
    axes.set_title("Latency from produce to incident-state, one worker")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def throughput(runs: list[dict[str, Any]], limit_articles_per_s: float, path: Path) -> None:
    workers = [run["workers"] for run in runs]
    figure, axes = plt.subplots(figsize=(7, 4.5))
    axes.plot(
        workers,
        [run["sustained_articles_per_s"] for run in runs],
        marker="o",
        label="end to end, sustained (real broker)",
    )
    axes.plot(
        workers,
        [limit_articles_per_s * count for count in workers],
        linestyle="--",
        color="grey",
        label="bare spaCy x processes (limit)",
    )
    axes.plot(
        workers,
        [0.8 * limit_articles_per_s * count for count in workers],
        linestyle=":",
        color="grey",
        label="target: 80% of the limit",
    )
    axes.set_xticks(workers)
    axes.set_xlabel("worker processes (each with one spaCy process; 2 cores)")
    axes.set_ylabel("articles/s")
    axes.set_ylim(bottom=0)
    axes.set_title("Throughput against worker processes")
    axes.grid(True, alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
