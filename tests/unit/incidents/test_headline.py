"""The headline an article without a title has in its address, and what evidence reads in it."""

import datetime as dt

import pytest
from spacy.language import Language

from schemas.article import Article
from streams.clean.boilerplate import clean
from streams.incidents.evidence import incident_evidence
from streams.incidents.headline import address_headline, headline

WHEN = dt.datetime(2025, 3, 2, 9, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://news.example/world/2025/03/02/floods-kill-14-in-southern-peru",
            "Floods Kill in Southern Peru",
        ),
        # Small words stay in lower case, so that they join no names.
        (
            "https://news.example/asia/landslide-buries-village-in-the-hills.html",
            "Landslide Buries Village in the Hills",
        ),
        ("https://news.example/what-the-floods-mean-for-us-all", "What the Floods Mean for us All"),
        # An id, a section and a number-laden slug spell no headline.
        ("https://news.example/bangladesh/q8jihmpqig", None),
        ("https://news.example/world/asia/", None),
        # The language of an edition, closing the address, is no word of the headline.
        (
            "https://news.example/afrika/2025/05/12/ausgangssperre-nach-unruhen-in-tarvo-english",
            "Ausgangssperre Nach Unruhen in Tarvo",
        ),
        ("https://news.example/news/article-3657456", None),
        ("https://news.example/story?id=5", None),
    ],
)
def test_the_headline_an_address_spells(url: str, expected: str | None) -> None:
    assert address_headline(url) == expected


def test_a_title_is_the_headline_whatever_the_address() -> None:
    article = Article(
        id="a",
        published_at=WHEN,
        body="Text.",
        title="Storm Hits Coast",
        url="https://news.example/floods-kill-14-in-southern-peru",
    )
    assert headline(article) == "Storm Hits Coast"


def evidence(nlp: Language, body: str, url: str | None) -> tuple[str, str | None]:
    cleaned = clean(Article(id="a", published_at=WHEN, body=body, url=url))
    found = incident_evidence(cleaned, nlp(cleaned.text))
    return found.event, found.country


def test_an_untitled_article_reads_its_event_in_its_address(nlp: Language) -> None:
    body = "Fourteen people died when the river burst its banks on Saturday, officials said."
    url = "https://news.example/2025/03/02/floods-kill-14-in-southern-peru"
    assert evidence(nlp, body, url) == ("flood", "Peru")
    assert evidence(nlp, body, None)[1] is None


def test_a_town_in_an_address_counts_only_when_the_body_names_it(nlp: Language) -> None:
    body = "Fourteen people died when the river burst its banks on Saturday, officials said."
    # Camana is a Peruvian town: named only in the address, it places nothing.
    url = "https://news.example/2025/03/02/camana-river-floods-kill-fourteen"
    assert evidence(nlp, body, url)[1] is None
