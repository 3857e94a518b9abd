"""Poison pills on the real broker: every message ends in a state or the dead-letter topic,
the worker stays alive, and the valid articles after the poison are processed."""

import datetime as dt
import hashlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from schemas.dead_letter import DeadLetter, RejectReason
from streams.clean.validate import Rejection, parse_article
from streams.codec import original_value
from tests.integration.harness import Deployment, article_ids, generated_articles, wait_until

Message = tuple[bytes | None, bytes]
# The world's population: no count of people may exceed it (see streams/extract/numbers.py).
WORLD_POPULATION = 8_200_000_000
VALID = {
    "published_at": "2023-03-05T10:00:00Z",
    "title": "Floods in Malawi",
    "body": "BLANTYRE - Floods in Malawi killed 12 people on Sunday, officials said.",
}


def _article(tag: str, **changes: object) -> bytes:
    return json.dumps({"id": tag, **VALID, **changes}).encode()


def poison_pills() -> list[tuple[Message, RejectReason]]:
    """The cases of a hostile probe, each with the reason it must be rejected for."""
    big_body = "Floods hit the valley again. " * 31_000  # about 900 KB
    bigs = [(b"big", _article(f"p-big-{n}", body=big_body)) for n in range(5)]
    reason = RejectReason
    return [
        ((b"deep", b"[" * 100_000 + b"]" * 100_000), reason.too_deep),
        ((b"deep-obj", b'{"id": ' * 5_000 + b"1" + b"}" * 5_000), reason.too_deep),
        ((b"surrogate", _article("p-surrogate", title="\udc00")), reason.not_utf8),
        ((b"zw", _article("p-zw", body="\u200b" * 40 + "\ufeff")), reason.empty_body),
        *((big, reason.body_too_large) for big in bigs),
        ((b"epoch", _article("p-epoch", published_at=1_700_000_000)), reason.bad_published_at),
        ((b"y1", _article("p-y1", published_at="0001-01-01T00:00:00Z")), reason.bad_published_at),
        ((None, b"\xff\xfe not text"), reason.not_utf8),
        ((b"k" * 100_000, b"{not json"), reason.not_json),
    ]  # fmt: skip


def valid_oddities() -> list[tuple[Message, str]]:
    """Valid articles that look hostile: they must reach a state, without absurd figures."""
    cases = {
        "v-trillion": "Floods in Malawi killed 12 people. A post online claimed "
        "1,000,000,000,000 people died.",
        "v-26-digits": "Floods in Malawi killed 14 people; a rumour spoke of "
        "10000000000000000000000001 dead.",
        "v-billions": "Floods in Malawi killed 9 people and injured 3,500,000,000 others.",
        "v-null-key": "Floods in Malawi killed 15 people.",
        "v-long-key": "Floods in Malawi killed 16 people.",
    }
    keys: dict[str, bytes | None] = {"v-null-key": None, "v-long-key": b"x" * 100_000}
    return [
        ((keys.get(tag, tag.encode()), _article(tag, body=body)), tag)
        for tag, body in cases.items()
    ]


def _json_values() -> st.SearchStrategy[Any]:
    # Small, so that thirty of them always fit in what Hypothesis draws for one example: its
    # draws also mix in literals of the code under test, so sizes left open made the draw of
    # this one example overrun (a failed health check) after unrelated changes to that code.
    scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=8), inner, max_size=2)
        ),
        max_leaves=3,
    )


def _mutations() -> st.SearchStrategy[bytes]:
    """Valid articles with one field replaced by any JSON value (never a text body, which
    could be valid and give no claim), and arbitrary bytes; all different, so that even the
    simplest draw covers many shapes."""
    fields = st.sampled_from(["id", "published_at", "body", "title", "language", "url"])
    replaced = st.tuples(fields, _json_values()).filter(
        lambda pair: not (pair[0] == "body" and isinstance(pair[1], str))
    )
    articles = st.lists(
        replaced.map(lambda pair: _article("h", **{pair[0]: pair[1]})),
        min_size=30,
        max_size=30,
        unique=True,
    )
    raw = st.lists(st.binary(max_size=64), min_size=10, max_size=10, unique=True)
    return st.tuples(articles, raw).map(lambda drawn: drawn[0] + drawn[1])


def _accounted(
    deployment: Deployment, valid: set[str], rejected: int
) -> tuple[set[str], list[DeadLetter]]:
    states = deployment.wait_for_articles(valid, timeout_s=300)
    letters = wait_until(
        lambda: [
            DeadLetter.model_validate_json(value)
            for value in deployment.topic_values(deployment.settings.topic_dlq)
        ],
        lambda found: len(found) >= rejected,
        timeout_s=120,
    )
    in_state = {article for state in states.values() for article in state.articles.ids}
    for state in states.values():
        for figure in state.figures.values():
            assert figure.value is None or 0 <= figure.value <= WORLD_POPULATION, state.label
    return in_state, letters


def _expected_outcome(value: bytes) -> RejectReason | str:
    """What the clean stage must do with a message: its rejection reason, or the article id."""
    try:
        article = parse_article(
            value,
            now=dt.datetime.now(dt.UTC),
            max_body_chars=200_000,
            max_future_skew=dt.timedelta(hours=1),
            languages=frozenset({"en"}),
        )
    except Rejection as rejection:
        return rejection.reason
    return article.id


@pytest.mark.slow
@settings(
    max_examples=1,
    derandomize=True,
    database=None,
    phases=[Phase.generate],
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(generated=_mutations())
def test_poison_pills_never_stop_the_pipeline(
    deployment: Deployment, generated: list[bytes]
) -> None:
    worker = deployment.start_worker()
    before = generated_articles(20, seed=21, prefix="before")
    after = generated_articles(20, seed=22, prefix="after")
    pills = poison_pills()
    oddities = valid_oddities()
    fuzzed: list[Message] = [(f"h-{n}".encode(), value) for n, value in enumerate(generated)]
    messages: list[Message] = [
        *((str(r["id"]).encode(), json.dumps(r).encode()) for r in before),
        *(message for message, _ in pills),
        *(message for message, _ in oddities),
        *fuzzed,
        *((str(r["id"]).encode(), json.dumps(r).encode()) for r in after),
    ]
    outcomes = {value: _expected_outcome(value) for _, value in messages}
    valid = {outcome for outcome in outcomes.values() if not isinstance(outcome, RejectReason)}
    rejected = [value for _, value in messages if isinstance(outcomes[value], RejectReason)]
    assert valid >= article_ids(before) | article_ids(after) | {tag for _, tag in oddities}
    for (_, value), reason in pills:
        assert outcomes[value] == reason

    deployment.publish_raw(messages)
    in_state, letters = _accounted(deployment, valid, len(rejected))

    assert in_state >= valid
    lettered = {original_value(letter) for letter in letters if not letter.value_truncated}
    truncated = {letter.value_sha256 for letter in letters if letter.value_truncated}
    assert len(letters) == len(rejected), "one dead letter per rejected message"
    for value in rejected:
        assert value in lettered or hashlib.sha256(value).hexdigest() in truncated
    reasons = {letter.reason for letter in letters}
    assert RejectReason.processing_failed not in reasons, [
        letter.detail for letter in letters if letter.reason == RejectReason.processing_failed
    ]
    assert worker.process.poll() is None, worker.log_tail()
    assert worker.get("/health")[0] == 200
