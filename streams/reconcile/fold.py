"""The state of an incident as a pure function of the set of its claims.

The claims are replayed in a canonical order: by publication time, then article id, then,
inside an article, precise figures before vague ones and corrections last, then claim id.
Each article is one step; `version` counts the steps that changed what a reader sees, and a
metric's `history` lists the steps that changed it. Because the order comes from the claims
themselves, arrival order and duplicates cannot change the result, and an older article
arriving late is replayed before the newer ones it cannot overwrite.
"""

import datetime as dt
from bisect import insort
from collections.abc import Iterable

from schemas.claim import FigureClaim, Metric
from schemas.state import ArticlesSeen, IncidentState, Source
from streams.incidents.label import describe
from streams.reconcile.figures import MetricFold
from streams.reconcile.ledger import AnyClaim, Ledger
from streams.reconcile.people import PeopleFold

StepKey = tuple[dt.datetime, str]


def step_key(claim: AnyClaim) -> StepKey:
    return claim.published_at, claim.article_id


def order_key(claim: AnyClaim) -> tuple[dt.datetime, str, bool, bool, str]:
    if isinstance(claim, FigureClaim):
        return (
            claim.published_at,
            claim.article_id,
            claim.qualifier == "vague",
            claim.corrects,
            claim.claim_id,
        )
    return claim.published_at, claim.article_id, False, False, claim.claim_id


def source_of(claim: AnyClaim) -> Source:
    attribution = claim.attribution if isinstance(claim, FigureClaim) else claim.by
    return Source.model_construct(
        claim_id=claim.claim_id,
        article_id=claim.article_id,
        attribution=attribution,
        sentence=claim.sentence.text,
    )


class Replay:
    """The canonical replay, kept open so claims sorting after it can be appended."""

    def __init__(self, incident_id: str) -> None:
        self.incident_id = incident_id
        self.metrics: dict[Metric, MetricFold] = {}
        self.people = PeopleFold()
        self.articles: list[str] = []
        self._seen: set[str] = set()
        self.first_seen: dt.datetime | None = None
        self.last_updated: dt.datetime | None = None
        self.last_step: StepKey | None = None
        self.steps = 0
        self.version = 0

    @classmethod
    def of(cls, claims: Iterable[AnyClaim]) -> "Replay":
        ordered = sorted(claims, key=order_key)
        if not ordered:
            raise ValueError("an incident state needs at least one claim")
        replay = cls(ordered[0].incident_id)
        replay.extend(ordered)
        return replay

    def accepts(self, claims: list[AnyClaim]) -> bool:
        """True when every claim sorts after the last step, so they can be appended."""
        return self.last_step is None or min(map(step_key, claims)) > self.last_step

    def extend(self, ordered: list[AnyClaim]) -> None:
        """Appends claims already in canonical order, all after the last step."""
        start = 0
        for end in range(1, len(ordered) + 1):
            if end == len(ordered) or step_key(ordered[end]) != step_key(ordered[start]):
                self._step(ordered[start:end])
                start = end

    def _step(self, claims: list[AnyClaim]) -> None:
        first = claims[0]
        before_figures = {metric: fold.signature() for metric, fold in self.metrics.items()}
        people_before: tuple[object, ...] | None = None
        because: dict[Metric, list[str]] = {}
        for claim in claims:
            source = source_of(claim)
            if isinstance(claim, FigureClaim):
                fold = self.metrics.get(claim.metric)
                if fold is None:
                    fold = self.metrics[claim.metric] = MetricFold()
                if fold.apply(claim, source, self.steps):
                    because.setdefault(claim.metric, []).append(claim.claim_id)
            else:
                if people_before is None:
                    people_before = self.people.signature()
                self.people.apply(claim, source)
        changed = people_before is not None and self.people.signature() != people_before
        for metric, fold in self.metrics.items():
            if fold.signature() != before_figures.get(metric):
                fold.record(first.published_at, because.get(metric, []))
                changed = True
        self.version += changed
        self.steps += 1
        if first.article_id not in self._seen:
            self._seen.add(first.article_id)
            insort(self.articles, first.article_id)
        if self.first_seen is None:
            self.first_seen = first.published_at
        self.last_updated = first.published_at
        self.last_step = step_key(first)

    def state(self) -> IncidentState:
        assert self.first_seen is not None and self.last_updated is not None
        label = describe(self.incident_id)
        return IncidentState.model_construct(
            incident_id=self.incident_id,
            label=label.label,
            country=label.country,
            first_seen=self.first_seen,
            last_updated=self.last_updated,
            articles=ArticlesSeen.model_construct(
                count=len(self.articles), ids=list(self.articles)
            ),
            version=self.version,
            figures={metric: self.metrics[metric].state() for metric in sorted(self.metrics)},
            people=self.people.people(),
        )


def fold(claims: Iterable[AnyClaim]) -> IncidentState:
    """The reconciled state of the set of claims (duplicates and superseded versions dropped)."""
    return Replay.of(Ledger(claims).claims()).state()


def fold_at(claims: Iterable[AnyClaim], at: dt.datetime) -> IncidentState | None:
    """The state as it stood at `at`: from the claims published at or before it."""
    kept = [claim for claim in Ledger(claims).claims() if claim.published_at <= at]
    return fold(kept) if kept else None
