"""Every way an `articles` message can be bad has its own reason."""

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas.dead_letter import RejectReason
from streams.clean.validate import Rejection, parse_article

NOW = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
GOOD = {"id": "a1", "published_at": "2024-05-01T10:00:00Z", "body": "Ten people died."}


def parse(raw: bytes) -> object:
    return parse_article(
        raw,
        now=NOW,
        max_body_chars=1000,
        max_future_skew=dt.timedelta(hours=1),
        languages=frozenset({"en"}),
    )


def reason_of(raw: bytes) -> RejectReason:
    with pytest.raises(Rejection) as caught:
        parse(raw)
    return caught.value.reason


def with_(**changes: object) -> bytes:
    return json.dumps({**GOOD, **changes}).encode()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe\x00", RejectReason.not_utf8),
        (b"{oops", RejectReason.not_json),
        (b"[]", RejectReason.not_an_object),
        (json.dumps({"id": "x"}).encode(), RejectReason.missing_field),
        (with_(body=None), RejectReason.missing_field),
        (with_(body="   \n\t "), RejectReason.empty_body),
        (with_(body="x" * 1001), RejectReason.body_too_large),
        (with_(body=42), RejectReason.wrong_type),
        (with_(id=["a"]), RejectReason.wrong_type),
        (with_(published_at="yesterday"), RejectReason.bad_published_at),
        (with_(published_at="2024-05-01T10:00:00"), RejectReason.bad_published_at),
        (with_(published_at="2024-05-03T10:00:00Z"), RejectReason.published_in_future),
        (with_(language="fr"), RejectReason.unsupported_language),
        (b"[" * 100_000 + b"]" * 100_000, RejectReason.too_deep),
        (
            with_(extra=[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]),
            RejectReason.too_deep,
        ),
        (with_(title="\udc00"), RejectReason.not_utf8),
        (with_(body="Ten \ud800 died."), RejectReason.not_utf8),
        (with_(body="\u200b\u200b\ufeff\u200b"), RejectReason.empty_body),
        (with_(published_at=1714557600), RejectReason.bad_published_at),
        (with_(published_at="0001-01-01T00:00:00Z"), RejectReason.bad_published_at),
        (with_(published_at="2024-05-01"), RejectReason.bad_published_at),
    ],
)
def test_each_bad_message_has_its_reason(raw: bytes, reason: RejectReason) -> None:
    assert reason_of(raw) == reason


def test_a_good_message_keeps_unknown_fields() -> None:
    article = parse(with_(section="world", language="EN"))
    assert article.model_extra == {"section": "world"}  # type: ignore[attr-defined]


@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_escape_as_another_exception(raw: bytes) -> None:
    try:
        parse(raw)
    except Rejection as rejection:
        assert rejection.detail
