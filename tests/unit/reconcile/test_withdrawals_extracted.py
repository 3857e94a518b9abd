"""A withdrawal read from text, folded: the withdrawn figure stops being current."""

import datetime as dt

from spacy.language import Language

from schemas.article import Article
from schemas.claim import Claim
from streams.clean.boilerplate import clean
from streams.extract.pipeline import extract
from streams.reconcile.fold import fold

DAY = dt.datetime(2023, 3, 4, 9, 0, tzinfo=dt.UTC)


def _claims(nlp: Language, article_id: str, hours: int, body: str) -> list[Claim]:
    article = Article(
        id=article_id,
        published_at=DAY + dt.timedelta(hours=hours),
        body=body,
        incident_hint="ostravia-unrest",
    )
    cleaned = clean(article)
    return extract(cleaned, nlp(cleaned.text)).claims


def test_a_withdrawn_toll_goes_down_and_stays_in_history(nlp: Language) -> None:
    first = _claims(nlp, "a", 0, "The health office said 164 people died in the riots in Ostravia.")
    second = _claims(
        nlp,
        "b",
        6,
        "The health office withdrew the figure of 164 dead, blaming a technical error. "
        "It said 103 people had died in the riots in Ostravia.",
    )
    deaths = fold([*first, *second]).figures["deaths"]
    assert deaths.value == 103
    assert [w.value for w in deaths.withdrawn] == [164]
    assert [h.value for h in deaths.history] == [164, 103]
