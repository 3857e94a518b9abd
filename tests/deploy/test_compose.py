"""docker-compose stack: services, images, ports, mounts and the addresses they give each other.

Read as data only: no Docker engine is needed.
"""

from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def services() -> dict[str, Any]:
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    declared = set(compose.get("volumes") or {})
    for name, service in compose["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if not source.startswith((".", "/")):
                assert source in declared, f"{name}: named volume {source} is not declared"
    found: dict[str, Any] = compose["services"]
    return found


def bind_mounts(service: dict[str, Any]) -> list[tuple[Path, PurePosixPath]]:
    mounts = []
    for volume in service.get("volumes", []):
        source, target, *_ = volume.split(":")
        if source.startswith("."):
            mounts.append((REPO / source, PurePosixPath(target)))
    return mounts


def host_path(service: dict[str, Any], container_path: str) -> Path:
    """Where a path inside a container comes from on the host, through the service's binds."""
    path = PurePosixPath(container_path)
    for source, target in bind_mounts(service):
        if path == target or target in path.parents:
            return source / path.relative_to(target)
    raise AssertionError(f"{container_path} is not mounted from the repository")


def port_map(service: dict[str, Any]) -> dict[int, int]:
    return {int(c): int(h) for h, c in (str(p).split(":") for p in service.get("ports", []))}


def test_the_four_services(services: dict[str, Any]) -> None:
    assert set(services) == {"kafka", "worker", "prometheus", "grafana"}
    assert services["kafka"]["image"] == "apache/kafka:3.9.1"
    assert services["prometheus"]["image"].startswith("prom/prometheus:")
    assert services["grafana"]["image"].startswith("grafana/grafana:")


def test_every_bind_mount_exists(services: dict[str, Any]) -> None:
    mounts = [mount for service in services.values() for mount in bind_mounts(service)]
    assert len(mounts) >= 3
    for source, _ in mounts:
        assert source.exists(), source


def test_kafka_is_a_single_node_kraft_broker(services: dict[str, Any]) -> None:
    env = {key: str(value) for key, value in services["kafka"]["environment"].items()}
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].split("@")[0] == env["KAFKA_NODE_ID"]
    for key in (
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
    ):
        assert env[key] == "1", key
    assert env["KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS"] == "0"
    listeners = {item.split("://")[0] for item in env["KAFKA_LISTENERS"].split(",")}
    advertised = {item.split("://")[0] for item in env["KAFKA_ADVERTISED_LISTENERS"].split(",")}
    protocols = {
        item.split(":")[0] for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(",")
    }
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] in listeners - advertised
    assert advertised <= listeners <= protocols
    assert "test" in services["kafka"]["healthcheck"]


def test_worker_reaches_kafka_through_its_compose_name(services: dict[str, Any]) -> None:
    worker = services["worker"]
    env = worker["environment"]
    bootstrap = env["TALLY_KAFKA_BOOTSTRAP"]
    assert bootstrap == "kafka:9092"
    kafka_env = services["kafka"]["environment"]
    assert f"://{bootstrap}" in kafka_env["KAFKA_ADVERTISED_LISTENERS"]
    assert worker["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert env["TALLY_WEB_HOST"] == "0.0.0.0"


def test_worker_is_built_from_the_repo_dockerfile(services: dict[str, Any]) -> None:
    build = services["worker"]["build"]
    assert (REPO / build["context"]).resolve() == REPO
    assert (REPO / build["context"] / build["dockerfile"]).is_file()


def test_worker_keeps_its_data_dir_on_a_volume(services: dict[str, Any]) -> None:
    worker = services["worker"]
    data_dir = worker["environment"]["TALLY_DATA_DIR"]
    assert data_dir == "/data"
    assert any(volume.split(":")[1] == data_dir for volume in worker["volumes"])


def test_published_ports(services: dict[str, Any]) -> None:
    web_port = int(services["worker"]["environment"]["TALLY_WEB_PORT"])
    assert port_map(services["worker"]) == {web_port: 6066}
    assert port_map(services["prometheus"]) == {9090: 9090}
    assert port_map(services["grafana"]) == {3000: 3000}


def test_prometheus_scrapes_the_worker_and_loads_mounted_rules(services: dict[str, Any]) -> None:
    prometheus = services["prometheus"]
    flags = dict(arg.split("=", 1) for arg in prometheus["command"])
    config = yaml.safe_load(host_path(prometheus, flags["--config.file"]).read_text())
    for rule_file in config["rule_files"]:
        assert host_path(prometheus, rule_file).is_file(), rule_file
    web_port = str(services["worker"]["environment"]["TALLY_WEB_PORT"])
    targets = [
        t for job in config["scrape_configs"] for c in job["static_configs"] for t in c["targets"]
    ]
    assert f"worker:{web_port}" in targets
    for target in targets:
        assert target.split(":")[0] in services, target


def test_grafana_provisions_datasource_and_dashboards(services: dict[str, Any]) -> None:
    grafana = services["grafana"]
    provisioning = host_path(grafana, "/etc/grafana/provisioning")
    assert (provisioning / "datasources" / "prometheus.yml").is_file()
    providers = yaml.safe_load((provisioning / "dashboards" / "tally.yml").read_text())
    dashboards = host_path(grafana, providers["providers"][0]["options"]["path"])
    assert (dashboards / "tally.json").is_file()
    sources = yaml.safe_load((provisioning / "datasources" / "prometheus.yml").read_text())
    host, port = sources["datasources"][0]["url"].removeprefix("http://").split(":")
    assert host in services and int(port) in port_map(services[host])
    env = grafana["environment"]
    assert str(env["GF_AUTH_ANONYMOUS_ENABLED"]).lower() == "true"
    assert env["GF_AUTH_ANONYMOUS_ORG_ROLE"] == "Viewer"
    home = env["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert host_path(grafana, home).is_file()
