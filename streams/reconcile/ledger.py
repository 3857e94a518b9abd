"""Which claims of one incident count: their ids, newest extractor version per article.

A claim is kept once, by claim_id, so re-delivered claims change nothing. Each article
counts with the claims of its newest extractor version only: a newer version replaces the
article's older claims, an older version arriving late is ignored. The result is the same
whatever order the claims arrive in.

Only ids and keys are kept, not the claims (a `Reconciler` keeps those compact, see
`streams.reconcile.archive`): a dict entry per claim, and per article its version, its claim
ids and the steps they are in. Nothing is kept for claims that were superseded or duplicated.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from schemas.claim import Claim
from streams.reconcile.order import StepKey, step_key

_NUMBERS = re.compile(r"\d+")

VersionKey = tuple[tuple[int, ...], str]


@lru_cache(maxsize=1024)
def version_key(version: str) -> VersionKey:
    """Orders extractor versions as numbers ("1.10" after "1.9"); the text breaks ties."""
    return tuple(int(part) for part in _NUMBERS.findall(version)), version


@dataclass(slots=True)
class _Article:
    """The claims of an article's newest version: their ids, and the steps they are in (one,
    unless its claims disagree on the publication time)."""

    version: VersionKey
    ids: list[str] = field(default_factory=list)
    steps: list[StepKey] = field(default_factory=list)


@dataclass
class Merge:
    """What adding claims did: claims newly in the set, and the ids of claims a newer version
    replaced, each with the steps of its article."""

    added: list[Claim] = field(default_factory=list)
    removed: list[tuple[str, list[StepKey]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed)


class Ledger:
    """The ids of the claims of one incident, newest extractor version per article."""

    def __init__(self, claims: Iterable[Claim] = ()) -> None:
        self._claims: dict[str, _Article] = {}
        self._articles: dict[str, _Article] = {}
        self.merge(claims)

    def merge(self, claims: Iterable[Claim]) -> Merge:
        result = Merge()
        for claim in claims:
            if claim.claim_id in self._claims:
                continue
            version = version_key(claim.extractor_version)
            current = self._articles.get(claim.article_id)
            if current is not None and version < current.version:
                continue
            if current is None or version > current.version:
                if current is not None:
                    for claim_id in sorted(current.ids):
                        del self._claims[claim_id]
                        result.removed.append((claim_id, current.steps))
                current = self._articles[claim.article_id] = _Article(version)
            key = step_key(claim)
            if key not in current.steps:
                current.steps.append(key)
            current.ids.append(claim.claim_id)
            self._claims[claim.claim_id] = current
            result.added.append(claim)
        # A claim added then replaced within one merge was never in the set for the caller.
        if result.removed:
            gone = {claim_id for claim_id, _ in result.removed}
            fresh = {claim.claim_id for claim in result.added}
            result.added = [c for c in result.added if c.claim_id not in gone]
            result.removed = [r for r in result.removed if r[0] not in fresh]
        return result

    def add(self, claims: Iterable[Claim]) -> bool:
        """Adds claims; False when nothing changed (all duplicates or superseded)."""
        return bool(self.merge(claims))

    def steps_of(self, claim_id: str) -> list[StepKey]:
        """The steps the claim's article is in; none when the claim is not in the set."""
        article = self._claims.get(claim_id)
        return [] if article is None else article.steps

    def __len__(self) -> int:
        return len(self._claims)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._claims


def current(claims: Iterable[Claim]) -> list[Claim]:
    """The claims that count, of those given: duplicates and superseded versions dropped."""
    return Ledger().merge(claims).added
