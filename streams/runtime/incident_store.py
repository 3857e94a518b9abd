"""The materialised claims table, and the reconcilers cached over it.

The Faust table holds one row per claim, keyed `incident/claim_id`, so its changelog carries
each claim once, in the partition of its incident (what Kafka Streams calls a KTable of
claims). Each incident's reconciler keeps the fold in memory; it is rebuilt from the table
after a restart or a rebalance, since the table is what survives them.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from schemas.change import StateChange
from schemas.claim import Claim
from schemas.state import IncidentState
from streams.codec import decode_claim, encode_claim
from streams.reconcile.ledger import Ledger
from streams.reconcile.reconciler import Reconciler


def table_key(claim: Claim) -> bytes:
    return f"{claim.incident_id}/{claim.claim_id}".encode()


class IncidentStore:
    def __init__(self, table: Any, merged: Any) -> None:
        self.table = table
        self.merged = merged  # absorbed incident -> the incident it merged into
        self._reconcilers: dict[str, Reconciler] | None = None
        # Claims written to the table and not yet applied. A rebalance may drop the cache
        # while an agent awaits a send in the middle of a batch; the cache rebuilt then must
        # not already hold them, or `apply` would see no change and no state would be sent.
        self._unapplied: set[bytes] = set()

    def merged_into(self, incident_id: str) -> str | None:
        survivor = self.merged.get(incident_id.encode())
        return None if survivor is None else bytes(survivor).decode()

    def retire(self, incident_id: str, survivor: str) -> IncidentState | None:
        """Forget a merged incident's claims and remember where it went; its last state.
        Call it with the merge marker's event current."""
        before = self.state_of(incident_id)
        for claim in self.claims_of(incident_id):
            self.table.pop(table_key(claim), None)
            self._unapplied.discard(table_key(claim))
        self._loaded().pop(incident_id, None)
        self.merged[incident_id.encode()] = survivor.encode()
        return before

    def record(self, claim: Claim) -> bool:
        """Write a claim to the table; False when it was there already (a redelivery).
        Call it with the claim's own event current."""
        # The cache must be built from the table as it was before this claim, or `apply`
        # would find the claim already folded in and report no change.
        self._loaded()
        key = table_key(claim)
        if self.table.get(key) is not None:
            return False
        self.table[key] = encode_claim(claim)
        self._unapplied.add(key)
        return True

    def apply(
        self, incident_id: str, claims: Sequence[Claim]
    ) -> tuple[IncidentState | None, list[StateChange]]:
        reconcilers = self._loaded()
        reconciler = reconcilers.get(incident_id)
        if reconciler is None:
            reconciler = reconcilers[incident_id] = Reconciler()
        self._unapplied.difference_update(table_key(claim) for claim in claims)
        return reconciler.apply(claims)

    def claims_of(self, incident_id: str) -> list[Claim]:
        prefix = f"{incident_id}/".encode()
        return [
            decode_claim(value)
            for key, value in self.table.items()
            if key.startswith(prefix) and value is not None
        ]

    def claims_by_id(self, incident_id: str, claim_ids: Iterable[str]) -> dict[str, Claim]:
        """The named claims of an incident, one key lookup each (no scan of the table)."""
        found: dict[str, Claim] = {}
        for claim_id in claim_ids:
            value = self.table.get(f"{incident_id}/{claim_id}".encode())
            if value is not None:
                found[claim_id] = decode_claim(value)
        return found

    def state_of(self, incident_id: str) -> IncidentState | None:
        reconciler = self._loaded().get(incident_id)
        return None if reconciler is None else reconciler.state

    def state_at(self, incident_id: str, at: dt.datetime) -> IncidentState | None:
        """The incident as it stood at `at`, from its reconciler's checkpoints."""
        reconciler = self._loaded().get(incident_id)
        return None if reconciler is None else reconciler.state_at(at)

    def incident_count(self) -> int:
        return len(self._loaded())

    def forget(self) -> None:
        """Drop the cache: the partitions this worker owns are changing."""
        self._reconcilers = None

    def _loaded(self) -> dict[str, Reconciler]:
        if self._reconcilers is None:
            by_incident: dict[str, list[Claim]] = defaultdict(list)
            for key, value in self.table.items():
                if value is not None and key not in self._unapplied:
                    claim = decode_claim(value)
                    by_incident[claim.incident_id].append(claim)
            self._reconcilers = {
                incident_id: Reconciler(Ledger(claims))
                for incident_id, claims in by_incident.items()
            }
        return self._reconcilers
