import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.actions import find_actions

PUBLISHED = dt.date(2022, 1, 9)  # a Sunday


def actions(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(a.action, a.subject, a.kind) for a in find_actions(nlp(text), PUBLISHED, "Kazakhstan")]


def test_passive_arrest_with_charge_and_date(nlp: Language) -> None:
    [found] = find_actions(
        nlp(
            "On Saturday, the former head of the KNB, Karim Masimov, was arrested for high treason."
        ),
        PUBLISHED,
        "Kazakhstan",
    )
    assert (found.action, found.subject, found.detail) == (
        "arrested",
        "Karim Masimov",
        "high treason",
    )
    assert found.role == "former head of the KNB"
    assert found.date == dt.date(2022, 1, 8)


def test_active_dismissal_of_listed_people(nlp: Language) -> None:
    found = find_actions(
        nlp(
            "Meanwhile, Tokayev dismissed two deputies of the committee on Sunday, "
            "Marat Osipov and Daulet Ergozhin."
        ),
        PUBLISHED,
        "Kazakhstan",
    )
    assert {(a.action, a.subject) for a in found} == {
        ("dismissed", "Marat Osipov"),
        ("dismissed", "Daulet Ergozhin"),
    }
    assert all(a.by == "Tokayev" and a.date == PUBLISHED for a in found)


def test_government_resignation_is_a_body(nlp: Language) -> None:
    assert actions(nlp, "On January 5, the government announced its resignation.") == [
        ("resigned", "Government of Kazakhstan", "body")
    ]


def test_person_resigns(nlp: Language) -> None:
    assert actions(nlp, "Prime Minister Askar Mamin resigned on Wednesday.") == [
        ("resigned", "Askar Mamin", "person")
    ]


def test_detained_by_with_apposition(nlp: Language) -> None:
    [found] = find_actions(
        nlp(
            "Images of Vikram Ruzakhunov, a Kyrgyz pianist detained by the police, caused outrage."
        ),
        PUBLISHED,
        None,
    )
    assert (found.subject, found.action, found.role, found.by) == (
        "Vikram Ruzakhunov",
        "detained",
        "Kyrgyz pianist",
        "police",
    )


def test_unnamed_role_lends_charge_to_named_person(nlp: Language) -> None:
    text = (
        "The former intelligence chief has been arrested on charges of treason. "
        "The arrest of Karim Masimov was announced Saturday."
    )
    [found] = find_actions(nlp(text), PUBLISHED, None)
    assert (found.subject, found.detail, found.date) == (
        "Karim Masimov",
        "treason",
        dt.date(2022, 1, 8),
    )


def test_misspelt_surname_is_an_alias(nlp: Language) -> None:
    text = (
        "The arrest of Karim Masimov was announced on Saturday. "
        "Kasimov headed the committee until he was removed by the president."
    )
    found = find_actions(nlp(text), PUBLISHED, None)
    assert {a.subject for a in found} == {"Karim Masimov"}
    assert all(a.aliases == ["Kasimov"] for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters called for the minister John Smith to resign.",
        "Nazarbayev kept control of power despite his resignation.",
        "The president may dismiss Ali Khan next week.",
        "Police arrested 300 protesters in the capital.",
        "The head of state will make new appointments tomorrow.",
        # Hearsay called false or denied.
        "Rumours that Governor Ali Khan had been detained were false, his office said.",
        "Reports that Ali Khan had been arrested were denied by the police.",
    ],
)
def test_not_actions(nlp: Language, text: str) -> None:
    assert actions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dated in an earlier year: background, not news.
        ("In 2019 the president dismissed the finance minister, Amos Kiprono, over a scandal.", []),
        ("He has led the force since March 2020, when he replaced Hillary Otieno.", []),
        # Dates of a clause about the person, or of what the charge is about, are not the
        # action's.
        (
            "The minister said Dr. Ana Lobo, who has led the district office since 2019, had "
            "been relieved of her duties.",
            [("dismissed", "Ana Lobo")],
        ),
        (
            "Police arrested Omar Said on Saturday for stealing relief funds between 2018 and "
            "2021.",
            [("arrested", "Omar Said")],
        ),
    ],
)
def test_actions_dated_in_an_earlier_year_are_background(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(action, subject) for action, subject, _ in actions(nlp, text)] == expected


def test_an_action_in_the_events_own_earlier_year_stays(nlp: Language) -> None:
    text = "In December 2021, when the riots began, the president dismissed Amos Kiprono."
    found = find_actions(nlp(text), PUBLISHED, None, began=dt.date(2021, 12, 1))
    assert [(a.action, a.subject) for a in found] == [("dismissed", "Amos Kiprono")]
