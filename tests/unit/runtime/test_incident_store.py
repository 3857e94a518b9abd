"""The claims table as the reconcile agent uses it; a plain dict stands in for the Faust table."""

from streams.runtime.incident_store import IncidentStore, table_key
from tests.unit.reconcile.test_examples import DAY1, DAY2, INCIDENT, figure


def test_a_redelivered_claim_is_reported_and_not_written_twice() -> None:
    table: dict[bytes, bytes] = {}
    store = IncidentStore(table, {})
    claim = figure("a1", 0, DAY1, "deaths", 30)
    assert store.record(claim) is True
    written = table[table_key(claim)]
    assert store.record(claim) is False
    assert table == {table_key(claim): written}


def test_the_cache_rebuilt_from_the_table_holds_every_recorded_claim() -> None:
    table: dict[bytes, bytes] = {}
    store = IncidentStore(table, {})
    first, later = figure("a1", 0, DAY1, "deaths", 30), figure("a2", 0, DAY2, "deaths", 41)
    for claim in (first, later):
        store.record(claim)
        store.apply(INCIDENT, [claim])
    live = store.state_of(INCIDENT)
    store.forget()
    assert store.state_of(INCIDENT) == live
    assert live is not None and live.figures["deaths"].value == 41


def test_a_retired_incident_leaves_the_table_and_points_to_its_survivor() -> None:
    table: dict[bytes, bytes] = {}
    merged: dict[bytes, bytes] = {}
    store = IncidentStore(table, merged)
    claim = figure("a1", 0, DAY1, "deaths", 30)
    store.record(claim)
    store.apply(INCIDENT, [claim])
    last = store.retire(INCIDENT, "survivor")
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
    store.record(first)
    store.apply(INCIDENT, [first])
    store.record(later)
    store.forget()
    before = store.state_of(INCIDENT)
    state, changes = store.apply(INCIDENT, [later])
    assert before is not None and before.figures["deaths"].value == 30
    assert state is not None and state.figures["deaths"].value == 41
    assert changes
