"""Which claims of one incident count: their ids, newest extractor version per article.

A claim is kept once, by claim_id, so re-delivered claims change nothing. Each article
counts with the claims of its newest extractor version only: a newer version replaces the
article's older claims, an older version arriving late is ignored. The result is the same
whatever order the claims arrive in.

Only ids and keys are kept, not the claims (a `Reconciler` keeps those compact, see
`streams.reconcile.archive`): a dict entry per claim, naming its article, and per article its
version, its claim ids and the publication times of its steps. Nothing is kept for claims
that were superseded or duplicated.
"""

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from schemas.claim import Claim
from streams.reconcile.order import StepKey

_NUMBERS = re.compile(r"\d+")

VersionKey = tuple[tuple[int, ...], str]


@lru_cache(maxsize=1024)
def version_key(version: str) -> VersionKey:
    """Orders extractor versions as numbers ("1.10" after "1.9"); the text breaks ties."""
    return tuple(int(part) for part in _NUMBERS.findall(version)), version


@dataclass(slots=True)
class _Article:
    """The claims of an article's newest version: their ids, and the publication times of the
    steps they are in (one, unless its claims disagree on it). Tuples, joined once per merge:
    a list's header and spare room, and a step key per article, took more memory than the
    ids themselves."""

    version: VersionKey
    ids: tuple[str, ...] = ()
    published: tuple[dt.datetime, ...] = ()

    def join(self, claims: Sequence[Claim]) -> None:
        self.ids = (*self.ids, *(claim.claim_id for claim in claims))
        published = list(self.published)
        for claim in claims:
            if claim.published_at not in published:
                published.append(claim.published_at)
        self.published = tuple(published)

    def steps(self, article_id: str) -> list[StepKey]:
        return [(published, article_id) for published in self.published]


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
        self._claims: dict[str, str] = {}  # claim id -> article id
        self._articles: dict[str, _Article] = {}
        self.merge(claims)

    def merge(self, claims: Iterable[Claim]) -> Merge:
        result = Merge()
        # The claims joining each article in this merge, joined to it at once.
        joining: defaultdict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            if claim.claim_id in self._claims:
                continue
            version = version_key(claim.extractor_version)
            current = self._articles.get(claim.article_id)
            if current is not None and version < current.version:
                continue
            if current is None or version > current.version:
                if current is not None:
                    current.join(joining.pop(claim.article_id, []))
                    steps = current.steps(claim.article_id)
                    for claim_id in sorted(current.ids):
                        del self._claims[claim_id]
                        result.removed.append((claim_id, steps))
                self._articles[claim.article_id] = _Article(version)
            joining[claim.article_id].append(claim)
            self._claims[claim.claim_id] = claim.article_id
            result.added.append(claim)
        for article_id, joined in joining.items():
            self._articles[article_id].join(joined)
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
        article_id = self._claims.get(claim_id)
        return [] if article_id is None else self._articles[article_id].steps(article_id)

    def __len__(self) -> int:
        return len(self._claims)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._claims


def current(claims: Iterable[Claim]) -> list[Claim]:
    """The claims that count, of those given: duplicates and superseded versions dropped."""
    return Ledger().merge(claims).added
