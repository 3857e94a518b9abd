"""Raw message bytes -> Article, or a Rejection that names exactly what was wrong.

Every way a message can be bad has its own machine-readable reason (`RejectReason`), so
operators can count them and a fixed message can be re-published from the dead-letter topic.
"""

import datetime as dt
import json
import re
from collections.abc import Iterator

from pydantic import ValidationError

from schemas.article import Article
from schemas.dead_letter import RejectReason

_REQUIRED = ("id", "published_at", "body")
# Deeper than any article needs; deeper values cost recursion in every later encoder.
MAX_JSON_DEPTH = 32
# Before this, a crisis report is a data error (year 0001, a Unix epoch of 0), not history.
EARLIEST_PUBLISHED = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})\Z")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class Rejection(Exception):
    def __init__(self, reason: RejectReason, detail: str) -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.reason.value}: {self.detail}"


def parse_article(
    raw: bytes,
    *,
    now: dt.datetime,
    max_body_chars: int,
    max_future_skew: dt.timedelta,
    languages: frozenset[str],
) -> Article:
    """Decode and validate one message of the `articles` topic; raise Rejection when bad."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Rejection(RejectReason.not_utf8, f"not UTF-8 at byte {error.start}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise Rejection(RejectReason.not_json, f"not JSON: {error.msg} at {error.pos}") from None
    except RecursionError:
        raise Rejection(RejectReason.too_deep, "JSON nested too deep to decode") from None
    _check_shape(data)
    if not isinstance(data, dict):
        raise Rejection(
            RejectReason.not_an_object, f"expected an object, got {type(data).__name__}"
        )
    missing = [name for name in _REQUIRED if data.get(name) is None]
    if missing:
        raise Rejection(RejectReason.missing_field, f"missing field(s): {', '.join(missing)}")
    if isinstance(data["body"], str) and len(data["body"]) > max_body_chars:
        raise Rejection(
            RejectReason.body_too_large, f"body has {len(data['body'])} chars > {max_body_chars}"
        )
    published = data["published_at"]
    if not isinstance(published, str) or not _RFC3339.match(published):
        raise Rejection(
            RejectReason.bad_published_at,
            f"published_at must be an RFC 3339 string, got {_preview(published)}",
        )
    try:
        article = Article.model_validate(data)
    except ValidationError as error:
        raise _rejection_from(error) from None
    if article.published_at < EARLIEST_PUBLISHED:
        raise Rejection(
            RejectReason.bad_published_at,
            f"published_at {article.published_at.isoformat()} is before {EARLIEST_PUBLISHED.year}",
        )
    if article.published_at > now + max_future_skew:
        raise Rejection(
            RejectReason.published_in_future,
            f"published_at {article.published_at.isoformat()} is after {now.isoformat()}",
        )
    if article.language.lower() not in languages:
        raise Rejection(
            RejectReason.unsupported_language,
            f"language {article.language!r} is not one of {sorted(languages)}",
        )
    return article


def _check_shape(data: object) -> None:
    """Reject values nested deeper than MAX_JSON_DEPTH and strings holding lone surrogates
    (valid JSON escapes such as "\\udc00" that no UTF-8 encoder can write back)."""
    for depth, value in _walk(data):
        if depth > MAX_JSON_DEPTH:
            raise Rejection(RejectReason.too_deep, f"JSON nested deeper than {MAX_JSON_DEPTH}")
        if isinstance(value, str) and _SURROGATE.search(value):
            raise Rejection(RejectReason.not_utf8, "a string holds a lone UTF-16 surrogate")


def _walk(data: object) -> Iterator[tuple[int, object]]:
    """Every value and key with its depth, without recursion."""
    stack: list[tuple[int, object]] = [(0, data)]
    while stack:
        depth, value = stack.pop()
        yield depth, value
        if isinstance(value, dict):
            stack.extend((depth + 1, key) for key in value)
            stack.extend((depth + 1, item) for item in value.values())
        elif isinstance(value, list):
            stack.extend((depth + 1, item) for item in value)


def _preview(value: object) -> str:
    return f"{type(value).__name__} {str(value)[:40]!r}"


def _rejection_from(error: ValidationError) -> Rejection:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "message"
    detail = f"{field}: {first['msg']}"
    if field == "body" and first["type"] == "value_error":
        return Rejection(RejectReason.empty_body, detail)
    if field == "published_at":
        return Rejection(RejectReason.bad_published_at, detail)
    return Rejection(RejectReason.wrong_type, detail)
