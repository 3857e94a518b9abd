"""The materialised claims table, and the reconcilers cached over it.

The Faust table holds the claims of each incident, co-partitioned with `claims` by incident
(what Kafka Streams calls a KTable of claims). A row holds the claims of one incident that
one reconcile batch recorded, as a JSON array of at most `ROW_BYTES`, keyed
`incident/claim_id` by its first claim; rows written before hold one claim object, and both
are read. Faust sends every table write to the changelog on its own, through its producer
buffer: one write per claim took about 40% of the worker's CPU per claim, one per incident
and batch almost none. Each claim is still in the changelog once.

Each incident's reconciler keeps the fold in memory while the incident is among the most
recently updated (together at most `CACHED_CLAIMS` claims, however many incidents the worker
owns); any other is folded again from its rows of the table when a claim or a request comes
for it, as after a restart or a rebalance, since the table is what survives them. A
redelivered claim is known by its reconciler's ledger, or among the claims recorded and not
yet folded, without a table lookup (a set of every id beside the ledger cost about 60 MB at a
million claims).
"""

import datetime as dt
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from faust.streams import _current_event

from schemas.change import StateChange
from schemas.claim import Claim
from schemas.state import IncidentState
from streams.codec import decode_claim, decode_claims, json_arrays
from streams.reconcile.order import OrderKey, order_key
from streams.reconcile.reconciler import Reconciler

# Well below the 1 MB a topic takes by default, which the changelog topics keep.
ROW_BYTES = 256 * 1024
# The claims the cached reconcilers hold together (a reconciler takes about 370 bytes of
# memory a claim): past it, the incidents updated longest ago leave the cache. The incident
# being folded always stays, whatever its size.
CACHED_CLAIMS = 500_000


def table_key(claim: Claim) -> bytes:
    return f"{claim.incident_id}/{claim.claim_id}".encode()


def decode_row(value: bytes) -> list[Claim]:
    return decode_claims(value) if value[:1] == b"[" else [decode_claim(value)]


def encode_rows(claims: Iterable[tuple[Claim, bytes]]) -> Iterator[tuple[bytes, bytes]]:
    """(key, value) rows of claims of one incident, given with their JSON, each value a JSON
    array of ROW_BYTES at most (a larger claim alone)."""
    for first, array in json_arrays(claims, ROW_BYTES):
        yield table_key(first), array


@contextmanager
def _in_every_partition() -> Iterator[None]:
    """Looks keys up in the stores of all the worker's partitions: with an event current (the
    claim that made the cache load), Faust's RocksDB store looks only in that event's."""
    token = _current_event.set(None)
    try:
        yield
    finally:
        _current_event.reset(token)


class IncidentStore:
    def __init__(self, table: Any, merged: Any) -> None:
        self.table = table
        self.merged = merged  # absorbed incident -> the incident it merged into
        # The reconcilers held, the least recently updated first, and their claims.
        self._reconcilers: OrderedDict[str, Reconciler] = OrderedDict()
        self._held: dict[str, int] = {}
        self._total = 0  # their sum
        # The keys of each incident's rows in the table, read from its keys once: an incident
        # folded again reads its own rows, not the whole table.
        self._rows: dict[str, set[bytes]] | None = None
        # Claims recorded and not yet written, with their JSON: one row per incident at `write`.
        self._staged: dict[str, list[tuple[Claim, bytes]]] = defaultdict(list)
        # Claims recorded and not yet applied. A rebalance may drop the cache while an agent
        # awaits a send in the middle of a batch; the cache rebuilt then must not already
        # hold them, or `apply` would see no change and no state would be sent.
        self._unapplied: set[bytes] = set()

    def merged_into(self, incident_id: str) -> str | None:
        survivor = self.merged.get(incident_id.encode())
        return None if survivor is None else bytes(survivor).decode()

    def retire(self, incident_id: str, survivor: str) -> IncidentState | None:
        """Forget a merged incident's claims and remember where it went; its last state.
        Call it with the merge marker's event current."""
        before = self.state_of(incident_id)
        for key in list(self._row_keys(incident_id)):
            self.table.pop(key, None)
        prefix = f"{incident_id}/".encode()
        self._unapplied = {key for key in self._unapplied if not key.startswith(prefix)}
        self._staged.pop(incident_id, None)
        self._drop(incident_id)
        self._row_index().pop(incident_id, None)
        self.merged[incident_id.encode()] = survivor.encode()
        return before

    def record(self, claim: Claim, encoded: bytes) -> bool:
        """Stage a claim and its JSON (not encoded again here) for the table; False
        when it was recorded already (a redelivery). `write` puts the staged claims of its
        incident in the table. A redelivered claim that a newer version of its article
        replaced is staged again, and folds to nothing."""
        # The cache must be built from the table as it was before this claim, or `apply`
        # would find the claim already folded in and report no change.
        reconciler = self._reconciler(claim.incident_id)
        key = table_key(claim)
        if key in self._unapplied or (
            reconciler is not None and claim.claim_id in reconciler.ledger
        ):
            return False
        self._staged[claim.incident_id].append((claim, encoded))
        self._unapplied.add(key)
        return True

    def write(self, incident_id: str) -> None:
        """Write the incident's staged claims to the table. Call it with an event of the
        incident current: the changelog goes to that event's partition."""
        for key, value in encode_rows(self._staged.pop(incident_id, [])):
            self.table[key] = value
            self._row_index().setdefault(incident_id, set()).add(key)

    def apply(
        self, incident_id: str, claims: Sequence[Claim], encoded: Sequence[bytes | None] = ()
    ) -> tuple[IncidentState | None, list[StateChange]]:
        """Folds the claims in; `encoded`, when given, is each one's JSON."""
        reconciler = self._reconciler(incident_id)
        if reconciler is None:
            reconciler = self._reconcilers[incident_id] = Reconciler()
        self._unapplied.difference_update(table_key(claim) for claim in claims)
        applied = reconciler.apply(claims, encoded)
        self._hold(incident_id, reconciler)
        return applied

    def claims_of(self, incident_id: str) -> list[Claim]:
        """The incident's claims in the table, read from its own rows (no scan of the table)."""
        with _in_every_partition():
            values = [self.table.get(key) for key in self._row_keys(incident_id)]
        return [claim for value in values if value is not None for claim in decode_row(value)]

    def claims_by_id(self, incident_id: str, claim_ids: Iterable[str]) -> dict[str, Claim]:
        """The named claims of an incident, from its reconciler (no scan of the table)."""
        reconciler = self._reconciler(incident_id)
        if reconciler is None:
            return {}
        return reconciler.claims(claim_ids)

    def state_of(self, incident_id: str) -> IncidentState | None:
        reconciler = self._reconciler(incident_id)
        return None if reconciler is None else reconciler.state

    def state_at(self, incident_id: str, at: dt.datetime) -> IncidentState | None:
        """The incident as it stood at `at`, from its reconciler's checkpoints."""
        reconciler = self._reconciler(incident_id)
        return None if reconciler is None else reconciler.state_at(at)

    def incident_count(self) -> int:
        return len(self._row_index())

    def held_claims(self) -> int:
        """The claims the cached reconcilers hold."""
        return self._total

    def forget(self) -> None:
        """Drop the cache: the partitions this worker owns are changing."""
        self._reconcilers.clear()
        self._held.clear()
        self._total = 0
        self._rows = None

    def _row_keys(self, incident_id: str) -> list[bytes]:
        return sorted(self._row_index().get(incident_id, ()))

    def _row_index(self) -> dict[str, set[bytes]]:
        if self._rows is None:
            rows: dict[str, set[bytes]] = defaultdict(set)
            for key in self.table:
                key = bytes(key)
                rows[key.split(b"/", 1)[0].decode()].add(key)
            self._rows = dict(rows)
        return self._rows

    def _reconciler(self, incident_id: str) -> Reconciler | None:
        """The incident's reconciler, folded again from the table when not cached; None when
        the table has no claim of it."""
        reconciler = self._reconcilers.get(incident_id)
        if reconciler is not None:
            self._reconcilers.move_to_end(incident_id)
            return reconciler
        if incident_id not in self._row_index():
            return None
        reconciler = self._folded(incident_id)
        if reconciler is not None:
            self._reconcilers[incident_id] = reconciler
            self._hold(incident_id, reconciler)
        return reconciler

    def _folded(self, incident_id: str) -> Reconciler | None:
        """The incident's claims in the table, less those recorded and not yet applied, folded.
        Each row by its earliest claim: one batch's claims, so the fold appends row after row
        and rarely rewinds. A row is decoded once to order it and once to fold it, so that
        only one is decoded at a time, never the whole incident (about 2 GB of claims for
        one of a million)."""
        rows: list[tuple[OrderKey, bytes]] = []
        with _in_every_partition():
            for key in self._row_keys(incident_id):
                value = self.table.get(key)
                claims = decode_row(value) if value is not None else []
                if claims:
                    rows.append((min(order_key(claim) for claim in claims), key))
            rows.sort()
            reconciler = None
            for _, key in rows:
                claims = [
                    c for c in decode_row(self.table[key]) if table_key(c) not in self._unapplied
                ]
                if claims:
                    reconciler = reconciler or Reconciler()
                    reconciler.apply(claims)
        return reconciler

    def _hold(self, incident_id: str, reconciler: Reconciler) -> None:
        """Counts the incident's claims in the cache, then drops the reconcilers updated
        longest ago (never this one) while the cache holds too many."""
        held = len(reconciler.ledger)
        self._total += held - self._held.get(incident_id, 0)
        self._held[incident_id] = held
        while self._total > CACHED_CLAIMS:
            # The incident just used is the newest: only it is left when it is the oldest.
            oldest = next(iter(self._reconcilers))
            if oldest == incident_id:
                return
            self._drop(oldest)

    def _drop(self, incident_id: str) -> None:
        self._reconcilers.pop(incident_id, None)
        self._total -= self._held.pop(incident_id, 0)
