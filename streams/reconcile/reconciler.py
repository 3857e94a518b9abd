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

The claims themselves are kept compact (`streams.reconcile.archive`), step by step, and
decoded again only for the steps a rewind replays; the ledger keeps their ids. Claims that
sort after everything replayed are folded from the models given, never decoded again.
"""

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from schemas.change import StateChange
from schemas.claim import Claim
from schemas.state import IncidentState
from streams.reconcile.archive import Archive
from streams.reconcile.changes import diff
from streams.reconcile.fold import Replay
from streams.reconcile.ledger import Ledger
from streams.reconcile.order import StepKey, order_key, step_key

SPACING = 64
PER_SPACING = 4


@dataclass(frozen=True)
class _Checkpoint:
    step: int
    last: StepKey
    replay: Replay


class Reconciler:
    def __init__(self, claims: Sequence[Claim] = ()) -> None:
        self.ledger = Ledger()
        self._archive = Archive()
        self._checkpoints: list[_Checkpoint] = []
        self._replay: Replay | None = None
        self._state: IncidentState | None = None
        # Rewinds, and the claims they replayed again: what late arrivals cost.
        self.refolds = 0
        self.replayed = 0
        self.apply(claims)

    @property
    def state(self) -> IncidentState | None:
        return self._state

    def apply(
        self, claims: Sequence[Claim], encoded: Sequence[bytes | None] = ()
    ) -> tuple[IncidentState | None, list[StateChange]]:
        """Adds claims; returns the new state and what changed (nothing for duplicates).
        `encoded`, when given, is each claim's JSON: kept instead of encoding the claim
        again."""
        merge = self.ledger.merge(claims)
        if not merge:
            return self._state, []
        fresh = sorted(merge.added, key=order_key)
        given = {id(claim): data for claim, data in zip(claims, encoded, strict=False)}
        if not merge.removed and (self._replay is None or self._replay.accepts(fresh)):
            self._archive.add(fresh, given, last=True)
            if self._replay is None:
                self._replay = Replay(fresh[0].incident_id, on_step=self._checkpoint)
            self._replay.extend(fresh)
        else:
            self.refolds += self._replay is not None
            self._revise(fresh, given, merge.removed)
        if self._replay is None:
            self._state = None
            return None, []
        before, after = self._state, self._replay.state()
        self._state = after
        return after, diff(before, after)

    def state_at(self, at: dt.datetime) -> IncidentState | None:
        """The state as it stood at `at` (equal to `fold_at` of the ledger's claims), replayed
        from the last checkpoint published by then instead of from the first claim."""
        end = self._archive.published_by(at)
        if end == 0:
            return None
        base = next((c for c in reversed(self._checkpoints) if c.last[0] <= at), None)
        return self._replayed(base, end).state()

    def claims(self, claim_ids: Iterable[str]) -> dict[str, Claim]:
        """The named claims of the set, by id; those not in it are left out."""
        found = (
            (claim_id, self._archive.find(claim_id, self.ledger.steps_of(claim_id)))
            for claim_id in claim_ids
        )
        return {claim_id: claim for claim_id, claim in found if claim is not None}

    def _revise(
        self,
        added: list[Claim],
        encoded: Mapping[int, bytes | None],
        removed: list[tuple[str, list[StepKey]]],
    ) -> None:
        """Puts the changed claims in order and replays from the last checkpoint before them."""
        left = [key for _, steps in removed for key in steps]
        first = min([*map(step_key, added), *left])
        self._archive.remove({claim_id for claim_id, _ in removed}, left)
        self._archive.add(added, encoded)
        # A checkpoint is good when every step it replayed comes before the first change.
        while self._checkpoints and self._checkpoints[-1].last >= first:
            self._checkpoints.pop()
        base = self._checkpoints[-1] if self._checkpoints else None
        if not len(self._archive):
            self._replay = None
            return
        self._replay = self._replayed(base, on_step=self._checkpoint)
        self.replayed += self._archive.claims - (base.replay.applied if base else 0)

    def _replayed(
        self,
        base: _Checkpoint | None,
        end: int | None = None,
        on_step: Callable[[Replay, StepKey], None] | None = None,
    ) -> Replay:
        """The replay from `base` (none: the first claim) to the end of step `end`; a
        checkpoint taken right at `end` needs no step more."""
        replay = None
        if base is not None:
            replay = base.replay.copy()
            replay.on_step = on_step
        for claims in self._archive.steps(base.replay.steps if base else 0, end):
            if replay is None:
                replay = Replay(claims[0].incident_id, on_step=on_step)
            replay.extend(claims)
        assert replay is not None
        return replay

    def _checkpoint(self, replay: Replay, last: StepKey) -> None:
        if replay.steps % SPACING:
            return
        self._checkpoints.append(_Checkpoint(replay.steps, last, replay.copy(frozen=True)))
        # The spacing only grows with the distance, so a checkpoint dropped is never missed.
        self._checkpoints = [
            c for c in self._checkpoints if c.step % _spacing(replay.steps - c.step) == 0
        ]


def _spacing(distance: int) -> int:
    """The spacing of the checkpoints kept `distance` steps back."""
    spacing = SPACING
    while distance >= spacing * PER_SPACING:
        spacing *= 2
    return spacing
