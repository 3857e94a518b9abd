"""A real Prometheus for tests, and the metric names the deploy files ask it for.

`PrometheusServer` runs the `prometheus` binary on a free loopback port, scraping one target
every second, and answers PromQL through the HTTP API. `deploy_metric_names` lists every series
name the Grafana dashboard and the alert rules query, so tests can hold them against a real
exposition.
"""

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

REPO = Path(__file__).resolve().parents[2]
DASHBOARD = REPO / "deploy" / "grafana" / "dashboards" / "tally.json"
RULES = REPO / "deploy" / "prometheus" / "rules" / "tally.rules.yml"

# Series Prometheus makes itself for every scrape, not found in any exposition.
SCRAPE_SERIES = frozenset({"up"})

# Loopback only: an HTTP proxy from the environment must never see these requests.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def require_binary(name: str) -> str:
    """Path of `name`; skips the test without it, but fails under CI, which installs it."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not on PATH; run scripts/install-promtool.sh"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PrometheusServer:
    """`prometheus` scraping `target` (host:port, /metrics) every second, in a temp dir."""

    def __init__(self, target: str, binary: str = "prometheus", job: str = "tally") -> None:
        self.target = target
        self.binary = binary
        self.job = job
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._dir: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> "PrometheusServer":
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def log(self) -> str:
        if self._dir is None or not (self._dir / "prometheus.log").exists():
            return ""
        return (self._dir / "prometheus.log").read_text(errors="replace")

    def start(self, timeout: float = 30.0) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="tally-prometheus-"))
        config = {
            "global": {
                "scrape_interval": "1s",
                "scrape_timeout": "1s",
                "evaluation_interval": "1s",
            },
            "scrape_configs": [
                {
                    "job_name": self.job,
                    "metrics_path": "/metrics",
                    "static_configs": [{"targets": [self.target]}],
                }
            ],
        }
        config_file = self._dir / "prometheus.yml"
        config_file.write_text(json.dumps(config))  # JSON is YAML
        with (self._dir / "prometheus.log").open("wb") as log:
            self._process = subprocess.Popen(
                [
                    self.binary,
                    f"--config.file={config_file}",
                    f"--storage.tsdb.path={self._dir / 'data'}",
                    f"--web.listen-address=127.0.0.1:{self.port}",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        try:
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self, timeout: float) -> None:
        assert self._process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"prometheus exited with {self._process.returncode}:\n{self.log}"
                )
            try:
                with _OPENER.open(f"{self.url}/-/ready", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise TimeoutError(f"prometheus not ready after {timeout}s:\n{self.log}")

    def query(self, expr: str) -> list[Any]:
        """Result of an instant query: a list of {metric, value} for vectors, else [result]."""
        return self._get("query", {"query": expr})

    def query_range(self, expr: str, start: float, end: float, step_s: float) -> list[Any]:
        """Result of a range query: a list of {metric, values}."""
        return self._get("query_range", {"query": expr, "start": start, "end": end, "step": step_s})

    def _get(self, endpoint: str, params: dict[str, Any]) -> list[Any]:
        expr = params["query"]
        url = f"{self.url}/api/v1/{endpoint}?{urllib.parse.urlencode(params)}"
        try:
            with _OPENER.open(url, timeout=10) as response:
                body = json.load(response)
        except urllib.error.HTTPError as error:
            body = json.load(error)
        if body.get("status") != "success":
            raise ValueError(f"query {expr!r} failed: {body.get('error')}")
        data = body["data"]
        result: list[Any] = (
            data["result"] if data["resultType"] in ("vector", "matrix") else [data["result"]]
        )
        return result

    def wait_for(self, expr: str, timeout: float = 30.0) -> list[Any]:
        """Polls `expr` until it returns something; scrapes come every second."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = self.query(expr)
            if result:
                return result
            time.sleep(0.5)
        raise TimeoutError(f"{expr!r} returned nothing within {timeout}s:\n{self.log}")

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=5)
        self._process = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None


_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_MATCHERS = re.compile(r"\{[^}]*\}")
_RANGES = re.compile(r"\[[^\]]*\]")
_GROUPINGS = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
# An identifier not glued to a number or variable and not called like a function.
_IDENTIFIERS = re.compile(r"(?<![\w$.:])([a-zA-Z_:][\w:]*)\b(?!\s*\()")
_KEYWORDS = frozenset(
    {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right"}
    | {"bool", "offset", "inf", "nan"}
)
_LABEL_VALUES = re.compile(r"^\s*label_values\(\s*([a-zA-Z_:][\w:]*)\s*,\s*\w+\s*\)\s*$")


def promql_metric_names(expr: str) -> set[str]:
    """Metric names selected by a PromQL expression (label names and functions left out)."""
    for pattern in (_STRINGS, _MATCHERS, _RANGES, _GROUPINGS):
        expr = pattern.sub(" ", expr)
    return {name for name in _IDENTIFIERS.findall(expr) if name.lower() not in _KEYWORDS}


def dashboard_queries(dashboard: dict[str, Any]) -> list[str]:
    """PromQL of every panel target, rows' nested panels included."""
    queries: list[str] = []
    for panel in dashboard["panels"]:
        for inner in [panel, *panel.get("panels", [])]:
            queries.extend(target["expr"] for target in inner.get("targets", []))
    return queries


def dashboard_variable_metrics(dashboard: dict[str, Any]) -> set[str]:
    """Metrics the template variables read; only `label_values(metric, label)` is used."""
    names: set[str] = set()
    for variable in dashboard.get("templating", {}).get("list", []):
        if variable.get("type") != "query":
            continue
        query = variable["query"]
        text = query["query"] if isinstance(query, dict) else query
        match = _LABEL_VALUES.match(text)
        if match is None:
            raise ValueError(f"unsupported variable query {text!r}")
        names.add(match.group(1))
    return names


def rule_queries(rules: dict[str, Any]) -> list[str]:
    return [rule["expr"] for group in rules["groups"] for rule in group["rules"]]


def deploy_metric_names() -> set[str]:
    """Every series name the dashboard and the alert rules query."""
    dashboard = json.loads(DASHBOARD.read_text())
    rules = yaml.safe_load(RULES.read_text())
    names = dashboard_variable_metrics(dashboard)
    for expr in dashboard_queries(dashboard) + rule_queries(rules):
        names |= promql_metric_names(expr)
    return names


def exposed_names(text: str) -> set[str]:
    """Series names a text exposition declares, including those of families with no samples yet
    (a labelled metric shows only HELP/TYPE lines until its first label set is used)."""
    suffixes = {
        "counter": ("_total",),
        "histogram": ("_bucket", "_sum", "_count"),
        "summary": ("_sum", "_count"),
    }
    names: set[str] = set()
    for family in text_string_to_metric_families(text):
        names.update(sample.name for sample in family.samples)
        names.update(family.name + suffix for suffix in suffixes.get(family.type, ("",)))
    return names
