"""Every message's bytes <-> model conversion, in one place.

Kafka values are JSON (UTF-8) of the pydantic models in `schemas/`; dead letters carry the
original bytes in base64, cut to what the dead-letter topic accepts when they are larger.
"""

import base64
import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Annotated, TypeVar

from pydantic import Field, TypeAdapter

from schemas.change import StateChange
from schemas.claim import ActionClaim, Claim, ClaimAdapter, FigureClaim, WithdrawalClaim
from schemas.dead_letter import DeadLetter, RejectReason
from schemas.evidence import ExtractedArticle
from schemas.merge import IncidentMerged
from schemas.state import IncidentState

T = TypeVar("T")
_CLAIM_LISTS = TypeAdapter(list[Claim])
# What the `claims` topic carries: the claims of one article under one incident (a JSON
# array), a single claim (as it carried before), and the markers of incidents merged into
# others.
ClaimsEvent = Annotated[
    FigureClaim | ActionClaim | WithdrawalClaim | IncidentMerged, Field(discriminator="kind")
]
_CLAIMS_EVENT: TypeAdapter[FigureClaim | ActionClaim | WithdrawalClaim | IncidentMerged] = (
    TypeAdapter(ClaimsEvent)
)
# Room left in a dead letter for everything but the original value (reason, detail, headers);
# a letter cut to this size keeps none of the original, only its size and hash.
SMALLEST_LETTER_BYTES = 64 * 1024
# A key is an article id: one longer than this is kept cut, so that it fits that envelope.
MAX_KEY_BYTES = 8 * 1024


def encode_claim(claim: Claim) -> bytes:
    return ClaimAdapter.dump_json(claim)


def decode_claim(data: bytes) -> Claim:
    return ClaimAdapter.validate_json(data)


def encode_claims(claims: Sequence[Claim]) -> bytes:
    return _CLAIM_LISTS.dump_json(list(claims))


def decode_claims(data: bytes) -> list[Claim]:
    return _CLAIM_LISTS.validate_json(data)


def decode_claims_message(data: bytes) -> list[Claim] | IncidentMerged:
    """A `claims` message: its claims (one or an array), or a merge marker."""
    if data.lstrip()[:1] == b"[":
        return decode_claims(data)
    event = _CLAIMS_EVENT.validate_json(data)
    return event if isinstance(event, IncidentMerged) else [event]


def json_arrays(items: Iterable[tuple[T, bytes]], max_bytes: int) -> Iterator[tuple[T, bytes]]:
    """Items given with their JSON, joined in order into JSON arrays of at most `max_bytes`
    each (a larger item alone); each array with the tag of its first item."""
    batch: list[tuple[T, bytes]] = []
    size = 0
    for tag, encoded in items:
        if batch and size + len(encoded) + 1 > max_bytes:
            yield _joined(batch)
            batch, size = [], 0
        batch.append((tag, encoded))
        size += len(encoded) + 1
    if batch:
        yield _joined(batch)


def _joined(batch: list[tuple[T, bytes]]) -> tuple[T, bytes]:
    return batch[0][0], b"[" + b",".join(encoded for _, encoded in batch) + b"]"


def claims_messages(claims: Sequence[Claim], max_bytes: int) -> Iterator[bytes]:
    """`claims` as `claims` messages (JSON arrays of at most `max_bytes`): one message where a
    message per claim would cost the reconcile stage a Kafka event each."""
    for _, array in json_arrays(((claim, encode_claim(claim)) for claim in claims), max_bytes):
        yield array


def encode_merged(merged: IncidentMerged) -> bytes:
    return merged.model_dump_json().encode()


def encode_extracted(extracted: ExtractedArticle) -> bytes:
    return extracted.model_dump_json().encode()


def decode_extracted(data: bytes) -> ExtractedArticle:
    return ExtractedArticle.model_validate_json(data)


def encode_state(state: IncidentState) -> bytes:
    return state.model_dump_json().encode()


def decode_state(data: bytes) -> IncidentState:
    return IncidentState.model_validate_json(data)


def encode_change(change: StateChange) -> bytes:
    return change.model_dump_json().encode()


def encode_dead_letter(letter: DeadLetter) -> bytes:
    return letter.model_dump_json().encode()


def decode_dead_letter(data: bytes) -> DeadLetter:
    return DeadLetter.model_validate_json(data)


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
    max_bytes: int,
) -> DeadLetter:
    """The dead letter of a message; its original value is cut (with its size and hash kept)
    when the letter would not fit in `max_bytes`, the dead-letter topic's message limit."""
    original = value or b""
    room = max((max_bytes - SMALLEST_LETTER_BYTES) // 4 * 3, 0)
    kept = original[:room]
    return DeadLetter(
        reason=reason,
        detail=detail[:2000],
        stage=stage,
        topic=topic,
        partition=partition,
        offset=offset,
        key_b64=None if key is None else _b64(key[:MAX_KEY_BYTES]),
        value_b64=_b64(kept),
        value_size=len(original),
        value_sha256=hashlib.sha256(original).hexdigest(),
        value_truncated=len(kept) < len(original),
        headers=[(name, _b64(data)) for name, data in headers],
        rejected_at=now,
    )


def original_value(letter: DeadLetter) -> bytes:
    return base64.b64decode(letter.value_b64)


def original_key(letter: DeadLetter) -> bytes | None:
    return None if letter.key_b64 is None else base64.b64decode(letter.key_b64)
