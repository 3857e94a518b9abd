"""Every metric the dashboard and the alert rules query is one tally (or Faust) really exports."""

import pytest
from faust.sensors.prometheus import FaustMetrics
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.metrics import MetricWrapperBase
from prometheus_client.parser import text_string_to_metric_families

import streams.metrics
from tests.integration.prometheus_server import (
    SCRAPE_SERIES,
    deploy_metric_names,
    exposed_names,
    promql_metric_names,
)


def sample_names(metrics: list[MetricWrapperBase], registry: CollectorRegistry) -> set[str]:
    """Sample names in the exposition once each labelled metric has one label set in use."""
    # prometheus-client exposes a metric's label names and name only as attributes.
    touched = [(metric, ("probe",) * len(metric._labelnames)) for metric in metrics]  # noqa: SLF001
    for metric, values in touched:
        if values:
            metric.labels(*values)
    try:
        text = generate_latest(registry).decode()
    finally:
        for metric, values in touched:
            if values:
                metric.remove(*values)
    return {
        sample.name for family in text_string_to_metric_families(text) for sample in family.samples
    }


@pytest.fixture(scope="module")
def tally_names() -> set[str]:
    metrics = [m for m in vars(streams.metrics).values() if isinstance(m, MetricWrapperBase)]
    return sample_names(metrics, REGISTRY)


@pytest.fixture(scope="module")
def faust_names() -> set[str]:
    # The worker's Faust sensors, built by faust's own code under the prefix "faust".
    registry = CollectorRegistry()
    return sample_names(list(FaustMetrics.create(registry, "faust")), registry)


def test_promql_names_skip_functions_labels_strings_and_keywords() -> None:
    expr = (
        'histogram_quantile(0.95, sum by (le, stage) (rate(a_bucket{stage="clean"}[5m])))'
        ' > 1 and on (instance) b offset 5m unless c{x=~"d_e"} > bool 1e3'
        " or max without (pod) (f[$__rate_interval])"
    )
    assert promql_metric_names(expr) == {"a_bucket", "b", "c", "f"}
    assert promql_metric_names("sum(rate(tally_x_total[1m])) / 2") == {"tally_x_total"}


def test_names_are_found_on_both_sides(tally_names: set[str], faust_names: set[str]) -> None:
    # Guards against an extraction or an exposition that silently finds nothing.
    names = deploy_metric_names()
    assert {"up", "tally_consumer_lag", "tally_publish_to_state_seconds_bucket"} <= names
    assert {"tally_stage_messages_in_total", "tally_stage_latency_seconds_bucket"} <= tally_names
    assert "faust_messages_received_total" in faust_names


def test_every_queried_metric_is_exported(tally_names: set[str], faust_names: set[str]) -> None:
    used = deploy_metric_names()
    unknown = used - tally_names - faust_names - SCRAPE_SERIES
    assert not unknown, f"dashboard/rules query metrics nobody exports: {sorted(unknown)}"
    faust_prefixed = {name for name in used if name.startswith("faust_")}
    assert faust_prefixed <= faust_names


def test_every_tally_metric_has_a_panel() -> None:
    used = deploy_metric_names()
    families = {
        metric._name for metric in vars(streams.metrics).values()  # noqa: SLF001
        if isinstance(metric, MetricWrapperBase)
    }  # fmt: skip
    unused = {
        family for family in families
        if not any(name == family or name.startswith(family + "_") for name in used)
    }  # fmt: skip
    assert not unused, f"metrics without a dashboard panel or alert: {sorted(unused)}"


def test_exposed_names_include_families_without_samples() -> None:
    text = (
        "# HELP tally_dlq_messages_total Dead letters.\n"
        "# TYPE tally_dlq_messages_total counter\n"
        "# HELP lat_seconds Latency.\n"
        "# TYPE lat_seconds histogram\n"
        "# HELP ready Ready.\n"
        "# TYPE ready gauge\n"
        "ready 1.0\n"
    )
    assert exposed_names(text) == {
        "tally_dlq_messages_total",
        "lat_seconds_bucket",
        "lat_seconds_sum",
        "lat_seconds_count",
        "ready",
    }
