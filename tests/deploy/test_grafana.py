"""Grafana provisioning and the tally dashboard: valid, wired to the provisioned datasource."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.integration.prometheus_server import dashboard_queries, promql_metric_names

GRAFANA = Path(__file__).resolve().parents[2] / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "tally.json"


@pytest.fixture(scope="module")
def dashboard() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DASHBOARD.read_text())
    return loaded


def graphs(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    return [panel for panel in dashboard["panels"] if panel["type"] != "row"]


def test_datasource_is_the_compose_prometheus() -> None:
    config = yaml.safe_load(
        (GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text()
    )
    (source,) = config["datasources"]
    assert source["uid"] == "prometheus"
    assert source["type"] == "prometheus"
    assert source["url"] == "http://prometheus:9090"
    assert source["isDefault"] is True


def test_dashboard_provider_reads_the_mounted_folder() -> None:
    config = yaml.safe_load((GRAFANA / "provisioning" / "dashboards" / "tally.yml").read_text())
    (provider,) = config["providers"]
    assert provider["type"] == "file"
    assert provider["options"]["path"] == "/var/lib/grafana/dashboards"


def test_dashboard_is_a_modern_timeseries_dashboard(dashboard: dict[str, Any]) -> None:
    assert dashboard["uid"] == "tally"
    assert 36 <= dashboard["schemaVersion"] <= 41
    panels = graphs(dashboard)
    assert len(panels) >= 10
    assert {panel["type"] for panel in panels} == {"timeseries"}
    ids = [panel["id"] for panel in dashboard["panels"]]
    assert len(ids) == len(set(ids))


def test_panels_fit_the_grid_without_overlapping(dashboard: dict[str, Any]) -> None:
    taken: set[tuple[int, int]] = set()
    for panel in dashboard["panels"]:
        grid = panel["gridPos"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24, panel["title"]
        cells = {
            (x, y)
            for x in range(grid["x"], grid["x"] + grid["w"])
            for y in range(grid["y"], grid["y"] + grid["h"])
        }
        assert not cells & taken, f"{panel['title']} overlaps another panel"
        taken |= cells


def test_every_query_uses_the_provisioned_datasource(dashboard: dict[str, Any]) -> None:
    for panel in graphs(dashboard):
        assert panel["datasource"] == {"type": "prometheus", "uid": "prometheus"}, panel["title"]
        assert panel["targets"], panel["title"]
        refs = [target["refId"] for target in panel["targets"]]
        assert len(refs) == len(set(refs)), panel["title"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == "prometheus", panel["title"]
            assert target["expr"].strip(), panel["title"]


def test_rates_use_the_rate_interval(dashboard: dict[str, Any]) -> None:
    # A fixed window hides data when zoomed out and is noisy when zoomed in.
    for expr in dashboard_queries(dashboard):
        for window in re.findall(r"\b(?:rate|increase)\([^\[]*\[([^\]]+)\]", expr):
            assert window == "$__rate_interval", expr


@pytest.mark.parametrize(
    ("metric", "needle"),
    [
        ("tally_stage_messages_in_total", "by (stage)"),
        ("tally_stage_messages_out_total", "by (stage)"),
        ("tally_stage_messages_failed_total", "by (stage)"),
        ("tally_stage_latency_seconds_bucket", "by (stage, le)"),
        ("tally_consumer_lag", "by (topic, partition)"),
        ("tally_dlq_messages_total", "by (reason)"),
        ("tally_claims_extracted_total", "by (metric)"),
        ("tally_conflicts_detected_total", "by (metric)"),
        ("tally_incident_figure", "by (incident, metric)"),
        ("tally_state_version", "by (incident)"),
        ("tally_worker_ready", "by (instance)"),
    ],
)
def test_breakdowns_the_operators_need(dashboard: dict[str, Any], metric: str, needle: str) -> None:
    exprs = [expr for expr in dashboard_queries(dashboard) if metric in promql_metric_names(expr)]
    assert exprs, f"no panel shows {metric}"
    assert any(needle in expr for expr in exprs), exprs


@pytest.mark.parametrize(
    "histogram",
    ["tally_stage_latency_seconds_bucket", "tally_publish_to_state_seconds_bucket"],
)
def test_latency_percentiles(dashboard: dict[str, Any], histogram: str) -> None:
    quantiles = {
        re.match(r"histogram_quantile\(([\d.]+),", expr).group(1)  # type: ignore[union-attr]
        for expr in dashboard_queries(dashboard)
        if histogram in promql_metric_names(expr) and expr.startswith("histogram_quantile(")
    }
    assert quantiles == {"0.5", "0.95", "0.99"}
