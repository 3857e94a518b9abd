"""Draws the Grafana dashboard's panels from a real Prometheus that scraped a working worker.

`python -m tests.benchmarks.dashboard [--seconds 180] [--out bench-results]` (`make dashboard`)

Starts the local broker (or uses KAFKA_BOOTSTRAP), one worker and Prometheus (Debian's
`prometheus`, scraping every second), feeds the worker the benchmark corpus at a steady rate
with one bad message in eight, then evaluates every panel query of
deploy/grafana/dashboards/tally.json over the run and draws each panel: dashboard.png. It is
the dashboard's own queries on real data, drawn with matplotlib, not a Grafana screenshot.
"""

import argparse
import json
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no display

import matplotlib.pyplot as plt

from streams.clients.publish import article_message
from streams.kafka.broker import configured_or_local
from streams.kafka.topics import ensure_topics
from streams.settings import Settings
from tests.benchmarks.corpus import generate
from tests.integration.harness import Deployment
from tests.integration.prometheus_server import DASHBOARD, PrometheusServer

RATE_INTERVAL = "20s"
STEP_S = 2.0
BAD_EVERY = 8


def bad_message(index: int, record: dict[str, Any]) -> tuple[bytes | None, bytes]:
    """One of a few kinds of bad input, in turn, so the dead-letter panel has reasons."""
    key = f"bad-{index}".encode()
    kinds = (
        lambda: b"{not json",
        lambda: json.dumps({**record, "id": key.decode(), "body": "   "}).encode(),
        lambda: json.dumps({**record, "id": key.decode(), "language": "fr"}).encode(),
        lambda: b"\xff\xfe not utf-8",
    )
    return key, kinds[index % len(kinds)]()


def stream(records: list[dict[str, Any]]) -> Iterator[tuple[bytes | None, bytes]]:
    for index, record in enumerate(records):
        yield article_message(record)
        if index % BAD_EVERY == BAD_EVERY - 1:
            yield bad_message(index // BAD_EVERY, record)


def feed(deployment: Deployment, records: list[dict[str, Any]], seconds: float) -> None:
    """Publish `records` (and bad messages) evenly over `seconds`, a second's worth at a time."""
    messages = list(stream(records))
    per_second = max(1, round(len(messages) / seconds))
    started = time.monotonic()
    for second, first in enumerate(range(0, len(messages), per_second)):
        time.sleep(max(0.0, started + second - time.monotonic()))
        deployment.publish_raw(messages[first : first + per_second])


def panel_queries(dashboard: dict[str, Any]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(title, [(PromQL, legend format)]) of every time-series panel, variables filled in."""
    panels = []
    for panel in dashboard["panels"]:
        if panel.get("type") != "timeseries":
            continue
        targets = [
            (
                target["expr"]
                .replace("$__rate_interval", RATE_INTERVAL)
                .replace("$incident", ".*"),
                target.get("legendFormat", ""),
            )
            for target in panel.get("targets", [])
        ]
        panels.append((panel["title"], targets))
    return panels


def legend(template: str, labels: dict[str, str]) -> str:
    filled = re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: labels.get(m.group(1), ""), template)
    return filled or ", ".join(f"{k}={v}" for k, v in labels.items() if k != "__name__")


def draw(prometheus: PrometheusServer, start: float, end: float, path: Path) -> None:
    panels = panel_queries(json.loads(DASHBOARD.read_text()))
    columns = 3
    rows = -(-len(panels) // columns)
    figure, axes_grid = plt.subplots(rows, columns, figsize=(6 * columns, 3.6 * rows))
    for axes, (title, targets) in zip(axes_grid.flat, panels, strict=False):
        for expr, template in targets:
            for series in prometheus.query_range(expr, start, end, STEP_S)[:12]:
                points = [(float(t) - start, float(v)) for t, v in series["values"]]
                axes.plot(*zip(*points, strict=True), label=legend(template, series["metric"]))
        axes.set_title(title, fontsize=10)
        axes.set_xlabel("seconds", fontsize=8)
        axes.tick_params(labelsize=7)
        if axes.get_legend_handles_labels()[0]:
            axes.legend(fontsize=6, loc="upper left")
    for axes in list(axes_grid.flat)[len(panels) :]:
        axes.axis("off")
    figure.suptitle("tally dashboard (deploy/grafana/dashboards/tally.json) on a real scrape")
    figure.tight_layout()
    figure.savefig(path, dpi=90)
    plt.close(figure)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=180.0)
    parser.add_argument("--articles", type=int, default=360)
    parser.add_argument("--out", type=Path, default=Path("bench-results"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    settings = Settings()
    work_dir = Path(tempfile.mkdtemp(prefix="tally-dashboard-"))
    with configured_or_local(
        settings.kafka_bootstrap, settings.cache_dir, settings.kafka_version
    ) as bootstrap:
        deployment = Deployment(bootstrap, work_dir)
        try:
            ensure_topics(deployment.settings)
            worker = deployment.start_worker()
            with PrometheusServer(f"127.0.0.1:{worker.port}") as prometheus:
                start = time.time()
                feed(deployment, generate(args.articles, seed=11), args.seconds)
                time.sleep(30)  # let the last articles through and the rates fall back
                end = time.time()
                draw(prometheus, start, end, args.out / "dashboard.png")
            print(f"wrote {args.out / 'dashboard.png'} ({end - start:.0f} s of data)")
        finally:
            deployment.stop_all()
            shutil.rmtree(work_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
