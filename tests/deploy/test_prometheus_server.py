"""The test Prometheus helper, against a real `prometheus` scraping a tiny local exporter."""

from collections.abc import Iterator

import pytest
from prometheus_client import CollectorRegistry, Counter, start_http_server

from tests.integration.prometheus_server import PrometheusServer, require_binary


@pytest.fixture
def exporter() -> Iterator[str]:
    registry = CollectorRegistry()
    probes = Counter("probe_events", "Events seen by the probe.", ["kind"], registry=registry)
    probes.labels(kind="seen").inc(3)
    server, thread = start_http_server(0, addr="127.0.0.1", registry=registry)
    try:
        yield f"127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_scrapes_the_target_and_answers_queries(exporter: str) -> None:
    with PrometheusServer(exporter, binary=require_binary("prometheus")) as prometheus:
        assert prometheus.url.startswith("http://127.0.0.1:")
        result = prometheus.wait_for('probe_events_total{kind="seen"}', timeout=30)
        assert float(result[0]["value"][1]) == 3
        assert result[0]["metric"]["job"] == "tally"
        assert result[0]["metric"]["instance"] == exporter
        up = prometheus.query('up{job="tally"}')
        assert [float(series["value"][1]) for series in up] == [1]
        assert prometheus.query("nothing_like_this_metric") == []
        with pytest.raises(ValueError, match="failed"):
            prometheus.query("sum(")
        with pytest.raises(TimeoutError):
            prometheus.wait_for("nothing_like_this_metric", timeout=1)
    assert not prometheus.running


def test_a_server_that_dies_at_start_is_reported_and_cleaned_up() -> None:
    prometheus = PrometheusServer("127.0.0.1:1", binary=require_binary("false"))
    with pytest.raises(RuntimeError, match="exited with 1"):
        prometheus.start(timeout=10)
    assert not prometheus.running
    assert prometheus.log == ""  # the temp dir is gone with its log
