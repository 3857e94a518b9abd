"""Rebuilding from the spilled claims: an incident merged into another is left out."""

import datetime as dt
from pathlib import Path

from rich.progress import Progress
from rocksdict import Options, Rdict

from schemas.claim import FigureClaim, SentenceRef
from schemas.merge import IncidentMerged
from streams.clients.rebuild import (
    Folded,
    LiveDigests,
    Rebuilt,
    compare,
    digest,
    fold_spilled,
    stored_states,
)
from streams.codec import encode_claim, encode_claims, encode_merged, encode_state
from streams.reconcile.fold import fold

AT = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def claim(incident: str, article: str, value: int) -> FigureClaim:
    return FigureClaim(
        claim_id=f"{article}-{value}",
        incident_id=incident,
        article_id=article,
        published_at=AT,
        extractor_version="test",
        sentence=SentenceRef(text="x", start=0, end=1),
        metric="deaths",
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        as_written=str(value),
    )


def folded_states(
    tmp_path: Path, records: list[tuple[str, bytes]], workers: int = 1
) -> tuple[Folded, dict[str, Rebuilt]]:
    """What `fold_spilled` reports, and the states it wrote."""
    store = spilled(tmp_path / "claims", records)
    states = Rdict(str(tmp_path / f"states-{workers}"))
    try:
        folded = fold_spilled(store, states, Progress(disable=True), workers=workers)
        return folded, dict(stored_states(states))
    finally:
        store.close()
        states.close()


def spilled(tmp_path: Path, records: list[tuple[str, bytes]]) -> Rdict:
    """A store as `spill_claims` fills it: `incident NUL partition:offset` -> value."""
    store = Rdict(str(tmp_path), Options(raw_mode=True))
    for offset, (incident, value) in enumerate(records):
        store[b"%s\x00%d:%d" % (incident.encode(), 0, offset)] = value
    return store


def test_a_merged_incident_is_left_out_and_its_claims_count_under_the_survivor(
    tmp_path: Path,
) -> None:
    absorbed = claim("old", "a1", 10)
    moved = absorbed.model_copy(update={"incident_id": "new"})
    own = claim("new", "a2", 12)
    marker = IncidentMerged(incident_id="old", merged_into="new", at=AT)
    folded, states = folded_states(
        tmp_path,
        [
            ("old", encode_claim(absorbed)),
            ("old", encode_merged(marker)),
            ("new", encode_claim(own)),
            ("new", encode_claim(moved)),
        ],
    )
    expected = fold([own, moved])
    assert states == {"new": Rebuilt(expected.version, encode_state(expected))}
    assert folded == Folded(1, {"old": "new"}, 3)
    # The live topic has a tombstone for the absorbed incident: it is not missing there.
    assert compare(states.items(), {"new": digest(encode_state(expected))}) == ([], [])


def test_an_articles_claims_in_one_message_fold_as_when_sent_one_by_one(tmp_path: Path) -> None:
    claims = [claim("i", f"a{n // 3}", 10 + n) for n in range(9)]
    (tmp_path / "one").mkdir()
    (tmp_path / "batched").mkdir()
    one_by_one = folded_states(tmp_path / "one", [("i", encode_claim(c)) for c in claims])
    batched = [("i", encode_claims(claims[n : n + 3])) for n in range(0, 9, 3)]
    assert folded_states(tmp_path / "batched", batched) == one_by_one
    assert one_by_one[0].claims == 9


def test_folding_in_processes_gives_the_states_of_one_process(tmp_path: Path) -> None:
    records = [(f"i{n % 5}", encode_claim(claim(f"i{n % 5}", f"a{n}", n))) for n in range(40)]
    alone = folded_states(tmp_path, records)
    together = folded_states(tmp_path, records, workers=2)
    assert together == alone and len(alone[1]) == 5


def test_the_comparison_names_states_that_differ_and_states_the_live_topic_lacks() -> None:
    one, two = fold([claim("a", "a1", 3)]), fold([claim("b", "b1", 4)])
    rebuilt = [
        ("a", Rebuilt(one.version, encode_state(one))),
        ("b", Rebuilt(two.version, encode_state(two))),
        ("c", Rebuilt(two.version, encode_state(two))),
    ]
    live = {"a": digest(encode_state(one)), "b": digest(encode_state(one))}
    assert compare(rebuilt, live) == (["b"], ["c"])


def test_live_digests_keep_the_newest_state_and_forget_a_deleted_incident() -> None:
    old, new = fold([claim("a", "a1", 3)]), fold([claim("a", "a1", 3), claim("a", "a2", 5)])
    live = LiveDigests()
    live.apply(b"a", encode_state(new))
    live.apply(b"a", encode_state(old))  # an older version, seen late: ignored
    live.apply(b"b", encode_state(old))
    live.apply(b"b", None)
    assert new.version > old.version
    assert live.digests() == {"a": digest(encode_state(new))}
