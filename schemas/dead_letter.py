"""A rejected message, kept whole with the reason it was rejected."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class RejectReason(StrEnum):
    not_utf8 = "not_utf8"
    not_json = "not_json"
    too_deep = "too_deep"
    not_an_object = "not_an_object"
    missing_field = "missing_field"
    wrong_type = "wrong_type"
    empty_body = "empty_body"
    body_too_large = "body_too_large"
    bad_published_at = "bad_published_at"
    published_in_future = "published_in_future"
    unsupported_language = "unsupported_language"
    extraction_failed = "extraction_failed"
    processing_failed = "processing_failed"


class DeadLetter(BaseModel):
    reason: RejectReason
    detail: str = Field(description="A human-readable explanation.")
    stage: str
    topic: str
    partition: int | None = None
    offset: int | None = None
    key_b64: str | None = None
    value_b64: str = Field(
        description="The original bytes, base64; only their start when `value_truncated`."
    )
    value_size: int | None = Field(default=None, description="Size of the original value in bytes.")
    value_sha256: str | None = Field(
        default=None, description="SHA-256 of the whole original value, hex."
    )
    value_truncated: bool = Field(
        default=False,
        description="The original was larger than the dead-letter topic allows; "
        "`value_b64` holds its first bytes.",
    )
    headers: list[tuple[str, str]] = Field(
        default_factory=list, description="Original headers; values base64."
    )
    rejected_at: datetime
