"""Names an action is done to that the parse does not give: set off after a heavy object
moved behind an adverbial, set after an untyped proper name, the subject of a subordinate
clause the parser read as a preposition's object, a group named in a sentence before ("two
women, X and Y. The two women were freed", "X and Y ... They were freed"), and the subject
of a participle the parser hung on a place ("appeared in court charged with")."""

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.action_pairs import action_pairs

PUBLISHED = dt.date(2023, 4, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The object comes after the place of the arrest; its name set off by commas hangs on
        # the town in the parse.
        (
            "Coast guards detained near the Velt lighthouse a fisherman from Harnby, aged 44, "
            "Jorik Stalder, suspected of steering the trawler into the ferry, the ministry said.",
            {("detained", "Jorik Stalder")},
        ),
        (
            "The Ministry of Health suspended from employment and salary the director of the "
            "Hospital San Rafael, Lucia Ortega Blanco, while the causes of the blackout are "
            "clarified.",
            {("dismissed", "Lucia Ortega Blanco")},
        ),
        # After a role noun, behind a phrase ("in flagrante") and a date.
        (
            "The Federal Police arrested in flagrante this Monday (4) the rancher Joao Mendes "
            "Prado, 61, owner of the dam that burst on Friday.",
            {("arrested", "Joao Mendes Prado")},
        ),
        # The name set off after a school's name, which the recogniser left untyped: before,
        # the school was the one suspended.
        (
            "The Ministry of Education suspended from employment and salary the director of the "
            "Colegio San Benildo, Aurora Méndez Cárdenas, while the roof collapse is "
            "investigated.",
            {("dismissed", "Aurora Méndez Cárdenas")},
        ),
        # "after" read as a preposition, its clause's subject as its object.
        (
            "Deputy Commissioner Jane Roe will take temporary charge of the force after its "
            "chief, Mark Dale, quit on Thursday.",
            {("resigned", "Mark Dale")},
        ),
        # The same, with the clause joined on as a conjunct: before, "its" made the council
        # the one who resigned.
        (
            "The council will review the contract after its auditor, Nell Harte, resigned in "
            "March.",
            {("resigned", "Nell Harte")},
        ),
        # A definite group points back to the group of its count named before.
        (
            "Officers arrested three people after the fight at the Red Lion: a man of 20, who "
            "was not named, and two women, Dana Pell, 23, and Rhea Mott, 41. The two women were "
            "freed without charge on Monday.",
            {
                ("arrested", "Dana Pell"),
                ("arrested", "Rhea Mott"),
                ("released", "Dana Pell"),
                ("released", "Rhea Mott"),
            },
        ),
        (
            "Police detained two brothers, Omar Said and Karim Said, on Friday. Both men were "
            "released on bail a day later.",
            {
                ("detained", "Omar Said"),
                ("detained", "Karim Said"),
                ("released", "Omar Said"),
                ("released", "Karim Said"),
            },
        ),
        # "They" and "both" point back to the people listed in the sentence before.
        (
            "Ivo Brandt and Lena Kask were arrested on Monday. They were released on bail the "
            "next day.",
            {
                ("arrested", "Ivo Brandt"),
                ("arrested", "Lena Kask"),
                ("released", "Ivo Brandt"),
                ("released", "Lena Kask"),
            },
        ),
        (
            "Police arrested Ivo Brandt and Lena Kask on Monday. Both were charged with arson "
            "on Tuesday.",
            {
                ("arrested", "Ivo Brandt"),
                ("arrested", "Lena Kask"),
                ("charged", "Ivo Brandt"),
                ("charged", "Lena Kask"),
            },
        ),
        # "Both" of three names is no one the sentence names.
        (
            "Police arrested Ivo Brandt, Lena Kask and Omar Said on Monday. Both were charged "
            "with arson on Tuesday.",
            {("arrested", "Ivo Brandt"), ("arrested", "Lena Kask"), ("arrested", "Omar Said")},
        ),
        # A participle the parser hung on the place the subject appeared in.
        ("Tom Reed, 44, appeared in court charged with arson.", {("charged", "Tom Reed")}),
        # Or on the magistrate, who is where one appears, not who is charged.
        (
            "Quarry owner Tom Reed appeared before a magistrate charged with culpable homicide.",
            {("charged", "Tom Reed")},
        ),
    ],
)
def test_finds_the_name_the_parser_hangs_elsewhere(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A name in a place's description is not the one arrested.
        "Police arrested two men outside the home of Mayor Ann Ross on Sunday.",
        # Nor the one who tells of the arrest.
        "Police arrested two men on Sunday, a spokesman, Inspector Karl Benn, said.",
        # Nor a name after another clause.
        "Police arrested two men who had threatened Councillor Ann Ross, the mayor said.",
        # A group of another count is another group.
        "Two brothers, Omar Said and Karim Said, were questioned on Friday. The three men "
        "were released on bail a day later.",
    ],
)
def test_no_stray_name(nlp: Language, text: str) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police constable Brian Ouma was on Friday arrested in Nakuru.",
            {("arrested", "Brian Ouma")},
        ),
        (
            "Halima Bako was on Friday sworn in as the new director of the agency.",
            {("appointed", "Halima Bako")},
        ),
        # A rank before a name the recogniser took for a body.
        (
            "Constable Harish Chand Meena was suspended after the stampede.",
            {("dismissed", "Harish Chand Meena")},
        ),
    ],
)
def test_names_and_verbs_the_parser_misread(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected
