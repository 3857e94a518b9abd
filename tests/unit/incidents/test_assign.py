import datetime as dt
import random

import pytest
from spacy.language import Language

from schemas.article import Article
from streams.clean.boilerplate import clean
from streams.incidents.assign import assign_incident
from streams.replay import replay


def article(
    body: str, published: dt.date = dt.date(2022, 1, 8), hint: str | None = None, key: str = "x"
) -> Article:
    when = dt.datetime(published.year, published.month, published.day, tzinfo=dt.UTC)
    return Article(id=key, published_at=when, body=body, incident_hint=hint)


def assign(nlp: Language, body: str, published: dt.date = dt.date(2022, 1, 8)) -> str:
    cleaned = clean(article(body, published))
    return assign_incident(cleaned, nlp(cleaned.text))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A powerful earthquake killed 300 people in eastern Turkey.", "turkey-earthquake-2022-01"),
        ("A car bombing killed 12 people at a market in Kabul.", "afghanistan-bombing-2022-01"),
        (
            "Artillery shelling killed five civilians in Kharkiv as the offensive went on.",
            "ukraine-conflict-2022",
        ),
        ("Dozens of protesters have died in Almaty.", "kazakhstan-protests-2022"),
        ("Nothing of note happened.", "unknown-incident-2022-01"),
    ],
)
def test_type_country_and_anchor(nlp: Language, body: str, expected: str) -> None:
    assert assign(nlp, body) == expected


def test_the_hint_decides(nlp: Language) -> None:
    cleaned = clean(article("Protesters were killed in Almaty.", hint="Story 42"))
    assert assign_incident(cleaned, nlp(cleaned.text)) == "story-story-42"


def test_a_protest_wave_crosses_month_boundaries(nlp: Language) -> None:
    first = "Police shot dead 12 protesters in Lusaka on Tuesday as the protests spread."
    later = "Zambia's president sacked his cabinet after weeks of protests that killed 31."
    assert assign(nlp, first, dt.date(2024, 6, 26)) == assign(nlp, later, dt.date(2024, 7, 11))


def test_a_follow_up_weeks_later_that_dates_the_event_joins_it(nlp: Language) -> None:
    first = "A suicide bomber killed 19 people at Sukkur railway station on Saturday."
    later = (
        "Trains to Sukkur were suspended again. Earlier in November, 19 people were killed "
        "in a bombing at the railway station."
    )
    assert assign(nlp, first, dt.date(2024, 11, 9)) == assign(nlp, later, dt.date(2024, 12, 24))


def test_two_events_of_different_types_in_one_country_and_month_stay_apart(
    nlp: Language,
) -> None:
    bombing = "A suicide bomber killed 19 people at a railway station in Sukkur on Saturday."
    ambush = "Gunmen ambushed a convoy in Peshawar on Thursday, killing 40 passengers."
    assert assign(nlp, bombing, dt.date(2024, 11, 9)) != assign(nlp, ambush, dt.date(2024, 11, 22))


def test_incidents_depend_on_the_set_of_articles_alone(nlp: Language) -> None:
    bodies = [
        ("a", "A powerful earthquake killed 300 people in eastern Turkey on Monday.", 6),
        ("b", "The death toll from Monday's earthquake in Turkey rose to 410.", 8),
        ("c", "Police killed 4 protesters in Almaty on Friday as the protests grew.", 7),
        ("d", "Kazakh police said 9 protesters had died in the protests.", 20),
    ]
    articles = [article(b, dt.date(2023, 1, day), key=k) for k, b, day in bodies]
    ordered = replay(articles, nlp)
    shuffled = articles + articles[:2]
    random.Random(7).shuffle(shuffled)
    again = replay(shuffled, nlp)
    assert (
        sorted(ordered)
        == sorted(again)
        == [
            "kazakhstan-protests-2023",
            "turkey-earthquake-2023-01",
        ]
    )
    assert {i: s.articles.ids for i, s in ordered.items()} == {
        i: s.articles.ids for i, s in again.items()
    }
