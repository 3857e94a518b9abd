"""`tally dlq`: list dead letters, pick some, and re-publish their original messages.

A letter keeps the original key, bytes and headers, so once the cause is fixed (a worker
setting, a language added, a publisher's bug) the very message the publisher sent goes back
to `articles`, as if sent again.
"""

import base64
import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.table import Table

from schemas.dead_letter import DeadLetter, RejectReason
from streams.clients.publish import publish
from streams.clients.state_read import read_topic
from streams.codec import decode_dead_letter, original_key, original_value
from streams.kafka.connection import Connection

DETAIL_WIDTH = 80


@dataclass(frozen=True)
class Original:
    """A message as it was first published."""

    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]


def original(letter: DeadLetter) -> Original:
    return Original(
        key=original_key(letter),
        value=original_value(letter),
        headers=[(name, base64.b64decode(data)) for name, data in letter.headers],
    )


def key_text(letter: DeadLetter) -> str | None:
    """The original key as text (keys are article ids); undecodable bytes shown escaped."""
    key = original_key(letter)
    return None if key is None else key.decode("utf-8", "backslashreplace")


def select(
    letters: Iterable[DeadLetter],
    reasons: Collection[RejectReason] = (),
    keys: Collection[str] = (),
) -> list[DeadLetter]:
    """Letters with any of `reasons` and any of `keys`; an empty filter lets everything by."""
    return [
        letter
        for letter in letters
        if (not reasons or letter.reason in reasons) and (not keys or key_text(letter) in keys)
    ]


def row(letter: DeadLetter) -> dict[str, Any]:
    return {
        "reason": letter.reason.value,
        "detail": letter.detail,
        "stage": letter.stage,
        "key": key_text(letter),
        "topic": letter.topic,
        "partition": letter.partition,
        "offset": letter.offset,
        "rejected_at": letter.rejected_at.isoformat(),
        "bytes": len(original_value(letter)),
    }


def as_json(letters: Sequence[DeadLetter]) -> str:
    return json.dumps([row(letter) for letter in letters], indent=2)


def table(letters: Sequence[DeadLetter]) -> Table:
    view = Table(title=f"{len(letters)} dead letter(s)")
    for column in ("reason", "detail", "key", "partition", "offset"):
        view.add_column(column, overflow="fold")
    for letter in letters:
        detail = letter.detail
        if len(detail) > DETAIL_WIDTH:
            detail = detail[: DETAIL_WIDTH - 1] + "…"
        view.add_row(
            letter.reason.value,
            detail,
            key_text(letter) or "",
            "" if letter.partition is None else str(letter.partition),
            "" if letter.offset is None else str(letter.offset),
        )
    return view


def read_dead_letters(connection: Connection, topic: str) -> list[DeadLetter]:
    """Every letter of the dead-letter topic, in partition then offset order."""
    return [
        decode_dead_letter(value) for _, value in read_topic(connection, topic) if value is not None
    ]


def republish(connection: Connection, topic: str, letters: Sequence[DeadLetter]) -> int:
    """Send each letter's original key, bytes and headers to `topic`; wait for every ack.
    Letters that hold only the start of their original (`value_truncated`) are left out."""
    originals = [original(letter) for letter in letters if not letter.value_truncated]
    return publish(
        connection,
        topic,
        [(message.key, message.value, message.headers) for message in originals],
        show_progress=False,
    )
