"""A worker killed mid-stream, or a broker restarted under it, still gives the state of an
uninterrupted run: redelivered articles and claims change nothing, none is lost."""

import signal
from typing import Any

import pytest

from schemas.claim import ClaimAdapter
from streams.kafka.broker import BrokerError, LocalBroker
from tests.integration.harness import Deployment, article_ids, dumps, wait_until

# One article per spaCy batch, so the stream takes long enough to be interrupted in the middle.
SLOW = {"TALLY_BATCH_SIZE": "1"}


def _articles_seen(deployment: Deployment) -> set[str]:
    return {article for state in deployment.states().values() for article in state.articles.ids}


def _claim_counts(deployment: Deployment) -> tuple[int, int]:
    """Claim messages in the log, and distinct claim ids among them."""
    values = deployment.topic_values(deployment.settings.topic_claims)
    return len(values), len({ClaimAdapter.validate_json(value).claim_id for value in values})


@pytest.mark.slow
@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_sigkill_mid_stream_then_restart_gives_the_uninterrupted_state(
    deployment: Deployment,
    stream_records: list[dict[str, Any]],
    uninterrupted_states: dict[str, str],
    guarantee: str,
) -> None:
    env = {**SLOW, "TALLY_PROCESSING_GUARANTEE": guarantee}
    worker = deployment.start_worker(env)
    deployment.publish_records(stream_records)
    third = len(stream_records) // 3
    seen = wait_until(
        lambda: _articles_seen(deployment), lambda found: len(found) >= third, timeout_s=120
    )
    lingering = deployment.stop_worker(worker, signal.SIGKILL)
    assert third <= len(seen) < len(stream_records), "the kill should land mid-stream"
    assert lingering == [], "the spaCy processes should exit with the killed worker"

    deployment.start_worker(env)
    deployment.wait_for_articles(article_ids(stream_records), timeout_s=90)
    assert dumps(deployment.wait_quiet()) == uninterrupted_states
    messages, distinct = _claim_counts(deployment)
    print(
        f"{guarantee}: killed at {len(seen)} articles; claims {messages} sent, {distinct} distinct"
    )


def _restart(broker: LocalBroker) -> None:
    """Restart the shared broker; whatever happens, leave it running for the other tests."""
    try:
        broker.restart()
    except BrokerError:
        broker.stop()
        broker.start()


@pytest.mark.slow
def test_worker_rides_out_a_broker_restart(
    broker: LocalBroker | None,
    deployment: Deployment,
    stream_records: list[dict[str, Any]],
    uninterrupted_states: dict[str, str],
) -> None:
    if broker is None:
        pytest.skip("KAFKA_BOOTSTRAP names a broker this suite does not run")
    worker = deployment.start_worker(SLOW)
    first, rest = stream_records[:10], stream_records[10:]
    deployment.publish_records(first)
    deployment.wait_for_articles(article_ids(first))
    deployment.publish_records(rest)
    _restart(broker)
    deployment.wait_for_articles(article_ids(stream_records), timeout_s=300)
    assert dumps(deployment.wait_quiet()) == uninterrupted_states
    assert worker.process.poll() is None
    health = wait_until(lambda: worker.get("/health")[0], lambda status: status == 200, 120)
    assert health == 200
