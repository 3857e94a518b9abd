"""Every row of the action pattern table reads its own sentence and finds its subject there."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.action_patterns import ROWS, Row, matches
from streams.extract.actions import find_actions
from tests.unit.extract.action_pairs import COUNTRY, action_pairs

PUBLISHED = dt.date(2023, 4, 15)


@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_each_row_reads_its_sentence(nlp: Language, row: Row) -> None:
    assert row.name in {m.row.name for m in matches(nlp(row.example))}
    assert row.expected in action_pairs(nlp, row.example, PUBLISHED)


def test_row_names_are_distinct() -> None:
    assert len({row.name for row in ROWS}) == len(ROWS)


def test_a_name_marked_released_is_released_not_held(nlp: Language) -> None:
    # The bracket is the person's state now: the list's detention is not said of them.
    text = "Police detained 40 protesters. Among them are Jonas Aberg (released) and Mira Holt."
    assert action_pairs(nlp, text, PUBLISHED) == {
        ("detained", "Mira Holt"),
        ("released", "Jonas Aberg"),
    }


def test_a_bracketed_status_belongs_to_the_name_before_it(nlp: Language) -> None:
    text = (
        "Police have detained dozens of activists since June. Among them are Ana Berg (released), "
        "Tom Ruiz, Sam Otto and Li Wen (released), the group said."
    )
    assert action_pairs(nlp, text, PUBLISHED) == {
        ("released", "Ana Berg"),
        ("detained", "Tom Ruiz"),
        ("detained", "Sam Otto"),
        ("released", "Li Wen"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jailed opposition leader Mara Tenko was freed on Monday.", {("released", "Mara Tenko")}),
        (
            "Kai Moe, who was arrested on Monday, was released on Tuesday.",
            {("arrested", "Kai Moe"), ("released", "Kai Moe")},
        ),
    ],
)
def test_a_release_outranks_a_custody_descriptor_only(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid arrived after the recently ousted prime minister Ivo Dask fled abroad.", set()),
        ("Protesters burned the parliament, and the government was ousted.", set()),
        (
            "Former president Ivo Dask left the country. Dask was ousted by mass protests.",
            set(),
        ),
        # An official below the government is dismissed when ousted.
        ("The ousted police chief, Lena Ortiz, left the city.", {("dismissed", "Lena Ortiz")}),
    ],
)
def test_a_government_that_falls_is_not_dismissed(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


def test_among_them_needs_a_sentence_on_arrests(nlp: Language) -> None:
    text = "Dozens of writers came to the festival. Among them is the poet Jonas Aberg."
    assert action_pairs(nlp, text, PUBLISHED) == set()


def test_a_release_leaves_a_charge_in_its_sentence(nlp: Language) -> None:
    text = (
        "A court on Saturday charged activist Ana Berg with incitement, and released her on bail."
    )
    assert action_pairs(nlp, text, PUBLISHED) == {("charged", "Ana Berg"), ("released", "Ana Berg")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The word that makes suspects of them names them so, whatever the sentence's verb.
        (
            "The accused directors, Mira Holt and Jonas Aberg, were not in court.",
            {("charged", "Mira Holt"), ("charged", "Jonas Aberg")},
        ),
        # An alleged victim is no suspect.
        ("The alleged victims, Mira Holt and Jonas Aberg, spoke to reporters.", set()),
        # Facing an inquiry names a suspect; facing a crowd does not.
        ("The contractor Ana Berg faces an inquiry into the collapse.", {("charged", "Ana Berg")}),
        ("The mayor Ana Berg faced an angry crowd on Monday.", set()),
        # The parser hangs "against" on the verb as often as on the case.
        (
            "Prosecutors opened a case against Ana Berg for manslaughter.",
            {("charged", "Ana Berg")},
        ),
        ("Ana Berg was questioned by police as a suspect.", {("charged", "Ana Berg")}),
        ("Police questioned Ana Berg as a witness.", set()),
        # "As an investigated person" on the verb or on the testifying it summons to.
        (
            "Ana Berg was summoned to testify as an investigated person.",
            {("charged", "Ana Berg")},
        ),
        ("Ana Berg was summoned to testify as a witness.", set()),
        # A conviction or a sentence says the charge was brought; one that may come does not.
        ("Tom Ruiz was sentenced to five years in prison.", {("charged", "Tom Ruiz")}),
        ("Tom Ruiz could be sentenced to ten years.", set()),
        # The announcement is the news, whatever the tense of the going.
        (
            "Regional president Ana Berg announced in parliament that she would step down.",
            {("resigned", "Ana Berg")},
        ),
        ("The party announced that Tom Ruiz will resign.", {("resigned", "Tom Ruiz")}),
        ("Ana Berg announced that she would not resign.", set()),
        ("Ana Berg announced she would resign if the inquiry found fault.", set()),
        ("Ana Berg announced that she would step up the search.", set()),
        # A court that takes up a case, a trial ordered; a place in a cabinet, not a team, lost.
        ("The court admitted a case against Ana Berg.", {("charged", "Ana Berg")}),
        ("The court rejected a case against Ana Berg.", set()),
        ("Tom Ruiz was ordered to stand trial for negligence.", {("charged", "Tom Ruiz")}),
        ("Ana Berg was dropped from the cabinet.", {("dismissed", "Ana Berg")}),
        ("The striker Tom Ruiz was dropped from the squad.", set()),
        ("The striker Tom Ruiz was dropped from the national team.", set()),
    ],
)
def test_suspects_charges_and_posts_said_in_other_words(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ola Brekke was placed on a five-day remand.", {("detained", "Ola Brekke")}),
        (
            "The port director, Ines Valdor, was placed on administrative leave.",
            {("dismissed", "Ines Valdor")},
        ),
        ("Ola Brekke was produced in court on Monday.", {("detained", "Ola Brekke")}),
        # Evidence or a report brought before a court holds no one.
        ("Ola Brekke presented the audit before the court.", set()),
        ("The lawyer presented Ola Brekke's petition in court.", set()),
    ],
)
def test_placed_on_remand_or_leave_and_produced_in_court(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The parser makes the post a conjunct of the first name and hangs the second on it.
        "Former deputy police chief Tomas Lind and legal expert Ama Boateng are members of the "
        "new inquiry panel.",
        "Tomas Lind and Ama Boateng are members of the inquiry commission.",
    ],
)
def test_everyone_listed_as_a_member_of_a_new_inquiry_is_appointed(
    nlp: Language, text: str
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == {
        ("appointed", "Tomas Lind"),
        ("appointed", "Ama Boateng"),
    }


def test_chairing_an_investigation_meeting_is_no_appointment(nlp: Language) -> None:
    text = "The findings came out at an investigation meeting chaired by minister Tomas Lind."
    assert action_pairs(nlp, text, PUBLISHED) == set()


def test_someone_held_or_named_a_member_is_not_who_acted(nlp: Language) -> None:
    [held] = find_actions(nlp("Omar Lutfi remains in custody."), PUBLISHED, COUNTRY)
    assert (held.action, held.subject, held.by) == ("detained", "Omar Lutfi", None)
    text = (
        "Besides retired judge Amal Roy, retired deputy police chief Vikram Sen and lawyer Nira "
        "Das are members of the inquiry panel, the minister said."
    )
    found = find_actions(nlp(text), PUBLISHED, COUNTRY)
    assert {(action.subject, action.by) for action in found} == {
        ("Amal Roy", None),
        ("Vikram Sen", None),
        ("Nira Das", None),
    }


def test_the_set_a_name_is_included_in_is_not_who_acted(nlp: Language) -> None:
    text = "The detainees included party leader Omar Lutfi and spokesman Ali Rahim, he said."
    found = find_actions(nlp(text), PUBLISHED, COUNTRY)
    assert {(action.subject, action.by) for action in found} == {
        ("Omar Lutfi", None),
        ("Ali Rahim", None),
    }


def test_an_abbreviation_in_brackets_leaves_no_empty_brackets(nlp: Language) -> None:
    text = "Activist Omar Lutfi was released by the Special Unit (SU) of the City Police (CP)."
    [released] = find_actions(nlp(text), PUBLISHED, COUNTRY)
    assert released.by == "Special Unit of the City Police (CP)"


def test_an_investigation_into_a_name_names_a_suspect_not_into_a_death(nlp: Language) -> None:
    text = "A judge opened an investigation into former fire chief Dario Fenn."
    assert action_pairs(nlp, text, PUBLISHED) == {("charged", "Dario Fenn")}
    text = "Police opened an investigation into Dario Fenn's death."
    assert action_pairs(nlp, text, PUBLISHED) == set()


def test_whose_post_it_was_is_no_part_of_a_role_and_who_came_in_did_not_act(
    nlp: Language,
) -> None:
    text = "The regional president fired his emergency chief, Laura Vidal, on Friday."
    [fired] = find_actions(nlp(text), PUBLISHED, COUNTRY)
    assert (fired.role, fired.by) == ("emergency chief", "regional president")
    text = "The harbour master was replaced by her deputy, Tomas Ruiz, on Friday."
    [came_in] = find_actions(nlp(text), PUBLISHED, COUNTRY)
    assert (came_in.action, came_in.subject, came_in.by) == ("appointed", "Tomas Ruiz", None)


def test_named_in_a_case_hung_on_the_last_name_is_a_charge(nlp: Language) -> None:
    text = "Police nominated tribal elder Karim Dost and 20 others in the FIR."
    assert action_pairs(nlp, text, PUBLISHED) == {("charged", "Karim Dost")}


def test_a_suspect_identified_in_a_clause_hung_on_the_verb_is_named(nlp: Language) -> None:
    text = "Police arrested a suspect, identified as Karim Dost."
    assert action_pairs(nlp, text, PUBLISHED) == {("arrested", "Karim Dost")}


def test_every_name_a_group_is_identified_as_is_listed(nlp: Language) -> None:
    text = "Police arrested two suspects, identified as Karim Dost and Noor Jalal."
    assert action_pairs(nlp, text, PUBLISHED) == {
        ("arrested", "Karim Dost"),
        ("arrested", "Noor Jalal"),
    }


def test_every_name_listed_after_a_group_named_as_suspects_is_named(nlp: Language) -> None:
    text = (
        "Police named three engineers, Tarek Ollman, Jussi Brandt and Ewa Lindqvist, as suspects."
    )
    assert action_pairs(nlp, text, PUBLISHED) == {
        ("charged", "Tarek Ollman"),
        ("charged", "Jussi Brandt"),
        ("charged", "Ewa Lindqvist"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Captured by those who enforce the law is an arrest; by soldiers or gunmen it is not.
        (
            "The bus company's owner, Dragan Petrovic, was captured by immigration officers at "
            "the airport.",
            {("arrested", "Dragan Petrovic")},
        ),
        (
            "Police captured the smuggler Dragan Petrovic near the lake.",
            {("arrested", "Dragan Petrovic")},
        ),
        (
            "The trawler's skipper, Dragan Petrovic, was captured by the coast guard at dawn.",
            {("arrested", "Dragan Petrovic")},
        ),
        ("Rebels captured the garrison commander, Dragan Petrovic, near the bridge.", set()),
        ("Police said gunmen had captured Dragan Petrovic.", set()),
        # House arrest ordered, or someone under arrest: a detention; not one asked for.
        (
            "The judge ordered house arrest for the quarry owner, Bruno Castell.",
            {("detained", "Bruno Castell")},
        ),
        ("Prosecutors requested house arrest for the quarry owner, Bruno Castell.", set()),
        # House arrest ordered is custody, not a warrant.
        (
            "The judge ordered the house arrest of the quarry owner, Bruno Castell.",
            {("arrested", "Bruno Castell")},
        ),
        (
            "The former governor, Olga Lindahl, is still under house arrest.",
            {("detained", "Olga Lindahl")},
        ),
        ("Olga Lindahl is not under arrest, the police said.", set()),
        # Directed to hold charge of a post is appointed to it.
        (
            "The governor directed senior official Anil Deshmukh to hold additional charge of "
            "the water department.",
            {("appointed", "Anil Deshmukh")},
        ),
        # A name set off as also under investigation, whatever the phrase hangs on.
        (
            "Prosecutors charged the captain and questioned the shipping agent Anika Rossberg, "
            "also under investigation for the collision.",
            {("charged", "Anika Rossberg")},
        ),
        # Placed under investigation beside another act on the same subject.
        (
            "Lena Kask, head of the mining bureau, was sacked and placed under investigation by "
            "the provincial discipline commission.",
            {("dismissed", "Lena Kask"), ("charged", "Lena Kask")},
        ),
        (
            "Lena Kask was sacked and will be placed under investigation.",
            {("dismissed", "Lena Kask")},
        ),
    ],
)
def test_rows_read_their_constructions(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The driver, Pavel Orlik, was questioned for six hours and sent to jail.",
            {("detained", "Pavel Orlik")},
        ),
        (
            "The driver, Pavel Orlik, was questioned for six hours and placed on remand.",
            {("detained", "Pavel Orlik")},
        ),
        (
            "The port director, Ines Valdor, apologised and handed in her notice.",
            {("resigned", "Ines Valdor")},
        ),
        # A verb with its own one acted on, or its own subject, shares nothing.
        (
            "Ivo Orlik was arrested on Monday and sent Pavel Orlik to jail.",
            {("arrested", "Ivo Orlik"), ("detained", "Pavel Orlik")},
        ),
        (
            "Ivo Orlik was arrested on Monday and police sent his brother, Pavel Orlik, to jail.",
            {("arrested", "Ivo Orlik"), ("detained", "Pavel Orlik")},
        ),
    ],
)
def test_a_verb_joined_to_another_shares_its_subject(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Those arrested were identified as Tomas Ekdahl (29), Rhea Castellano (34) and Ivo "
            "Dask (41), police said.",
            {
                ("arrested", "Tomas Ekdahl"),
                ("arrested", "Rhea Castellano"),
                ("arrested", "Ivo Dask"),
            },
        ),
        (
            "The men charged were named as Tomas Ekdahl and Ivo Dask.",
            {("charged", "Tomas Ekdahl"), ("charged", "Ivo Dask")},
        ),
        # Those who died are no one held.
        ("Those killed were identified as Tomas Ekdahl and Ivo Dask.", set()),
    ],
)
def test_those_held_then_named(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


def test_the_state_someone_is_placed_under_is_no_part_of_the_post(nlp: Language) -> None:
    text = (
        "The district council on Monday placed under suspension revenue officer Arun Mehta and "
        "two clerks, Ravi Sood and Nita Rao, for negligence."
    )
    found = find_actions(nlp(text), PUBLISHED, COUNTRY)
    assert {(a.action, a.subject, a.role) for a in found} == {
        ("dismissed", "Arun Mehta", "revenue officer"),
        ("dismissed", "Ravi Sood", None),
        ("dismissed", "Nita Rao", None),
    }


def test_a_participle_before_a_plural_is_no_post(nlp: Language) -> None:
    found = find_actions(
        nlp("The arrested men were identified as Tomas Ekdahl and Ivo Dask."), PUBLISHED, COUNTRY
    )
    assert {(a.action, a.subject, a.role) for a in found} == {
        ("arrested", "Tomas Ekdahl", None),
        ("arrested", "Ivo Dask", None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Retired general Tomas Ekdahl has been named coordinator of the relief effort.",
        "Tomas Ekdahl was appointed crisis manager for the flooded districts.",
    ],
)
def test_named_to_a_post_beyond_the_heads(nlp: Language, text: str) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == {("appointed", "Tomas Ekdahl")}


def test_a_name_listed_before_a_post_is_no_part_of_it(nlp: Language) -> None:
    text = (
        "Those charged include survey officer Dil Bahadur Magar and revenue officer Sarita "
        "Kumari Shah."
    )
    found = find_actions(nlp(text), PUBLISHED, COUNTRY)
    assert ("charged", "Sarita Kumari Shah", "revenue officer") in {
        (a.action, a.subject, a.role) for a in found
    }


def test_what_was_done_to_someone_is_no_part_of_the_post(nlp: Language) -> None:
    text = "The newly appointed police chief Ana Petrova said the inquiry would go on."
    found = find_actions(nlp(text), PUBLISHED, COUNTRY)
    assert {(a.action, a.subject, a.role) for a in found} == {
        ("appointed", "Ana Petrova", "police chief")
    }
