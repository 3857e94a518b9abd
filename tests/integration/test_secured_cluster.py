"""A cluster that needs TLS and SCRAM: worker, publish and state work over it with the
`TALLY_KAFKA_*` settings; a wrong password or an untrusted certificate is one clear line and a
non-zero exit, never a hang or a traceback."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.kafka.broker import LocalBroker, free_port
from streams.settings import Settings
from tests.integration.harness import REPO, Deployment, article_ids, seed_records

USER, PASSWORD = "tally-worker", "correct-horse-battery"
MECHANISM = "SCRAM-SHA-256"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certificates(directory: Path, name: str) -> tuple[Path, Path]:
    """A throwaway CA and a server certificate for 127.0.0.1 signed by it: (CA file, key and
    chain in one PEM for the broker)."""
    directory.mkdir(parents=True, exist_ok=True)
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        f"/CN={name} test CA",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        cwd=directory,
    )
    _openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        cwd=directory,
    )
    (directory / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    _openssl(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "san.ext",
        "-out",
        "server.pem",
        cwd=directory,
    )
    _openssl("pkcs8", "-topk8", "-nocrypt", "-in", "server.key", "-out", "server.pk8",
             cwd=directory)  # fmt: skip
    keystore = directory / "server-keystore.pem"
    keystore.write_text(
        (directory / "server.pk8").read_text()
        + (directory / "server.pem").read_text()
        + (directory / "ca.pem").read_text()
    )
    return directory / "ca.pem", keystore


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalBroker, int, Path]]:
    """A broker with a SASL_SSL listener (SCRAM users made by Kafka's own storage tool)."""
    work = tmp_path_factory.mktemp("secured")
    cafile, keystore = make_certificates(work / "tls", "tally")
    secure_port = free_port()
    settings = Settings()
    broker = LocalBroker(
        settings.cache_dir,
        settings.kafka_version,
        work_dir=work / "kafka",
        scram_users=[(MECHANISM, USER, PASSWORD)],
        extra_properties={
            "listeners": "PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller},"
            f"SASL_SSL://127.0.0.1:{secure_port}",
            "advertised.listeners": "PLAINTEXT://127.0.0.1:{port},"
            f"SASL_SSL://127.0.0.1:{secure_port}",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,"
            "SASL_SSL:SASL_SSL",
            "sasl.enabled.mechanisms": MECHANISM,
            "listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config": (
                "org.apache.kafka.common.security.scram.ScramLoginModule required;"
            ),
            "ssl.keystore.type": "PEM",
            "ssl.keystore.location": str(keystore),
        },
    )
    # The listeners name the broker's own ports, known only once it has chosen them.
    broker.extra_properties = {
        key: value.format(port=broker.port, controller=broker.controller_port)
        for key, value in broker.extra_properties.items()
    }
    with broker:
        yield broker, secure_port, cafile


def _secured_env(port: int, cafile: Path, password: str = PASSWORD) -> dict[str, str]:
    return {
        "KAFKA_BOOTSTRAP": f"127.0.0.1:{port}",
        "TALLY_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
        "TALLY_KAFKA_SASL_MECHANISM": MECHANISM,
        "TALLY_KAFKA_USERNAME": USER,
        "TALLY_KAFKA_PASSWORD": password,
        "TALLY_KAFKA_SSL_CAFILE": str(cafile),
    }


class SecuredDeployment(Deployment):
    """A deployment whose every client (worker, publish, state) goes over SASL_SSL."""

    extra: dict[str, str]

    @property
    def env(self) -> dict[str, str]:
        return {**super().env, **self.extra}


def _tally(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        env={**os.environ, **env},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_worker_publish_and_state_over_sasl_ssl(
    secured: tuple[LocalBroker, int, Path], tmp_path: Path
) -> None:
    _, port, cafile = secured
    deployment = SecuredDeployment(f"127.0.0.1:{port}", tmp_path)
    deployment.extra = _secured_env(port, cafile)
    try:
        deployment.start_worker()
        published = _tally(deployment.env, "publish", str(REPO / "seeds"))
        assert published.returncode == 0, published.stderr
        records = seed_records()
        deployment.wait_for_articles(article_ids(records), timeout_s=240)
        shown = _tally(deployment.env, "state", "--json")
        assert shown.returncode == 0, shown.stderr
        assert all(record["id"] in shown.stdout for record in records)
        logs = "\n".join(worker.log_tail(500_000) for worker in deployment.workers)
        assert PASSWORD not in logs and PASSWORD not in shown.stdout + shown.stderr
    finally:
        deployment.stop_all()


@pytest.mark.parametrize("problem", ["wrong password", "untrusted certificate"])
def test_a_wrong_password_or_certificate_is_one_line_and_a_non_zero_exit(
    secured: tuple[LocalBroker, int, Path], tmp_path: Path, problem: str
) -> None:
    _, port, cafile = secured
    if problem == "wrong password":
        env = _secured_env(port, cafile, password="not-the-password")
    else:
        other_ca, _ = make_certificates(tmp_path / "other", "other")
        env = _secured_env(port, other_ca)
    result = _tally(env, "state")
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "not-the-password" not in result.stderr
