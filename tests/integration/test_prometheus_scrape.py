"""A real Prometheus scraping a real worker that has processed the seed articles."""

import urllib.request
from typing import Any
from urllib.parse import urlparse

import pytest

from tests.integration.prometheus_server import (
    SCRAPE_SERIES,
    PrometheusServer,
    deploy_metric_names,
    exposed_names,
    require_binary,
)

pytestmark = pytest.mark.integration


def value(result: list[Any]) -> float:
    (series,) = result
    return float(series["value"][1])


def test_prometheus_scrapes_the_worker(seeded_worker: Any) -> None:
    target = urlparse(seeded_worker.web_url).netloc
    with PrometheusServer(target, binary=require_binary("prometheus")) as prometheus:
        prometheus.wait_for("tally_stage_messages_in_total", timeout=30)
        assert value(prometheus.query('up{job="tally"}')) == 1
        stages = {
            series["metric"]["stage"]: float(series["value"][1])
            for series in prometheus.query("sum by (stage) (tally_stage_messages_in_total)")
        }
        assert stages.get("clean", 0) > 0, stages
        assert value(prometheus.query("sum(tally_claims_extracted_total)")) > 0
        assert value(prometheus.query("sum(tally_state_updates_total)")) > 0
        assert value(prometheus.query("sum(tally_publish_to_state_seconds_count)")) > 0
        assert prometheus.query("tally_incident_figure"), "no incident figures exported"
        assert value(prometheus.query("max(tally_worker_ready)")) == 1


def test_every_dashboard_and_alert_metric_is_in_a_real_scrape(seeded_worker: Any) -> None:
    with urllib.request.urlopen(f"{seeded_worker.web_url}/metrics", timeout=10) as response:
        text = response.read().decode()
    missing = deploy_metric_names() - SCRAPE_SERIES - exposed_names(text)
    assert not missing, f"the worker does not expose {sorted(missing)}"
