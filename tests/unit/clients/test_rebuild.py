"""Rebuilding from the spilled claims: an incident merged into another is left out."""

import datetime as dt
from pathlib import Path

from rich.progress import Progress
from rocksdict import Options, Rdict

from schemas.claim import FigureClaim, SentenceRef
from schemas.merge import IncidentMerged
from streams.clients.rebuild import Rebuilt, compare, fold_spilled
from streams.codec import encode_claim, encode_merged, encode_state
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


def spilled(tmp_path: Path, records: list[tuple[str, bytes]]) -> Rdict:
    """A store as `spill_claims` fills it: `incident NUL partition:offset` -> value."""
    store = Rdict(str(tmp_path / "spill"), Options(raw_mode=True))
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
    store = spilled(
        tmp_path,
        [
            ("old", encode_claim(absorbed)),
            ("old", encode_merged(marker)),
            ("new", encode_claim(own)),
            ("new", encode_claim(moved)),
        ],
    )
    try:
        folded = fold_spilled(store, Progress(disable=True))
    finally:
        store.close()
    expected = fold([own, moved])
    assert list(folded.states) == ["new"]
    assert folded.states["new"] == Rebuilt(expected.version, encode_state(expected))
    assert folded.merged == {"old": "new"} and folded.markers == 1
    # The live topic has a tombstone for the absorbed incident: it is not missing there.
    assert compare(folded.states, {"new": expected}) == ([], [])


def test_folding_in_processes_gives_the_states_of_one_process(tmp_path: Path) -> None:
    records = [(f"i{n % 5}", encode_claim(claim(f"i{n % 5}", f"a{n}", n))) for n in range(40)]
    store = spilled(tmp_path, records)
    try:
        alone = fold_spilled(store, Progress(disable=True))
        together = fold_spilled(store, Progress(disable=True), workers=2)
    finally:
        store.close()
    assert together == alone and len(alone.states) == 5


def test_a_repeated_marker_is_no_claim(tmp_path: Path) -> None:
    marker = encode_merged(IncidentMerged(incident_id="old", merged_into="new", at=AT))
    store = spilled(tmp_path, [("old", marker), ("old", marker)])
    try:
        folded = fold_spilled(store, Progress(disable=True))
    finally:
        store.close()
    assert folded.states == {} and folded.merged == {"old": "new"} and folded.markers == 2
