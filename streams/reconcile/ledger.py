"""The set of claims of one incident: what the worker's table stores per incident.

A claim is kept once, by claim_id, so re-delivered claims change nothing. Each article
counts with the claims of its newest extractor version only: a newer version replaces the
article's older claims, an older version arriving late is ignored. The result is the same
whatever order the claims arrive in.

Memory grows linearly with the claims of the incident: one frozen claim model each (about
2 KB with its sentence text, measured by tests/benchmarks/bench_fold.py; about 1 KB in a
`Reconciler`, see there) plus one dict entry per claim and per article. Nothing is kept for
claims that were superseded or duplicated.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from schemas.claim import Claim

_NUMBERS = re.compile(r"\d+")


@lru_cache(maxsize=1024)
def version_key(version: str) -> tuple[tuple[int, ...], str]:
    """Orders extractor versions as numbers ("1.10" after "1.9"); the text breaks ties."""
    return tuple(int(part) for part in _NUMBERS.findall(version)), version


@dataclass
class Merge:
    """What adding claims did: claims newly in the set, and claims a newer version replaced."""

    added: list[Claim] = field(default_factory=list)
    removed: list[Claim] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed)


class Ledger:
    """The claims of one incident, newest extractor version per article."""

    def __init__(self, claims: Iterable[Claim] = ()) -> None:
        self._claims: dict[str, Claim] = {}
        self._articles: dict[str, tuple[tuple[tuple[int, ...], str], set[str]]] = {}
        self.merge(claims)

    def merge(self, claims: Iterable[Claim]) -> Merge:
        result = Merge()
        for claim in claims:
            if claim.claim_id in self._claims:
                continue
            version = version_key(claim.extractor_version)
            current = self._articles.get(claim.article_id)
            if current is not None and version < current[0]:
                continue
            if current is None or version > current[0]:
                if current is not None:
                    result.removed.extend(self._claims.pop(cid) for cid in sorted(current[1]))
                current = (version, set())
                self._articles[claim.article_id] = current
            current[1].add(claim.claim_id)
            self._claims[claim.claim_id] = claim
            result.added.append(claim)
        # A claim added then replaced within one merge was never in the set for the caller.
        if result.removed:
            gone = {claim.claim_id for claim in result.removed}
            fresh = {claim.claim_id for claim in result.added}
            result.added = [c for c in result.added if c.claim_id not in gone]
            result.removed = [c for c in result.removed if c.claim_id not in fresh]
        return result

    def add(self, claims: Iterable[Claim]) -> bool:
        """Adds claims; False when nothing changed (all duplicates or superseded)."""
        return bool(self.merge(claims))

    def claims(self) -> list[Claim]:
        return list(self._claims.values())

    def get(self, claim_id: str) -> Claim | None:
        return self._claims.get(claim_id)

    def __len__(self) -> int:
        return len(self._claims)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._claims
