"""Choosing and showing dead letters, and what re-publishing sends: no Kafka needed."""

import base64
import datetime as dt
import hashlib
import json

from click.testing import CliRunner
from rich.console import Console

from schemas.dead_letter import DeadLetter, RejectReason
from streams.cli.commands import main
from streams.clients.dlq import as_json, key_text, original, select, table
from streams.codec import dead_letter

NOW = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)


def letter(
    reason: RejectReason,
    key: bytes | None,
    value: bytes,
    offset: int = 0,
    headers: list[tuple[str, bytes]] | None = None,
) -> DeadLetter:
    return dead_letter(
        reason=reason,
        detail=f"{reason.value} at {offset}",
        stage="clean",
        topic="articles",
        partition=1,
        offset=offset,
        key=key,
        value=value,
        headers=headers or [],
        now=NOW,
        max_bytes=16 * 1024 * 1024,
    )


LETTERS = [
    letter(RejectReason.not_json, b"a1", b"{oops", 3),
    letter(RejectReason.unsupported_language, b"a2", b'{"language": "fr"}', 4),
    letter(RejectReason.unsupported_language, None, b'{"language": "de"}', 5),
    letter(RejectReason.not_utf8, b"\xff\xfe", b"\xff", 6),
]


def test_no_filter_selects_every_letter() -> None:
    assert select(LETTERS) == LETTERS


def test_reason_filter() -> None:
    chosen = select(LETTERS, reasons={RejectReason.unsupported_language})
    assert [found.offset for found in chosen] == [4, 5]


def test_reason_and_key_filters_both_apply() -> None:
    chosen = select(LETTERS, reasons={RejectReason.unsupported_language}, keys={"a2", "a1"})
    assert [found.offset for found in chosen] == [4]
    assert select(LETTERS, keys={"nobody"}) == []


def test_undecodable_keys_are_shown_escaped_and_selectable() -> None:
    assert key_text(LETTERS[3]) == "\\xff\\xfe"
    assert select(LETTERS, keys={"\\xff\\xfe"}) == [LETTERS[3]]
    assert key_text(LETTERS[2]) is None


def test_original_gives_back_key_bytes_and_headers() -> None:
    sent = letter(
        RejectReason.body_too_large, b"k", b"\x00raw\xff", headers=[("trace", b"\x01\x02")]
    )
    again = DeadLetter.model_validate_json(sent.model_dump_json())
    message = original(again)
    assert (message.key, message.value, message.headers) == (
        b"k",
        b"\x00raw\xff",
        [("trace", b"\x01\x02")],
    )


def test_json_rows_name_reason_detail_key_and_offset() -> None:
    rows = json.loads(as_json(LETTERS[:3]))
    assert [(r["reason"], r["key"], r["offset"]) for r in rows] == [
        ("not_json", "a1", 3),
        ("unsupported_language", "a2", 4),
        ("unsupported_language", None, 5),
    ]
    assert rows[0]["detail"] == "not_json at 3" and rows[0]["bytes"] == 5


def test_table_lists_every_letter() -> None:
    console = Console(width=200, record=True)
    console.print(table(LETTERS))
    text = console.export_text()
    assert "4 dead letter(s)" in text
    for found in LETTERS:
        assert found.reason.value in text
    assert "a2" in text


def test_republish_needs_a_selection() -> None:
    result = CliRunner().invoke(main, ["dlq", "--republish"])
    assert result.exit_code == 2
    assert "--reason or --key" in result.output


def test_a_letter_too_large_for_the_topic_keeps_the_start_size_and_hash() -> None:
    original = b"x" * 900_000
    small = dead_letter(
        reason=RejectReason.body_too_large,
        detail="big",
        stage="clean",
        topic="articles",
        partition=0,
        offset=1,
        key=b"k",
        value=original,
        headers=[],
        now=NOW,
        max_bytes=512 * 1024,
    )
    assert small.value_truncated
    assert small.value_size == len(original)
    assert small.value_sha256 == hashlib.sha256(original).hexdigest()
    assert len(small.model_dump_json()) <= 512 * 1024
    assert original.startswith(base64.b64decode(small.value_b64))
    assert base64.b64decode(small.key_b64 or "") == b"k"  # the key stays whole
    whole = letter(RejectReason.body_too_large, b"k", original)
    assert not whole.value_truncated
    assert base64.b64decode(whole.value_b64) == original
