"""Builds the dead-letter message for a rejected Kafka message: original bytes and headers kept."""

import base64
import datetime as dt
from collections.abc import Iterable

from schemas.dead_letter import DeadLetter, RejectReason


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def dead_letter(
    *,
    reason: RejectReason,
    detail: str,
    stage: str,
    topic: str,
    partition: int | None,
    offset: int | None,
    key: bytes | None,
    value: bytes | None,
    headers: Iterable[tuple[str, bytes]],
    now: dt.datetime,
) -> DeadLetter:
    return DeadLetter(
        reason=reason,
        detail=detail,
        stage=stage,
        topic=topic,
        partition=partition,
        offset=offset,
        key_b64=None if key is None else _b64(key),
        value_b64=_b64(value or b""),
        headers=[(name, _b64(data)) for name, data in headers],
        rejected_at=now,
    )


def original_value(letter: DeadLetter) -> bytes:
    return base64.b64decode(letter.value_b64)


def original_key(letter: DeadLetter) -> bytes | None:
    return None if letter.key_b64 is None else base64.b64decode(letter.key_b64)
