"""A real single-node Apache Kafka broker (KRaft) on 127.0.0.1, started from Maven Central's jars.

One launcher serves `tally demo`, `tally broker` and the test suite. The jars are fetched once
with Maven into the cache directory. A new work directory is formatted on first start; one
that already holds a broker's data (and its ports) is started in place, so
`tally broker --port P --data-dir D` can be stopped and started again with its topics.
"""

import base64
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

REPO_DEPLOY = Path(__file__).resolve().parents[2] / "deploy" / "kafka"
READY_LINE = "Kafka Server started"


class BrokerError(RuntimeError):
    """The local broker could not be fetched or started."""


def new_cluster_id(random_bytes: Callable[[], bytes] = lambda: uuid.uuid4().bytes) -> str:
    """A KRaft cluster id: 16 random bytes in URL-safe base64, never starting with '-'.

    Kafka's own `Uuid.randomUuid` draws again on a leading '-', because the storage tool's
    argument parser reads such an id as an option (1 draw in 64).
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(random_bytes()).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


def fetch_jars(cache_dir: Path, kafka_version: str) -> Path:
    """The folder of the broker's jars, fetched with Maven on first use."""
    libs = cache_dir / f"kafka-{kafka_version}" / "libs"
    marker = libs / ".complete"
    if marker.exists():
        return libs
    if shutil.which("mvn") is None:
        raise BrokerError("Maven (mvn) is needed to fetch the Kafka broker's jars")
    libs.mkdir(parents=True, exist_ok=True)
    command = [
        "mvn", "-q", "-B", "-f", str(REPO_DEPLOY / "pom.xml"),
        "dependency:copy-dependencies",
        f"-Dkafka.version={kafka_version}",
        f"-DoutputDirectory={libs}",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    if result.returncode != 0 or not any(libs.glob("kafka_2.13-*.jar")):
        raise BrokerError(f"fetching Kafka {kafka_version} failed:\n{result.stdout}{result.stderr}")
    marker.touch()
    return libs


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class LocalBroker:
    """Start, stop and restart one local broker. Use as a context manager."""

    def __init__(
        self,
        cache_dir: Path,
        kafka_version: str,
        work_dir: Path | None = None,
        startup_timeout_s: float = 120.0,
        port: int | None = None,
        extra_properties: Mapping[str, str] | None = None,
        scram_users: Sequence[tuple[str, str, str]] = (),
    ) -> None:
        """`extra_properties` override or add broker settings (a secured listener, say);
        `scram_users` are (mechanism, user, password) created when the storage is formatted."""
        self.cache_dir = cache_dir
        self.kafka_version = kafka_version
        self._owns_dir = work_dir is None
        self.work_dir = work_dir or Path(tempfile.mkdtemp(prefix="tally-kafka-"))
        self.startup_timeout_s = startup_timeout_s
        self.extra_properties = dict(extra_properties or {})
        self.scram_users = list(scram_users)
        saved = self._saved_ports()
        self.port = port or (saved[0] if saved else free_port())
        # The controller's address is part of the stored quorum: keep it across restarts.
        self.controller_port = saved[1] if saved else free_port()
        self._process: subprocess.Popen[bytes] | None = None
        self._formatted = (self.work_dir / "data" / "meta.properties").exists()

    @property
    def _ports_file(self) -> Path:
        return self.work_dir / "ports"

    def _saved_ports(self) -> tuple[int, int] | None:
        try:
            port, controller = self._ports_file.read_text().split()
            return int(port), int(controller)
        except (OSError, ValueError):
            return None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def log_file(self) -> Path:
        return self.work_dir / "broker.log"

    def _write_config(self) -> Path:
        template = (REPO_DEPLOY / "server.properties").read_text()
        config = self.work_dir / "server.properties"
        properties = template.format(
            port=self.port, controller_port=self.controller_port, log_dir=self.work_dir / "data"
        )
        # Later lines win in a Java properties file: extra settings override the template's.
        extra = "".join(f"{key}={value}\n" for key, value in self.extra_properties.items())
        config.write_text(properties + extra)
        return config

    def _java(self, libs: Path, main_class: str, *args: str) -> list[str]:
        return [
            "java",
            "-Xms256m",
            "-Xmx768m",
            "-XX:+UseG1GC",
            "-Djava.awt.headless=true",
            f"-Dlog4j.configuration=file:{REPO_DEPLOY / 'log4j.properties'}",
            "-cp",
            f"{libs}/*",
            main_class,
            *args,
        ]

    def start(self) -> "LocalBroker":
        if shutil.which("java") is None:
            raise BrokerError("Java (17+) is needed to run the local Kafka broker")
        libs = fetch_jars(self.cache_dir, self.kafka_version)
        self.work_dir.mkdir(parents=True, exist_ok=True)
        config = self._write_config()
        self._ports_file.write_text(f"{self.port} {self.controller_port}\n")
        if not self._formatted:
            cluster_id = new_cluster_id()
            scram = [
                argument
                for mechanism, user, password in self.scram_users
                for argument in ("--add-scram", f"{mechanism}=[name={user},password={password}]")
            ]
            format_command = self._java(
                libs,
                "kafka.tools.StorageTool",
                "format", f"--cluster-id={cluster_id}", "-c", str(config), *scram,
            )  # fmt: skip
            result = subprocess.run(format_command, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                raise BrokerError(f"formatting the broker's storage failed:\n{result.stderr}")
            self._formatted = True
        log = self.log_file.open("ab")
        self._process = subprocess.Popen(
            self._java(libs, "kafka.Kafka", str(config)),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a Ctrl-C meant for the CLI must not kill the broker mid-stop
        )
        log.close()
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout_s
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise BrokerError(f"the broker exited at start:\n{self._tail_log()}")
            if _port_open(self.port) and READY_LINE in self._tail_log(200_000):
                return
            time.sleep(0.25)
        self.stop()
        raise BrokerError(
            f"the broker was not ready in {self.startup_timeout_s}s:\n{self._tail_log()}"
        )

    def _tail_log(self, size: int = 4000) -> str:
        if not self.log_file.exists():
            return ""
        with self.log_file.open("rb") as log:
            log.seek(max(log.seek(0, os.SEEK_END) - size, 0))
            return log.read().decode("utf-8", "replace")

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self, timeout_s: float = 30.0) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout_s)

    def restart(self) -> None:
        """Stop and start again on the same ports and data: what a broker restart looks like."""
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        if self._owns_dir:
            shutil.rmtree(self.work_dir, ignore_errors=True)

    def __enter__(self) -> "LocalBroker":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


@contextmanager
def configured_or_local(
    bootstrap: str | None, cache_dir: Path, kafka_version: str
) -> Iterator[str]:
    """`bootstrap` when a broker is configured, else a local broker's for the block."""
    if bootstrap:
        yield bootstrap
        return
    with LocalBroker(cache_dir, kafka_version) as local:
        yield local.bootstrap
