"""Figure rules for constructions beyond the basic ones: parts of a figure, breakdowns by
place, totals set by a verb, treatment and custody, earlier events, increments and
retracted figures."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.figures import find_figures

PUBLISHED = dt.date(2023, 4, 15)


def figures(nlp: Language, text: str) -> list[tuple[str, str, int]]:
    return [(f.metric, f.scope, f.quantity.value) for f in find_figures(nlp(text), PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Parts of a figure take its metric.
        (
            "The floods have killed 64 people, including 11 children, officials said.",
            [("deaths", "total", 64), ("deaths", "children", 11)],
        ),
        (
            "Thirty people were wounded, among them 6 soldiers.",
            [("injured", "total", 30), ("injured", "security_forces", 6)],
        ),
        (
            "The toll reached 15. Among the victims are 9 villagers and two police officers.",
            [("deaths", "total", 15), ("deaths", "subset", 9), ("deaths", "security_forces", 2)],
        ),
        # Breakdowns by place, elliptical conjuncts and a fronted whole.
        (
            "The storm killed 40 people, with 25 deaths in Tarvel and 15 in Osric.",
            [("deaths", "total", 40), ("deaths", "Tarvel", 25), ("deaths", "Osric", 15)],
        ),
        (
            "Of the fatalities, 12 were recorded in Kelso and 5 in Amberley, the agency said.",
            [("deaths", "Kelso", 12), ("deaths", "Amberley", 5)],
        ),
        (
            "Thirty people were killed in the riots, 20 of them in Porto Velho.",
            [("deaths", "total", 30), ("deaths", "Porto Velho", 20)],
        ),
        # Totals that a verb sets or a subject names.
        (
            "Officials updated the number of deceased to 58 on Friday.",
            [("deaths", "total", 58)],
        ),
        (
            "The new deaths brought the toll of the flooding to thirty-one.",
            [("deaths", "total", 31)],
        ),
        ("Police said a total of 140 people had been detained.", [("arrested", "total", 140)]),
        ("The number of injured people became 73 by the evening.", [("injured", "total", 73)]),
        # Treatment, custody and predicative states.
        (
            "Some 70 people were treated in hospital for smoke inhalation.",
            [("injured", "in_hospital", 70)],
        ),
        ("Fifteen miners needed medical attention after the blast.", [("injured", "total", 15)]),
        ("At least 25 people are receiving treatment.", [("injured", "total", 25)]),
        ("Officers took 17 of the youths into custody.", [("arrested", "total", 17)]),
        ("Soldiers shot dead at least 6 demonstrators.", [("deaths", "protesters", 6)]),
        ("Twelve persons resulted injured in the stampede.", [("injured", "total", 12)]),
        # A number the recogniser calls a date, and a count it hung on the wrong word.
        (
            "The quake killed five people and injured 63, the agency said.",
            [
                ("deaths", "total", 5),
                ("injured", "total", 63),
            ],
        ),
        (
            "Police in Vale 48 persons were detained overnight, the ministry announced.",
            [("arrested", "total", 48)],
        ),
    ],
)
def test_finds_figures(nlp: Language, text: str, expected: list[tuple[str, str, int]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Earlier events recalled as background.
        "A flood in 1998 killed about 4,000 people in the same valley.",
        "The 2015 earthquake that killed more than 800 people destroyed the old market.",
        "Since 2019, more than 200 miners have died in the region's pits.",
        "More than 300 people were killed in bandit attacks in the state last year.",
        "The town was bombed in 2016, when raiders killed 45 villagers.",
        "A 12-year conflict that has killed tens of thousands of people shows no sign of ending.",
        # Subsets described, not counted; hostages; things that are not people.
        "Nine guards were held hostage for several hours.",
        "The jail holds more than 3,000 inmates.",
        "Several of the country's biggest mines were closed.",
        "Of the 900 houses inspected, 120 were destroyed.",
        # Vague words that give no size: some were hit, not how many.
        "Several people were hurt when the roof of the depot gave way.",
        "A few protesters were detained near the bridge.",
        "Doctors said a handful of the injured were still in danger.",
        # Bounds and single cases.
        "He is accused of causing the death of more than one person.",
        "One of the injured died on Monday.",
        # The size of an error.
        "Four bodies had been counted twice.",
    ],
)
def test_ignores(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


def test_the_wrong_figure_a_correction_names_is_a_part(nlp: Language) -> None:
    text = "The ministry said the toll of 61 it gave on Sunday was an error."
    assert figures(nlp, text) == [("deaths", "subset", 61)]


def test_a_place_is_a_scope_only_beside_a_larger_toll(nlp: Language) -> None:
    assert figures(nlp, "Eight people died in Marlow when the bridge fell.") == [
        ("deaths", "total", 8)
    ]
    text = "The toll rose to 50. Eight people died in Marlow when the bridge fell."
    assert figures(nlp, text) == [("deaths", "total", 50), ("deaths", "Marlow", 8)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A mark the toll passed on its way to the figure the clause gives is no figure.
        (
            "The minister said the toll had passed 70, climbing to 86, and warned of more deaths.",
            [("deaths", "total", 86)],
        ),
        ("Deaths topped 1,000 on Sunday, reaching 1,020.", [("deaths", "total", 1020)]),
        # A toll that could rise further has still passed its mark.
        ("The toll has passed 300 and could rise to 500.", [("deaths", "total", 300)]),
    ],
)
def test_a_mark_passed_on_the_way(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert figures(nlp, text) == expected


def test_the_deaths_that_raised_a_toll_are_not_a_toll(nlp: Language) -> None:
    text = "The toll rose to 33 after two wounded men died."
    assert figures(nlp, text) == [("deaths", "total", 33), ("deaths", "added", 2)]


def test_revised_down_is_a_correction(nlp: Language) -> None:
    text = "The agency revised the death toll down to 19 from the 23 it had announced."
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.quantity.value, f.corrects) for f in found] == [(19, True), (23, False)]


def test_text_after_a_dateline_is_its_own_sentence(nlp: Language) -> None:
    text = "KORVA, Mar 3 (XNA) - At least 14 people were killed on Friday."
    [figure] = find_figures(nlp(text), PUBLISHED)
    assert figure.sentence.text.startswith("At least 14")
