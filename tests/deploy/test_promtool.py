"""Prometheus config and alert rules: promtool accepts them and the rules' own tests pass."""

import subprocess
from pathlib import Path

import yaml

from tests.integration.prometheus_server import require_binary

REPO = Path(__file__).resolve().parents[2]
PROMETHEUS_DIR = REPO / "deploy" / "prometheus"
CONFIG = PROMETHEUS_DIR / "prometheus.yml"
RULES = PROMETHEUS_DIR / "rules" / "tally.rules.yml"
RULES_TESTS = PROMETHEUS_DIR / "rules" / "tally.rules.test.yml"

ALERTS = {
    "TallyWorkerDown",
    "TallyWorkerNotReady",
    "TallyConsumerLagGrowing",
    "TallyDeadLettersHigh",
    "TallyNoStateUpdates",
    "TallyPublishToStateSlow",
}


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [require_binary("promtool"), *args], capture_output=True, text=True, timeout=60
    )


def test_config_scrapes_the_workers_every_15s_with_the_rules() -> None:
    config = yaml.safe_load(CONFIG.read_text())
    assert config["global"]["scrape_interval"] == "15s"
    (job,) = config["scrape_configs"]
    assert job["job_name"] == "tally"
    assert job.get("metrics_path", "/metrics") == "/metrics"
    assert job["static_configs"][0]["targets"] == ["worker:6066"]
    assert config["rule_files"] == ["/etc/prometheus/rules/tally.rules.yml"]


def test_promtool_accepts_the_config(tmp_path: Path) -> None:
    # rule_files names the path inside the container; point a copy at the repository's file.
    config = yaml.safe_load(CONFIG.read_text())
    config["rule_files"] = [str(RULES)]
    copy = tmp_path / "prometheus.yml"
    copy.write_text(yaml.safe_dump(config))
    result = promtool("check", "config", str(copy))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 rule files found" in result.stdout + result.stderr


def test_promtool_accepts_the_rules() -> None:
    result = promtool("check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(ALERTS)} rules found" in result.stdout + result.stderr


def test_each_alert_fires_on_its_case_and_not_on_the_healthy_one() -> None:
    result = promtool("test", "rules", str(RULES_TESTS))
    assert result.returncode == 0, result.stdout + result.stderr
    tested = {
        check["alertname"]
        for case in yaml.safe_load(RULES_TESTS.read_text())["tests"]
        for check in case["alert_rule_test"]
        if check["exp_alerts"]
    }
    assert tested == ALERTS


def test_every_alert_has_severity_summary_and_description() -> None:
    rules = [
        rule for group in yaml.safe_load(RULES.read_text())["groups"] for rule in group["rules"]
    ]
    assert {rule["alert"] for rule in rules} == ALERTS
    for rule in rules:
        assert rule["labels"]["severity"] in {"warning", "critical"}, rule["alert"]
        assert rule["annotations"]["summary"].strip(), rule["alert"]
        assert rule["annotations"]["description"].strip(), rule["alert"]
        assert "for" in rule, rule["alert"]


def test_install_script_is_a_no_op_when_already_installed() -> None:
    require_binary("promtool")
    require_binary("prometheus")
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "install-promtool.sh")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "already installed" in result.stdout


def test_install_script_parses() -> None:
    script = REPO / "scripts" / "install-promtool.sh"
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True)
    assert result.returncode == 0, result.stderr
