"""Raw message bytes -> Article, or a Rejection that names exactly what was wrong.

Every way a message can be bad has its own machine-readable reason (`RejectReason`), so
operators can count them and a fixed message can be re-published from the dead-letter topic.
"""

import datetime as dt
import json
from dataclasses import dataclass

from pydantic import ValidationError

from schemas.article import Article
from schemas.dead_letter import RejectReason

_REQUIRED = ("id", "published_at", "body")
_PYDANTIC_TYPE_ERRORS = ("_type", "_parsing", "string_too_short", "string_too_long")


@dataclass(frozen=True)
class Rejection(Exception):
    reason: RejectReason
    detail: str

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
    try:
        article = Article.model_validate(data)
    except ValidationError as error:
        raise _rejection_from(error) from None
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


def _rejection_from(error: ValidationError) -> Rejection:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "message"
    detail = f"{field}: {first['msg']}"
    if field == "body" and first["type"] == "value_error":
        return Rejection(RejectReason.empty_body, detail)
    if field == "published_at":
        return Rejection(RejectReason.bad_published_at, detail)
    return Rejection(RejectReason.wrong_type, detail)
