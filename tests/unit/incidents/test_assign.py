import datetime as dt

import pytest
from spacy.language import Language

from schemas.article import Article
from streams.clean.boilerplate import clean
from streams.incidents.assign import assign_incident
from streams.incidents.gazetteer import country_of


def assign(nlp: Language, body: str, hint: str | None = None, month: int = 1) -> str:
    published = dt.datetime(2022, month, 8, tzinfo=dt.UTC)
    cleaned = clean(Article(id="x", published_at=published, body=body, incident_hint=hint))
    return assign_incident(cleaned, nlp(cleaned.text))


def test_the_country_where_people_die_wins(nlp: Language) -> None:
    body = (
        "Russia criticised the United States on Friday. Moscow said Washington was wrong. "
        "Russian officials spoke again. Dozens of protesters have died in Almaty, in Kazakh unrest."
    )
    assert assign(nlp, body) == "kazakhstan-unrest-2022-01"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A powerful earthquake killed 300 people in eastern Turkey.", "turkey-disaster-2022-01"),
        ("A car bombing killed 12 people at a market in Kabul.", "afghanistan-conflict-2022-01"),
        (
            "Artillery shelling killed five civilians in Kharkiv as the offensive went on.",
            "ukraine-conflict-2022-01",
        ),
        ("Nothing of note happened.", "unknown-incident-2022-01"),
    ],
)
def test_kinds_and_countries(nlp: Language, body: str, expected: str) -> None:
    assert assign(nlp, body) == expected


def test_different_months_are_different_incidents(nlp: Language) -> None:
    body = "Protesters were killed in Almaty."
    assert assign(nlp, body, month=1) != assign(nlp, body, month=3)


def test_hint_overrides(nlp: Language) -> None:
    assert assign(nlp, "Protesters were killed in Almaty.", hint="Story 42") == "story-story-42"


def test_gazetteer_reads_demonyms_cities_and_accents() -> None:
    assert country_of("Kazakh") == "Kazakhstan"
    assert country_of("Almatí") == "Kazakhstan"
    assert country_of("Kyrgyz") == "Kyrgyzstan"
    assert country_of("Pluto") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Second cities and first-level regions name their country when the country is not
        # written out, as in local and wire follow-ups.
        (
            "A stampede at a football match in Tamale killed nine fans on Saturday.",
            "ghana-disaster-2022-01",
        ),
        (
            "Militiamen attacked two villages in North Kivu, killing 14 civilians.",
            "democratic-republic-of-the-congo-conflict-2022-01",
        ),
        ("Floods in Sylhet have killed 22 people since Monday.", "bangladesh-disaster-2022-01"),
        (
            "Police in Mombasa arrested 40 protesters after the rally.",
            "kenya-unrest-2022-01",
        ),
    ],
)
def test_regions_and_second_cities(nlp: Language, body: str, expected: str) -> None:
    assert assign(nlp, body) == expected


def test_the_gazetteer_knows_regions() -> None:
    assert country_of("Ndola") == "Zambia"
    assert country_of("Cabo Delgado") == "Mozambique"
    assert country_of("Marrow") is None


def test_congo_alone_is_the_larger_country() -> None:
    assert country_of("Congo") == "Democratic Republic of the Congo"
    assert country_of("Brazzaville") == "Republic of the Congo"
