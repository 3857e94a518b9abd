"""The incremental path: a ledger plus its open replay, for the worker's hot loop.

Claims that sort after everything already replayed (the usual case: news arrives in order)
are appended in time proportional to their number. A claim from an earlier article, or a
newer extractor version replacing an article's claims, makes the replay start over from the
ledger. Either way the state equals `fold()` of the ledger's claims.
"""

from collections.abc import Iterable

from schemas.change import StateChange
from schemas.state import IncidentState
from streams.reconcile.changes import diff
from streams.reconcile.fold import Replay, order_key
from streams.reconcile.ledger import AnyClaim, Ledger


class Reconciler:
    def __init__(self, ledger: Ledger | None = None) -> None:
        self.ledger = ledger if ledger is not None else Ledger()
        self._replay: Replay | None = None
        self._state: IncidentState | None = None
        if len(self.ledger):
            self._replay = Replay.of(self.ledger.claims())
            self._state = self._replay.state()
        self.refolds = 0

    @property
    def state(self) -> IncidentState | None:
        return self._state

    def apply(self, claims: Iterable[AnyClaim]) -> tuple[IncidentState | None, list[StateChange]]:
        """Adds claims; returns the new state and what changed (nothing for duplicates)."""
        merge = self.ledger.merge(claims)
        if not merge:
            return self._state, []
        fresh = sorted(merge.added, key=order_key)
        if self._replay is not None and not merge.removed and self._replay.accepts(fresh):
            self._replay.extend(fresh)
        else:
            self.refolds += self._replay is not None
            self._replay = Replay.of(self.ledger.claims())
        before, after = self._state, self._replay.state()
        self._state = after
        return after, diff(before, after)
