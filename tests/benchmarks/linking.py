"""What linking costs: per article beside extraction, and as the history grows.

`link_cost` times linking the evidence of the extracted corpus against the extraction time.
`lookup_growth` links a synthetic history (many countries, types and towns, `_PER_DAY`
articles a day, so 100,000 articles span over four years) and times the next day's articles
at each history size: the directory compares a new article only with articles of its
countries and weeks within reach, so the time per article should stay flat.
"""

import datetime as dt
import random
import time
from collections.abc import Sequence
from typing import Any

from schemas.evidence import IncidentEvidence
from streams.incidents.link import Directory, link

_COUNTRIES = tuple(f"Country {n}" for n in range(60))
_EVENTS = (("flood", "month"), ("bombing", "month"), ("fire", "month"), ("protests", "year"))
_START = dt.date(2020, 1, 1)
_PER_DAY = 60
_TIMED = 1_000


def link_cost(evidence: Sequence[IncidentEvidence], extraction_s: float) -> dict[str, Any]:
    started = time.perf_counter()
    incidents = link(evidence)
    seconds = time.perf_counter() - started
    return {
        "articles": len(evidence),
        "incidents": len(set(incidents.values())),
        "seconds": seconds,
        "per_article_ms": 1000 * seconds / max(len(evidence), 1),
        "share_of_extraction": seconds / extraction_s if extraction_s else None,
    }


def _synthetic(first: int, count: int, rng: random.Random) -> list[IncidentEvidence]:
    """Articles number `first` to `first + count` of the stream."""
    found = []
    for index in range(first, first + count):
        country = rng.choice(_COUNTRIES)
        event, grain = rng.choice(_EVENTS)
        published = _START + dt.timedelta(days=index // _PER_DAY)
        found.append(
            IncidentEvidence(
                article_id=f"a-{index:07d}",
                published=published,
                event=event,
                grain=grain,
                country=country,
                countries=[country],
                place=f"town {rng.randrange(40)}",
                places=[f"town {rng.randrange(40)}"],
                people=[f"person {rng.randrange(500)}"],
            )
        )
    return found


def lookup_growth(sizes: Sequence[int], seed: int) -> list[dict[str, Any]]:
    """Milliseconds per linked article after `size` articles of history, for each size."""
    rng = random.Random(seed)
    directory = Directory({})
    linked = 0
    rows = []
    for size in sorted(sizes):
        for evidence in _synthetic(linked, size - linked, rng):
            directory.add(evidence)
        linked = size
        timed = _synthetic(linked, _TIMED, rng)
        started = time.perf_counter()
        for evidence in timed:
            directory.add(evidence)
        seconds = time.perf_counter() - started
        linked += _TIMED
        rows.append({"history": size, "per_article_ms": 1000 * seconds / _TIMED})
    return rows
