"""The incremental path: a ledger plus its open replay, for the worker's hot loop.

Claims that sort after everything already replayed (the usual case: news arrives in order)
are appended in time proportional to their number. A claim from an earlier article, or a
newer extractor version replacing an article's claims, rewinds the replay to the last
checkpoint before that article's step and replays the claims from there. Either way the
state equals `fold()` of the ledger's claims.

Checkpoints are copies of the replay between steps, taken every `SPACING` steps and thinned
out going back: among the checkpoints `d` steps back, only those on a multiple of the
smallest power-of-two spacing with d < spacing * `PER_SPACING` are kept. Late articles
usually land near the end, so a rewind replays about as many steps as the article is late
(at most about twice that), and the copies kept grow with the logarithm of the steps.

A reconciler keeps its incident's claims for as long as the worker owns the incident, so
they are made smaller: a validated model keeps the set of the fields it was given, about 2 KB
of a 3 KB claim decoded from Kafka. Claims and their sentences are frozen, so that set never
changes, and the claims given the same fields share one.
"""

import datetime as dt
from bisect import bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass

from schemas.change import StateChange
from schemas.claim import Claim
from schemas.state import IncidentState
from streams.reconcile.changes import diff
from streams.reconcile.fold import Replay, StepKey, order_key, step_key
from streams.reconcile.ledger import Ledger

SPACING = 64
PER_SPACING = 4
_FIELD_SETS: dict[frozenset[str], set[str]] = {}
_SHAPES = 256  # the shapes are few; past this many, new ones are left alone


@dataclass(frozen=True)
class _Checkpoint:
    step: int
    last: StepKey
    replay: Replay


class Reconciler:
    def __init__(self, ledger: Ledger | None = None) -> None:
        self.ledger = ledger if ledger is not None else Ledger()
        self._ordered: list[Claim] = sorted(self.ledger.claims(), key=order_key)
        _share_fields(self._ordered)
        self._checkpoints: list[_Checkpoint] = []
        self._replay: Replay | None = None
        self._state: IncidentState | None = None
        # Rewinds, and the claims they replayed again: what late arrivals cost.
        self.refolds = 0
        self.replayed = 0
        if self._ordered:
            self._replay = self._replay_from(None)
            self._state = self._replay.state()

    @property
    def state(self) -> IncidentState | None:
        return self._state

    def apply(self, claims: Iterable[Claim]) -> tuple[IncidentState | None, list[StateChange]]:
        """Adds claims; returns the new state and what changed (nothing for duplicates)."""
        merge = self.ledger.merge(claims)
        if not merge:
            return self._state, []
        fresh = sorted(merge.added, key=order_key)
        _share_fields(fresh)
        if self._replay is not None and not merge.removed and self._replay.accepts(fresh):
            self._ordered.extend(fresh)
            self._replay.extend(fresh)
        else:
            self.refolds += self._replay is not None
            self._revise(fresh, merge.removed)
        if self._replay is None:
            self._state = None
            return None, []
        before, after = self._state, self._replay.state()
        self._state = after
        return after, diff(before, after)

    def state_at(self, at: dt.datetime) -> IncidentState | None:
        """The state as it stood at `at` (equal to `fold_at` of the ledger's claims), replayed
        from the last checkpoint published by then instead of from the first claim."""
        end = bisect_right(self._ordered, at, key=lambda claim: claim.published_at)
        if end == 0:
            return None
        base = next((c for c in reversed(self._checkpoints) if c.last[0] <= at), None)
        replay = base.replay.copy() if base else Replay(self._ordered[0].incident_id)
        rest = self._ordered[replay.applied : end]
        if rest:  # a checkpoint taken right at the moment needs nothing more
            replay.extend(rest)
        return replay.state()

    def _revise(self, added: list[Claim], removed: list[Claim]) -> None:
        """Puts the changed claims in order and replays from the last checkpoint before them."""
        first = min(map(step_key, [*added, *removed]))
        if removed:
            gone = {claim.claim_id for claim in removed}
            self._ordered = [claim for claim in self._ordered if claim.claim_id not in gone]
        for claim in added:
            insort(self._ordered, claim, key=order_key)
        # A checkpoint is good when every step it replayed comes before the first change.
        while self._checkpoints and self._checkpoints[-1].last >= first:
            self._checkpoints.pop()
        base = self._checkpoints[-1] if self._checkpoints else None
        self._replay = self._replay_from(base) if self._ordered else None
        self.replayed += len(self._ordered) - (base.replay.applied if base else 0)

    def _replay_from(self, base: _Checkpoint | None) -> Replay:
        if base is None:
            replay = Replay(self._ordered[0].incident_id, on_step=self._checkpoint)
        else:
            replay = base.replay.copy()
            replay.on_step = self._checkpoint
        replay.extend(self._ordered[replay.applied :])
        return replay

    def _checkpoint(self, replay: Replay, last: StepKey) -> None:
        if replay.steps % SPACING:
            return
        self._checkpoints.append(_Checkpoint(replay.steps, last, replay.copy(frozen=True)))
        # The spacing only grows with the distance, so a checkpoint dropped is never missed.
        self._checkpoints = [
            c for c in self._checkpoints if c.step % _spacing(replay.steps - c.step) == 0
        ]


def _share_fields(claims: Iterable[Claim]) -> None:
    for model in (part for claim in claims for part in (claim, claim.sentence)):
        given = model.model_fields_set
        shared = _FIELD_SETS.get(frozenset(given))
        if shared is None:
            if len(_FIELD_SETS) >= _SHAPES:
                continue
            shared = _FIELD_SETS[frozenset(given)] = set(given)
        object.__setattr__(model, "__pydantic_fields_set__", shared)


def _spacing(distance: int) -> int:
    """The spacing of the checkpoints kept `distance` steps back."""
    spacing = SPACING
    while distance >= spacing * PER_SPACING:
        spacing *= 2
    return spacing
