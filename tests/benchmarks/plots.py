"""The two figures of the benchmark: latency against offered load, throughput against workers."""

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no display

import matplotlib.pyplot as plt


def latency(loads: list[dict[str, Any]], two_workers: list[dict[str, Any]], path: Path) -> None:
    """Percentiles against offered load for one worker; two workers' points as crosses."""
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for key, label, colour in (
        ("p50_s", "p50", "C0"),
        ("p95_s", "p95", "C1"),
        ("p99_s", "p99", "C2"),
    ):
        measured = [load for load in loads if load[key] is not None]
        axes.plot(
            [load["offered_per_s"] for load in measured],
            [load[key] for load in measured],
            marker="o",
            color=colour,
            label=f"{label}, 1 worker",
        )
        extra = [load for load in two_workers if load[key] is not None]
        if extra:
            axes.scatter(
                [load["offered_per_s"] for load in extra],
                [load[key] for load in extra],
                marker="x",
                s=80,
                color=colour,
                label=f"{label}, 2 workers",
            )
    axes.axhline(1.0, color="grey", linestyle=":", label="target p95 at 5/s: 1 s")
    axes.set_xlabel("offered load (articles/s)")
    axes.set_ylabel("publish -> state latency (s)")
    axes.set_ylim(bottom=0)
    axes.set_title("Latency from produce to incident-state")
    axes.grid(True, alpha=0.3)
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
