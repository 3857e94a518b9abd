"""The state of an incident as a pure function of the set of its claims.

The claims are replayed in a canonical order (see `streams.reconcile.order`), each article
one step; `version` counts the steps that changed what a reader sees, and a metric's
`history` lists the steps that changed it. Because the order comes from the claims
themselves, arrival order and duplicates cannot change the result, and an older article
arriving late is replayed before the newer ones it cannot overwrite.
"""

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from schemas.claim import FALLING_METRICS, ActionClaim, Claim, FigureClaim, Metric
from schemas.state import ArticlesSeen, IncidentState, Source
from schemas.version import SCHEMA_VERSION
from streams.incidents.label import describe
from streams.reconcile.bounds import ARTICLE_IDS, bounded
from streams.reconcile.figures import MetricFold
from streams.reconcile.ledger import current
from streams.reconcile.models import built
from streams.reconcile.order import OrderKey, StepKey, order_key, step_key
from streams.reconcile.people import PeopleFold


def source_of(claim: Claim) -> Source:
    attribution = claim.by if isinstance(claim, ActionClaim) else claim.attribution
    return built(
        Source,
        claim_id=claim.claim_id,
        article_id=claim.article_id,
        attribution=attribution,
        sentence=claim.sentence.text,
    )


class _Articles:
    """The ids of the articles replayed, each once, in replay order (the latest last). A
    frozen copy shares the list, which is only ever appended to, and keeps its length: a
    copy of every id for each checkpoint took some 60 MB at a million claims."""

    __slots__ = ("_count", "_ids", "_known")

    def __init__(self, ids: list[str], frozen: bool = False) -> None:
        self._ids = ids
        self._count = len(ids)
        # Which ids are in, for the live replay only: a frozen copy is never added to.
        self._known = None if frozen else set(ids)

    def add(self, article_id: str) -> None:
        assert self._known is not None, "a frozen copy is never changed"
        if article_id not in self._known:
            self._known.add(article_id)
            self._ids.append(article_id)
            self._count += 1

    def __len__(self) -> int:
        return self._count

    def latest(self, count: int) -> list[str]:
        return self._ids[max(self._count - count, 0) : self._count]

    def copy(self, frozen: bool) -> "_Articles":
        if frozen and len(self._ids) == self._count:
            return _Articles(self._ids, frozen=True)
        return _Articles(self._ids[: self._count], frozen)


@dataclass
class _Step:
    """The last step, kept open: more claims of its article may still join it."""

    key: StepKey
    last: OrderKey
    figures_before: dict[Metric, tuple[object, ...]]
    history_before: dict[Metric, int]
    version_before: int
    people_before: tuple[object, ...] | None = None
    because: dict[Metric, list[str]] = field(default_factory=dict)


class Replay:
    """The canonical replay, kept open so claims sorting after it can be appended."""

    def __init__(
        self, incident_id: str, on_step: Callable[["Replay", StepKey], None] | None = None
    ) -> None:
        self.incident_id = incident_id
        self.metrics: dict[Metric, MetricFold] = {}
        self.people = PeopleFold()
        self.articles = _Articles([])
        self.first_seen: dt.datetime | None = None
        self.last_updated: dt.datetime | None = None
        self.steps = 0
        self.applied = 0
        self.version = 0
        self._open: _Step | None = None
        # Called between steps with the key of the step just closed: a checkpoint may be taken.
        self.on_step = on_step

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> "Replay":
        ordered = sorted(claims, key=order_key)
        if not ordered:
            raise ValueError("an incident state needs at least one claim")
        replay = cls(ordered[0].incident_id)
        replay.extend(ordered)
        return replay

    def accepts(self, claims: list[Claim]) -> bool:
        """True when every claim sorts after the last one replayed, so they can be appended."""
        return self._open is None or min(map(order_key, claims)) > self._open.last

    def extend(self, ordered: list[Claim]) -> None:
        """Appends claims already in canonical order, all after the last one replayed."""
        for claim in ordered:
            if self._open is None or step_key(claim) != self._open.key:
                self._begin(claim)
            self._apply(claim)
        if ordered:
            # In canonical order, the batch's last claim is the last one replayed.
            assert self._open is not None
            self._open.last = order_key(ordered[-1])
        self._settle()

    def _begin(self, claim: Claim) -> None:
        if self._open is not None:
            self._settle()
            self.steps += 1
            if self.on_step is not None:
                self.on_step(self, self._open.key)
        self._open = _Step(
            key=step_key(claim),
            last=order_key(claim),
            figures_before={metric: fold.signature() for metric, fold in self.metrics.items()},
            history_before={metric: len(fold.history) for metric, fold in self.metrics.items()},
            version_before=self.version,
        )
        self.articles.add(claim.article_id)
        if self.first_seen is None:
            self.first_seen = claim.published_at
        self.last_updated = claim.published_at

    def _apply(self, claim: Claim) -> None:
        step = self._open
        assert step is not None
        self.applied += 1
        source = source_of(claim)
        if isinstance(claim, ActionClaim):
            if step.people_before is None:
                step.people_before = self.people.signature()
            self.people.apply(claim, source)
            return
        fold = self.metrics.get(claim.metric)
        if isinstance(claim, FigureClaim):
            if fold is None:
                falls = claim.metric in FALLING_METRICS
                fold = self.metrics[claim.metric] = MetricFold(falls=falls)
            changed = fold.apply(claim, source, self.steps)
        else:
            # A withdrawal of a figure never given changes nothing.
            changed = fold is not None and fold.withdraw(claim)
        if changed:
            step.because.setdefault(claim.metric, []).append(claim.claim_id)

    def _settle(self) -> None:
        """Counts the open step's changes; redone from its start when claims joined it."""
        step = self._open
        assert step is not None
        changed = step.people_before is not None and self.people.signature() != step.people_before
        for metric, fold in self.metrics.items():
            fold.truncate(step.history_before.get(metric, 0))
            if fold.signature() != step.figures_before.get(metric):
                fold.record(step.key[0], step.because.get(metric, []))
                changed = True
        self.version = step.version_before + changed

    def copy(self, frozen: bool = False) -> "Replay":
        """An independent copy taken between steps, to replay later steps from. A frozen copy,
        for a checkpoint, is never changed but only copied again, and shares the people's
        records and the article ids this replay only appends to (see `PeopleFold.copy`); a
        figure's copy costs nothing that grows with the incident (see `MetricFold.copy`)."""
        twin = Replay(self.incident_id)
        twin.metrics = {metric: fold.copy() for metric, fold in self.metrics.items()}
        twin.people = self.people.copy(frozen)
        twin.articles = self.articles.copy(frozen)
        twin.first_seen, twin.last_updated = self.first_seen, self.last_updated
        twin.steps, twin.applied, twin.version = self.steps, self.applied, self.version
        return twin

    def state(self) -> IncidentState:
        assert self.first_seen is not None and self.last_updated is not None
        label = describe(self.incident_id)
        return bounded(
            built(
                IncidentState,
                incident_id=self.incident_id,
                label=label.label,
                country=label.country,
                first_seen=self.first_seen,
                last_updated=self.last_updated,
                # Only the ids a message keeps: copying them all grows with the incident.
                articles=built(
                    ArticlesSeen, count=len(self.articles), ids=self.articles.latest(ARTICLE_IDS)
                ),
                version=self.version,
                figures={metric: self.metrics[metric].state() for metric in sorted(self.metrics)},
                people=self.people.people(),
                omitted={},
                schema_version=SCHEMA_VERSION,
            )
        )


def fold(claims: Iterable[Claim]) -> IncidentState:
    """The reconciled state of the set of claims (duplicates and superseded versions dropped)."""
    return Replay.of(current(claims)).state()


def fold_at(claims: Iterable[Claim], at: dt.datetime) -> IncidentState | None:
    """The state as it stood at `at`: from the claims published at or before it."""
    kept = [claim for claim in current(claims) if claim.published_at <= at]
    return fold(kept) if kept else None
