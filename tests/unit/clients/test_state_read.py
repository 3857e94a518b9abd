"""The latest state per incident, kept raw and parsed on read; merges followed to the survivor."""

import datetime as dt
import json

from schemas.change import StateChange
from schemas.state import ArticlesSeen, IncidentState
from streams.clients.state_read import (
    MERGED_INTO_HEADER,
    VERSION_HEADER,
    LatestStates,
    follow_merges,
    merges_of,
)
from streams.codec import encode_change

AT = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def state(version: int, label: str = "x") -> bytes:
    return (
        IncidentState(
            incident_id="i1",
            label=label,
            first_seen=AT,
            last_updated=AT,
            articles=ArticlesSeen(count=1, ids=["a"]),
            version=version,
        )
        .model_dump_json()
        .encode()
    )


def test_an_older_version_never_replaces_a_newer_one() -> None:
    latest = LatestStates()
    latest.apply(b"i1", state(3, "new"))
    latest.apply(b"i1", state(2, "old"))
    found = latest.get("i1")
    assert found is not None and (found.version, found.label) == (3, "new")


def test_the_header_gives_the_version_without_parsing() -> None:
    latest = LatestStates()
    latest.apply(b"i1", state(5, "first"), [(VERSION_HEADER, b"5")])
    latest.apply(b"i1", b"not json at all", [(VERSION_HEADER, b"4")])
    assert latest.get("i1") is not None and latest.get("i1").label == "first"  # type: ignore[union-attr]


def test_same_version_later_wins_and_tombstones_delete() -> None:
    latest = LatestStates()
    latest.apply(b"i1", state(1, "a"))
    latest.apply(b"i1", state(1, "b"))
    assert latest.all()["i1"].label == "b"
    latest.apply(b"i1", None)
    assert latest.get("i1") is None and len(latest) == 0


def change(incident: str, merged_into: str | None = None) -> bytes:
    return encode_change(
        StateChange(incident_id=incident, version=1, because=[], at=AT, merged_into=merged_into)
    )


def test_merges_come_from_the_changes_that_name_a_survivor() -> None:
    records = [
        (b"a", change("a")),
        (b"a", change("a", "b")),
        (b"b", change("b")),
        (None, change("c", "d")),
        (b"e", None),
    ]
    assert merges_of(records) == {"a": "b"}


def spaced(value: bytes) -> bytes:
    return json.dumps(json.loads(value), indent=1).encode()


def test_changes_written_with_other_spacing_are_parsed_not_skipped() -> None:
    assert merges_of([(b"a", spaced(change("a", "b"))), (b"c", spaced(change("c")))]) == {"a": "b"}


def unread() -> dict[str, str]:
    raise AssertionError("the merges were read for a live incident")


def test_a_live_incident_is_itself_without_reading_the_merges() -> None:
    assert follow_merges("a", {"a"}, unread) == ["a"]


def test_merges_are_followed_hop_by_hop_to_the_live_survivor() -> None:
    merges = {"a": "b", "b": "c", "x": "y"}
    assert follow_merges("a", {"c", "y"}, lambda: merges) == ["a", "b", "c"]
    assert follow_merges("b", {"c"}, lambda: merges) == ["b", "c"]


def test_unknown_incidents_cycles_and_dead_ends_stay_unresolved() -> None:
    merges = {"a": "b", "b": "a", "d": "e"}
    assert follow_merges("a", {"z"}, lambda: merges) == ["a"]
    assert follow_merges("d", {"z"}, lambda: merges) == ["d"]
    assert follow_merges("unknown", {"z"}, lambda: merges) == ["unknown"]


def test_a_merged_incidents_tombstone_says_where_it_went() -> None:
    states = LatestStates()
    states.apply(b"a", None, [(MERGED_INTO_HEADER, b"b")])
    states.apply(b"b", None, [(MERGED_INTO_HEADER, b"c")])
    states.apply(b"x", None)
    assert states.merged_into("a") == "c"
    assert states.merged_into("b") == "c"
    assert states.merged_into("x") is None
    assert states.get("a") is None
