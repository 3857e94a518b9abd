"""The latest state per incident, kept raw and parsed on read."""

import datetime as dt

from schemas.state import ArticlesSeen, IncidentState
from streams.clients.state_read import VERSION_HEADER, LatestStates

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
