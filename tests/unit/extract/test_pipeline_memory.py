"""Parsing many articles leaves the pipeline's vocabulary as it was: a worker parses news for
months, and every new word (names, numbers, places) would otherwise stay in memory."""

import datetime as dt

from spacy.language import Language

from schemas.article import Article
from schemas.claim import FigureClaim
from streams.clean.boilerplate import clean
from streams.extract import pipeline


def test_new_words_are_not_kept_and_the_claims_still_read(nlp: Language) -> None:
    published = dt.datetime(2025, 5, 4, tzinfo=dt.UTC)
    articles = [
        clean(
            Article(
                id=f"vocab-{n}",
                published_at=published,
                body=f"Officials in Qorvantelu{n} said 12 people died and {n}3,418 fled.",
            )
        )
        for n in range(3)
    ]
    before = len(nlp.vocab.strings)
    extracted = pipeline.extract_many(articles, nlp)
    assert len(nlp.vocab.strings) == before
    # What the claims keep is their own: readable once the parses are gone.
    deaths = [
        claim
        for one in extracted
        for claim in one.claims
        if isinstance(claim, FigureClaim) and claim.metric == "deaths"
    ]
    assert [(c.value, c.sentence.text.split()[2]) for c in deaths] == [
        (12, f"Qorvantelu{n}") for n in range(3)
    ]
