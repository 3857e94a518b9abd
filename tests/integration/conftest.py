"""Integration fixtures: the real Kafka broker, started by the suite, and tally workers on it.

`KAFKA_BOOTSTRAP` names an existing broker instead. Under CI (`CI=true`) a broker that cannot
be had is a failure, never a skip.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.kafka.broker import BrokerError, LocalBroker
from streams.settings import Settings
from tests.integration.harness import (
    Deployment,
    RunningWorker,
    article_ids,
    dumps,
    generated_articles,
    seed_records,
)

STREAM_ARTICLES = 60
STREAM_SEED = 21

UNDER_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration/" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def broker() -> Iterator[LocalBroker | None]:
    """The local broker, or None when KAFKA_BOOTSTRAP names one."""
    if os.environ.get("KAFKA_BOOTSTRAP"):
        yield None
        return
    settings = Settings()
    local = LocalBroker(settings.cache_dir, settings.kafka_version)
    try:
        local.start()
    except BrokerError as error:
        if UNDER_CI:
            pytest.fail(f"the Kafka broker is required under CI and did not start: {error}")
        pytest.skip(f"no Kafka broker: {error}")
    yield local
    local.close()


@pytest.fixture(scope="session")
def kafka_bootstrap(broker: LocalBroker | None) -> str:
    return broker.bootstrap if broker is not None else os.environ["KAFKA_BOOTSTRAP"]


@pytest.fixture
def deployment(kafka_bootstrap: str, tmp_path: Path) -> Iterator[Deployment]:
    deployed = Deployment(kafka_bootstrap, tmp_path)
    yield deployed
    deployed.stop_all()


@pytest.fixture(scope="session")
def seeded_deployment(
    kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployment]:
    """One worker that has processed the seed articles, shared by read-only tests."""
    deployed = Deployment(kafka_bootstrap, tmp_path_factory.mktemp("seeded"))
    deployed.start_worker()
    records = seed_records()
    deployed.publish_records(records)
    deployed.wait_for_articles({str(record["id"]) for record in records})
    deployed.wait_quiet()
    yield deployed
    deployed.stop_all()


@pytest.fixture(scope="session")
def seeded_worker(seeded_deployment: Deployment) -> RunningWorker:
    return seeded_deployment.workers[0]


@pytest.fixture(scope="session")
def stream_records() -> list[dict[str, object]]:
    """A stream of short articles over several crises, for runs that must agree."""
    return generated_articles(STREAM_ARTICLES, STREAM_SEED, prefix="stream")


@pytest.fixture(scope="session")
def uninterrupted_states(
    kafka_bootstrap: str,
    tmp_path_factory: pytest.TempPathFactory,
    stream_records: list[dict[str, object]],
) -> dict[str, str]:
    """The state JSON one worker gives `stream_records` when nothing goes wrong."""
    deployed = Deployment(kafka_bootstrap, tmp_path_factory.mktemp("uninterrupted"))
    try:
        deployed.start_worker()
        deployed.publish_records(stream_records)
        deployed.wait_for_articles(article_ids(stream_records))
        return dumps(deployed.wait_quiet())
    finally:
        deployed.stop_all()
