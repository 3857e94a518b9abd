"""Action rules for follow-up reports: occupations before names, names the recogniser typed
as organisations, charges with release in one clause, a lede naming only a role, and places
or employers never taken for the person acted on."""

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Span

from streams.extract.actions import find_actions
from tests.unit.extract.action_pairs import COUNTRY, action_pairs

PUBLISHED = dt.date(2024, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An occupation written like a title is no part of the name.
        (
            "Reporter Tomas Vidal Arce was released on Monday after a week in custody.",
            {("released", "Tomas Vidal Arce")},
        ),
        (
            "Patrolman Diego Ferrer Soto was charged on Tuesday with murder.",
            {("charged", "Diego Ferrer Soto")},
        ),
        # A firm whose licence or certificate is suspended is suspended; not a person's
        # driving licence, nor a match.
        (
            "The regulator suspended Vesta Freight's operating licence on Monday.",
            {("dismissed", "Vesta Freight")},
        ),
        # Also when the recogniser types the firm as an organisation, as it often does.
        (
            "The minister said he had suspended Kestrel Mining Holdings' licence with "
            "immediate effect.",
            {("dismissed", "Kestrel Mining Holdings")},
        ),
        ("Police suspended Mira Holt's driving licence.", set()),
        # A firm that has had its licence suspended; not a man his driving licence.
        (
            "Ostra Pharma Ltd has had its manufacturing licence suspended.",
            {("dismissed", "Ostra Pharma Ltd")},
        ),
        ("Kofi Mensah has had his driving licence suspended.", set()),
        # Named as one of the suspected ones: a suspect, and no post.
        (
            "Prosecutors named Tarik Osmani, who escaped, as one of the suspected organisers.",
            {("charged", "Tarik Osmani")},
        ),
        ("The league suspended the match on Monday.", set()),
        # "whom police named as suspects", which the parser splits from its names.
        (
            "Petra Lund and Omar Qasim, whom police named as suspects, are still being sought.",
            {("charged", "Petra Lund"), ("charged", "Omar Qasim")},
        ),
        # Accused by those who would charge; not by a family.
        (
            "Tariq Hamdan, whom prosecutors accuse of planning the riot, remains at large.",
            {("charged", "Tariq Hamdan")},
        ),
        ("Police said the family accused Tariq Hamdan of negligence.", set()),
        # A relative clause on the post beside a name is the name's, not its place's.
        (
            "Police arrested Ivan Petric, a student from Zemun, who was charged on Sunday.",
            {("arrested", "Ivan Petric"), ("charged", "Ivan Petric")},
        ),
        # Names given in the sentence after the one that tells what was done to them.
        (
            "The spokeswoman said the four officers on duty had been suspended. She named "
            "them as Inspector Kojo Asare, the station officer; Sergeant Ama Boakye; and "
            "Constable Yaw Mensah.",
            {
                ("dismissed", "Kojo Asare"),
                ("dismissed", "Ama Boakye"),
                ("dismissed", "Yaw Mensah"),
            },
        ),
        (
            "So is Pablo Ruiz, his counterpart in Salto, who was handed over on 3 May and "
            "charged in Rivera the next day.",
            {("charged", "Pablo Ruiz")},
        ),
        # An officer moved out of his command; troops moved are no one.
        (
            "The police chief has redeployed the commander in Kano, Mr Yusuf Bature, to "
            "headquarters.",
            {("dismissed", "Yusuf Bature")},
        ),
        (
            "The commissioner ordered the redeployment of the station officer, Emeka Obi.",
            {("dismissed", "Emeka Obi")},
        ),
        ("The army redeployed 300 troops to the border.", set()),
        # "One of them, X," is one of those held only after a sentence on arrests.
        ("Five people died in the crash. One of them, Hadi Trabulsi, owned the truck.", set()),
        # The held ones identified, as the object: every name of the list.
        (
            "Investigators identified the arrested men as Ramon Cruz, 34, and Allan Reyes, 41.",
            {("arrested", "Ramon Cruz"), ("arrested", "Allan Reyes")},
        ),
        # A plural post set beside a list describes every name of it.
        (
            "Tomas Brenner and Ilse Vogt, the two port officials detained on Friday, were "
            "released from custody on Saturday.",
            {
                ("detained", "Tomas Brenner"),
                ("detained", "Ilse Vogt"),
                ("released", "Tomas Brenner"),
                ("released", "Ilse Vogt"),
            },
        ),
        # A school's head, in apposition or before the name.
        (
            "The school's principal, Rosana Vieira Lopes, was suspended on Friday pending an "
            "inquiry.",
            {("dismissed", "Rosana Vieira Lopes")},
        ),
        ("Principal Marta Zanetti was suspended on Friday.", {("dismissed", "Marta Zanetti")}),
        # A role and the name in apposition, charged and released in one clause.
        (
            "The factory's owner, Karl Brenner, was charged with manslaughter and causing "
            "injuries through negligence and released on bail, prosecutors said.",
            {("charged", "Karl Brenner"), ("released", "Karl Brenner")},
        ),
        # Someone acted on by a noun and named by it with "identified as" soon after.
        (
            "A 24-year-old fortune teller was arrested after his video caused panic. The "
            "fortune teller, identified as Min Ko Aung, had posted the clip on April 9.",
            {("arrested", "Min Ko Aung")},
        ),
        (
            "Police arrested a suspect on Friday. The suspect, identified as Tomas Reyes Olmo, "
            "is 32.",
            {("arrested", "Tomas Reyes Olmo")},
        ),
        # A lede naming only a role, and the next sentence opening on a name and an age.
        (
            "The owner of a hotel that burned down last week was charged on Friday with "
            "manslaughter, officials said.\n\nMarko Petrovic Ilic, 58, was ordered to hand "
            "over his passport.",
            {("charged", "Marko Petrovic Ilic")},
        ),
        # "whose real name is X".
        (
            'Police arrested a gang leader who calls himself "Captain Storm", whose real name '
            "is Daniel Okafor Eze, in a raid on Sunday.",
            {("arrested", "Daniel Okafor Eze")},
        ),
        # "a <person> named X": the person the participle names, also in apposition; not a
        # company named so.
        (
            "A welder named Arvid Lunde Berg was released on Friday without charge.",
            {("released", "Arvid Lunde Berg")},
        ),
        (
            "The second, a crane operator named Pavel Ostrov, was freed on bail on Tuesday.",
            {("released", "Pavel Ostrov")},
        ),
        ("A company named Delta Freight was charged on Monday.", set()),
        # "named" sharing the subject of the verb before it.
        (
            "The governor accepted the resignation and named Deputy Mayor Elena Marquez "
            "Villa as acting mayor.",
            {("appointed", "Elena Marquez Villa")},
        ),
        # An occupation the parser read as a verb, after a long role.
        (
            "The minister relieved the director of the Northern Water Authority (NWA), "
            "engineer Paulo Mendes, of his duties.",
            {("dismissed", "Paulo Mendes")},
        ),
    ],
)
def test_follow_up_constructions(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


def test_among_those_detained_is_the_person_named(nlp: Language) -> None:
    found = action_pairs(
        nlp,
        "Among those detained is the opposition candidate for mayor of Dunmore, "
        "Teresa Aguilar Ponce, who was taken from her home on Friday.",
        PUBLISHED,
    )
    assert found == {("detained", "Teresa Aguilar Ponce")}


def test_a_body_employing_the_dismissed_is_not_dismissed(nlp: Language) -> None:
    found = action_pairs(
        nlp,
        "The Harbour City Council on Friday sacked its chief safety inspector, "
        "Anil Fernando, after a crane collapse.",
        PUBLISHED,
    )
    assert found == {("dismissed", "Anil Fernando")}


def test_a_place_after_a_count_of_detained_is_no_person(nlp: Language) -> None:
    found = action_pairs(
        nlp,
        "The ombudsman said 900 people have been detained since Monday, 300 of them in Mirabel.",
        PUBLISHED,
    )
    assert found == set()
    # A place named after its kind ("the capital X"), even when the recogniser types it as
    # a person.
    doc = nlp(
        "According to the Justice Ministry, since the start of the riots 2.406 people have "
        "been detained across the country, 1.215 of them in the capital Tamsin."
    )
    doc.ents = [Span(doc, len(doc) - 2, len(doc) - 1, label="PERSON")]
    assert find_actions(doc, PUBLISHED, COUNTRY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port director was sacked on Friday. His replacement, Elsa Marklund, starts "
            "next week.",
            {("appointed", "Elsa Marklund")},
        ),
        (
            "The water board chief was dismissed on Tuesday, and her successor is Ruben Falk.",
            {("appointed", "Ruben Falk")},
        ),
        # A successor only spoken of is none.
        (
            "The water board chief resigned. Her likely successor, Ruben Falk, would not comment.",
            set(),
        ),
    ],
)
def test_a_successor_named_is_appointed(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


def test_a_successor_appointed_in_an_earlier_year_is_background(nlp: Language) -> None:
    text = "Her successor, Ruben Falk, was appointed in 2019 and left the board a year later."
    assert action_pairs(nlp, text, PUBLISHED) == set()
