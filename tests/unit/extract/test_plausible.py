"""A count above the population it is about never becomes a claim."""

import datetime as dt

from spacy.language import Language

from schemas.article import Article
from schemas.claim import FigureClaim
from streams.clean.boilerplate import clean
from streams.extract.numbers import CEILING
from streams.extract.pipeline import extract
from streams.extract.plausible import plausible, population_ceiling

DAY = dt.datetime(2024, 2, 1, 9, 0, tzinfo=dt.UTC)


def _figures(nlp: Language, body: str) -> dict[str, int]:
    cleaned = clean(Article(id="p", published_at=DAY, body=body))
    claims = extract(cleaned, nlp(cleaned.text)).claims
    return {c.metric: c.value for c in claims if isinstance(c, FigureClaim) and c.value}


def test_a_count_above_the_countrys_population_is_dropped(nlp: Language) -> None:
    found = _figures(
        nlp,
        "LILONGWE - Floods in Malawi killed 9 people and injured 3,500,000,000 others, "
        "the disaster agency said.",
    )
    assert found == {"deaths": 9}


def test_ceilings_come_from_the_country_else_the_world() -> None:
    assert 15_000_000 < population_ceiling("Malawi") < 60_000_000
    assert population_ceiling("Atlantis") == CEILING
    assert population_ceiling(None) == CEILING
    assert plausible(120, "Malawi") and not plausible(-1, "Malawi")
    assert not plausible(CEILING + 1, None)
