"""The claims table as the reconcile agent uses it; a plain dict stands in for the Faust table."""

import json
import weakref

import pytest
from faust.streams import _current_event, current_event

from streams.codec import encode_claim
from streams.runtime import incident_store
from streams.runtime.incident_store import IncidentStore, decode_row, table_key
from tests.unit.reconcile.test_examples import DAY1, DAY2, INCIDENT, figure


def test_a_redelivered_claim_is_reported_and_not_written_twice() -> None:
    table: dict[bytes, bytes] = {}
    store = IncidentStore(table, {})
    claim = figure("a1", 0, DAY1, "deaths", 30)
    assert store.record(claim, encode_claim(claim)) is True
    store.write(INCIDENT)
    written = dict(table)
    assert store.record(claim, encode_claim(claim)) is False
    store.write(INCIDENT)
    assert table == written
    assert [decode_row(value) for value in table.values()] == [[claim]]
    # Known from the table alone, as after a restart.
    assert IncidentStore(table, {}).record(claim, encode_claim(claim)) is False


def test_the_claims_of_a_batch_are_one_row_cut_at_its_size_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims = [figure(f"a{n}", 0, DAY1, "deaths", 30 + n) for n in range(5)]
    monkeypatch.setattr(incident_store, "ROW_BYTES", 2 * len(encode_claim(claims[0])) + 10)
    table: dict[bytes, bytes] = {}
    store = IncidentStore(table, {})
    for claim in claims:
        store.record(claim, encode_claim(claim))
    store.write(INCIDENT)
    assert list(table) == [table_key(claims[0]), table_key(claims[2]), table_key(claims[4])]
    assert sorted(c.claim_id for c in store.claims_of(INCIDENT)) == [c.claim_id for c in claims]


def test_rows_of_one_claim_as_written_before_are_read() -> None:
    first, later = figure("a1", 0, DAY1, "deaths", 30), figure("a2", 0, DAY2, "deaths", 41)
    table = {table_key(claim): encode_claim(claim) for claim in (first, later)}
    store = IncidentStore(table, {})
    state = store.state_of(INCIDENT)
    assert state is not None and state.figures["deaths"].value == 41
    assert store.record(first, encode_claim(first)) is False
    assert store.claims_by_id(INCIDENT, [first.claim_id, "nothing"]) == {first.claim_id: first}


def test_the_cache_rebuilt_from_the_table_holds_every_recorded_claim() -> None:
    table: dict[bytes, bytes] = {}
    store = IncidentStore(table, {})
    first, later = figure("a1", 0, DAY1, "deaths", 30), figure("a2", 0, DAY2, "deaths", 41)
    for claim in (first, later):
        store.record(claim, encode_claim(claim))
        store.write(INCIDENT)
        store.apply(INCIDENT, [claim])
    live = store.state_of(INCIDENT)
    store.forget()
    assert store.state_of(INCIDENT) == live
    assert live is not None and live.figures["deaths"].value == 41


def test_the_cache_rebuilt_from_rows_recorded_out_of_order_is_the_live_one() -> None:
    # Rows are folded by their earliest claim: a late batch's row comes first.
    table: dict[bytes, bytes] = {}
    store = IncidentStore(table, {})
    day3 = DAY2 + (DAY2 - DAY1)
    batches = [
        [figure("a2", 0, DAY2, "deaths", 41), figure("a3", 0, day3, "deaths", 52)],
        [figure("a1", 0, DAY1, "deaths", 30), figure("a1", 1, DAY1, "injured", 12)],
        [figure("a4", 0, day3, "deaths", 50), figure("a2", 1, DAY2, "injured", 20)],
    ]
    for batch in batches:
        for claim in batch:
            store.record(claim, encode_claim(claim))
        store.write(INCIDENT)
        store.apply(INCIDENT, batch)
    live = store.state_of(INCIDENT)
    store.forget()
    assert len(table) == 3
    assert store.state_of(INCIDENT) == live
    assert live is not None and live.figures["deaths"].value == 52
    assert live.figures["injured"].value == 20


def test_a_retired_incident_leaves_the_table_and_points_to_its_survivor() -> None:
    table: dict[bytes, bytes] = {}
    merged: dict[bytes, bytes] = {}
    store = IncidentStore(table, merged)
    claim = figure("a1", 0, DAY1, "deaths", 30)
    store.record(claim, encode_claim(claim))
    store.write(INCIDENT)
    store.apply(INCIDENT, [claim])
    staged = figure("a2", 0, DAY2, "deaths", 41)
    store.record(staged, encode_claim(staged))
    last = store.retire(INCIDENT, "survivor")
    store.write(INCIDENT)
    assert last is not None and last.figures["deaths"].value == 30
    assert table == {}
    assert store.state_of(INCIDENT) is None
    assert store.merged_into(INCIDENT) == "survivor"
    store.forget()
    assert store.state_of(INCIDENT) is None


def test_a_cache_dropped_mid_batch_does_not_swallow_the_batchs_claims() -> None:
    # A rebalance can drop the cache between `record` and `apply` (the agent awaits sends
    # in between); the claims recorded must still come out of `apply` as a change.
    table: dict[bytes, bytes] = {}
    store = IncidentStore(table, {})
    first, later = figure("a1", 0, DAY1, "deaths", 30), figure("a2", 0, DAY2, "deaths", 41)
    store.record(first, encode_claim(first))
    store.write(INCIDENT)
    store.apply(INCIDENT, [first])
    store.record(later, encode_claim(later))
    store.forget()
    store.write(INCIDENT)
    before = store.state_of(INCIDENT)
    assert store.record(later, encode_claim(later)) is False
    state, changes = store.apply(INCIDENT, [later])
    assert before is not None and before.figures["deaths"].value == 30
    assert state is not None and state.figures["deaths"].value == 41
    assert changes


def test_a_row_keeps_each_claim_as_it_came() -> None:
    table: dict[bytes, bytes] = {}
    store = IncidentStore(table, {})
    claim = figure("a1", 0, DAY1, "deaths", 30)
    as_sent = json.dumps(json.loads(encode_claim(claim)), indent=1).encode()
    store.record(claim, as_sent)
    store.write(INCIDENT)
    assert table == {table_key(claim): b"[" + as_sent + b"]"}
    assert decode_row(table[table_key(claim)]) == [claim]


class _Message:
    partition = 0


class _Event:
    message = _Message()


class _PartitionedTable(dict[bytes, bytes]):
    """As Faust's RocksDB table does, a lookup with an event current sees only that event's
    partition (here: incidents named "p0-..." are on partition 0)."""

    def __getitem__(self, key: bytes) -> bytes:
        event = current_event()
        if event is not None and not key.startswith(f"p{event.message.partition}-".encode()):
            raise KeyError(key)
        return super().__getitem__(key)


def test_the_cache_is_loaded_from_every_partition_whatever_event_is_current() -> None:
    table = _PartitionedTable()
    writer = IncidentStore(table, {})
    claims = {
        incident: figure("a1", 0, DAY1, "deaths", 30).model_copy(update={"incident_id": incident})
        for incident in ("p0-flood", "p1-fire")
    }
    for incident, claim in claims.items():
        writer.record(claim, encode_claim(claim))
        writer.write(incident)
    event = _Event()
    token = _current_event.set(weakref.ref(event))  # type: ignore[arg-type]
    try:
        store = IncidentStore(table, {})
        assert store.state_of("p1-fire") is not None
        assert store.state_of("p0-flood") is not None
    finally:
        _current_event.reset(token)


def test_the_cache_keeps_the_latest_incidents_and_folds_an_older_one_again_from_the_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(incident_store, "CACHED_CLAIMS", 3)
    table: dict[bytes, bytes] = {}
    store = IncidentStore(table, {})
    live = {}
    for incident in ("inc-a", "inc-b", "inc-c"):
        claims = [
            figure(f"{incident}-1", 0, DAY1, "deaths", 30).model_copy(
                update={"incident_id": incident}
            ),
            figure(f"{incident}-2", 0, DAY2, "deaths", 41).model_copy(
                update={"incident_id": incident}
            ),
        ]
        for claim in claims:
            store.record(claim, encode_claim(claim))
        store.write(incident)
        live[incident] = store.apply(incident, claims)[0]
        assert store.held_claims() == 2  # the incidents before it left the cache
    assert store.incident_count() == 3
    # An incident folded again from its rows is the one folded live, and knows its claims.
    assert store.state_of("inc-a") == live["inc-a"]
    again = figure("inc-a-1", 0, DAY1, "deaths", 30).model_copy(update={"incident_id": "inc-a"})
    assert store.record(again, encode_claim(again)) is False
    assert store.state_of("inc-b") == live["inc-b"]
    assert store.state_of("unknown") is None
