"""Who an action is about: custody and removal verbs, lists, and subjects that are only ever a
person or a named body, never a place, a common noun or a bare title."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.actions import find_actions
from tests.unit.extract.action_pairs import action_pairs

PUBLISHED = dt.date(2023, 4, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rafael Quintero was booked for rioting.", {("charged", "Rafael Quintero")}),
        (
            "A judge imputed Rafael Quintero for reckless homicide.",
            {("charged", "Rafael Quintero")},
        ),
        (
            "A court remanded Rafael Quintero in custody for five days.",
            {("detained", "Rafael Quintero")},
        ),
        ("Rafael Quintero was jailed pending trial.", {("detained", "Rafael Quintero")}),
        (
            "Rafael Quintero was placed under arrest at the airport.",
            {("detained", "Rafael Quintero")},
        ),
        # House arrest is a detention too.
        (
            "A judge had the port engineer, Rafael Quintero, put under house arrest.",
            {("detained", "Rafael Quintero")},
        ),
        (
            "The former customs chief, Ilse Varga, was placed under house arrest on Friday "
            "while the inquiry continues.",
            {("detained", "Ilse Varga")},
        ),
        (
            "Rafael Quintero was sacked as police chief on Monday.",
            {("dismissed", "Rafael Quintero")},
        ),
        # The parser makes the name a compound of the post it is given.
        ("The council appointed Rafael Quintero mayor.", {("appointed", "Rafael Quintero")}),
        ("Border guards nabbed Rafael Quintero near the river.", {("arrested", "Rafael Quintero")}),
        ("Rafael Quintero was apprehended at the airport.", {("arrested", "Rafael Quintero")}),
        (
            "The district police chief, Stefan Moravec, was suspended.",
            {("dismissed", "Stefan Moravec")},
        ),
        (
            "The president reassigned deputy police chief Kofi Mensah to the civil service.",
            {("dismissed", "Kofi Mensah")},
        ),
        (
            "The president retained Kofi Mensah and Ama Boateng in the new cabinet.",
            {("appointed", "Kofi Mensah"), ("appointed", "Ama Boateng")},
        ),
        (
            "A court ordered police to record a murder case against Kofi Mensah.",
            {("charged", "Kofi Mensah")},
        ),
        ("An FIR was lodged against Tariq Mahmood.", {("charged", "Tariq Mahmood")}),
        (
            "Tariq Mahmood was named in the case along with 20 unidentified men.",
            {("charged", "Tariq Mahmood")},
        ),
        # Lists: a plural then names, names with ages, roles joined by "and", "including".
        (
            "Two officers, Stefan Moravec and Luca Ferrante, were suspended pending an inquiry.",
            {("dismissed", "Stefan Moravec"), ("dismissed", "Luca Ferrante")},
        ),
        (
            "Rafael Quintero (25), Stefan Moravec (22) and Luca Ferrante (31) were detained by "
            "border guards.",
            {
                ("detained", "Rafael Quintero"),
                ("detained", "Stefan Moravec"),
                ("detained", "Luca Ferrante"),
            },
        ),
        (
            "The firm, its director Liu Wenhao and shareholders Anan Srisuk and Chai Wongsa face "
            "charges of fraud.",
            {("charged", "Liu Wenhao"), ("charged", "Anan Srisuk"), ("charged", "Chai Wongsa")},
        ),
        (
            "Another two people, including former councillor Piet Vermaak, were arrested.",
            {("arrested", "Piet Vermaak")},
        ),
        # A company is a body, not a person.
        (
            "The builder Harbour Works Co and its owners Anan Srisuk and Chai Wongsa turned "
            "themselves in.",
            {
                ("arrested", "Harbour Works Co"),
                ("arrested", "Anan Srisuk"),
                ("arrested", "Chai Wongsa"),
            },
        ),
        (
            "Harbour Works Co was charged with negligence.",
            {("charged", "Harbour Works Co")},
        ),
        # A post in initials before a name is a title.
        (
            "Additional IGP Tariq Mahmood has been made the head of the coast guard.",
            {("appointed", "Tariq Mahmood")},
        ),
        # A hyphen-joined name is one name, in a list too.
        ("Police arrested Abdul Karim-ul-Haque on Monday.", {("arrested", "Abdul Karim-ul-Haque")}),
        (
            "Police detained Karim Uddin and Abdul Nur-ul-Amin on Monday.",
            {("detained", "Karim Uddin"), ("detained", "Abdul Nur-ul-Amin")},
        ),
        (
            "Three executives of the firm, Anan Sri-chai, Chai Wongsa and Niran Kaew, turned "
            "themselves in.",
            {
                ("arrested", "Anan Sri-chai"),
                ("arrested", "Chai Wongsa"),
                ("arrested", "Niran Kaew"),
            },
        ),
        # A name with a clause of its own is not listed with the one before it.
        (
            "Protests led to the resignation of Tomas Varga and Anneli Korhonen taking over as "
            "prime minister.",
            {("resigned", "Tomas Varga")},
        ),
        # A title gives way to the name beside it.
        ("The Chief Justice, Marcus Obert, resigned on Monday.", {("resigned", "Marcus Obert")}),
        (
            "Renata Szabo, a retired Chief Justice, was sworn in on Friday as caretaker president.",
            {("appointed", "Renata Szabo")},
        ),
        (
            "Additional Inspector General of Police Tobias Wren took charge as the city's police "
            "commissioner.",
            {("appointed", "Tobias Wren")},
        ),
        # A first name alone is the one person the article names in full with it.
        (
            "Police arrested Salim F Okafor on Monday. Salim was released on Friday.",
            {("arrested", "Salim F Okafor"), ("released", "Salim F Okafor")},
        ),
        # The judge who orders custody is not the one held.
        (
            "Dario Fenn pleaded not guilty. Judge Marta Olsen ordered that he be remanded in "
            "custody.",
            {("detained", "Dario Fenn")},
        ),
        # The second of two roles in a list, its name typed as no person by the recogniser.
        (
            "The detainees included the movement's deputy leader Tomas Varga and its spokesman "
            "Talib Hollis Crane, officials said.",
            {("detained", "Tomas Varga"), ("detained", "Talib Hollis Crane")},
        ),
        # Who shares the action: "along with", "together with"; not unnamed others.
        (
            "Rafael Quintero was arrested along with his deputy, Ilse Marwick.",
            {("arrested", "Rafael Quintero"), ("arrested", "Ilse Marwick")},
        ),
        (
            "Rafael Quintero, along with Ilse Marwick, was charged with fraud.",
            {("charged", "Rafael Quintero"), ("charged", "Ilse Marwick")},
        ),
        ("Rafael Quintero was detained along with 12 others.", {("detained", "Rafael Quintero")}),
        # "including" hung on the verb, not on the group it names a member of.
        (
            "Three port officials were arrested on Monday, including Ilse Marwick.",
            {("arrested", "Ilse Marwick")},
        ),
        (
            "Two officers were suspended, including Rafael Quintero.",
            {("dismissed", "Rafael Quintero")},
        ),
        ("Ilse Marwick handed herself in to police on Monday.", {("arrested", "Ilse Marwick")}),
        # A role among those acted on, its name in apposition.
        (
            "Investigators detained 11 people, including the firm's site manager, Tomas Reiner.",
            {("detained", "Tomas Reiner")},
        ),
        ("The council axed Rafael Quintero on Friday.", {("dismissed", "Rafael Quintero")}),
        # An arrest ordered is a warrant for one, read as a charge.
        ("A judge ordered the arrest of Rafael Quintero.", {("charged", "Rafael Quintero")}),
        # A name the recogniser types as a place, and no place of the gazetteer.
        ("Ines Kovac was chosen as the new police chief.", {("appointed", "Ines Kovac")}),
        ("Ines Kovac was arrested at the airport.", {("arrested", "Ines Kovac")}),
    ],
)
def test_finds_actions(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Things are suspended too.
        "Train services to the coast were suspended after the blast.",
        # Asked for, only spoken of, or undone.
        "Protesters demanded the resignation of Marcus Obert.",
        "Protesters called for the resignation of Marcus Obert.",
        "His forecasts included the potential release of Marcus Obert.",
        "The board rejected the resignation of Marcus Obert.",
        # A bare title or a common noun is no subject.
        "The minister was sacked on Monday.",
        "Police arrested the chief on Monday.",
        # A headline's capitals make no name of a post.
        "Railway Executive Arrested in Lisbon Over Bridge Collapse",
        "Port Official Detained After Blast",
        # A quoted venue, a place after "of" and a plural title are no people.
        'Police arrested four men over the attack on the bar "El Dorado" of Santa Lucia.',
        "The governor announced the appointment of the first nine Cabinet Ministers on Tuesday.",
        # Bodies, places and things moved, kept or heading something are no people.
        "A new committee headed by the health ministry will oversee relief.",
        "The bodies were transferred to the central morgue.",
        "The government retained control of the northern region.",
        "Talks were held between the two sides.",
        # Naming the dead is identification, not appointment.
        "Police named the dead man as Omar Haddad.",
        # Held by gunmen is a kidnapping, held responsible a blame.
        "Rafael Quintero was held by gunmen for a week.",
        "Rafael Quintero was held responsible for the collapse.",
        "The inquiry ordered Rafael Quintero held accountable for the collapse.",
        # A seat lost at an election or a relative lost is no dismissal; critics' accusations
        # are no charge; letting go of a thing is no dismissal.
        "Rafael Quintero lost his seat in the election.",
        "Rafael Quintero lost his brother in the floods.",
        "Critics accused Rafael Quintero of negligence.",
        "Rafael Quintero let go of the rope.",
        # What is made or issued may ask for an action rather than report it.
        "Students made a formal demand for the release of Rafael Quintero.",
        # A seat won at an election is a biography.
        "Rafael Quintero was elected member of parliament for the northern district in 2008.",
        # Investigating a death is not investigating the dead.
        "Police are investigating the death of Marta Olsen.",
        # A relative of a named person is not that person, nor a body.
        "Ulrike Brandt, whose son is held in the east wing, spoke to reporters.",
    ],
)
def test_not_actions(nlp: Language, text: str) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == set()


def test_portfolios_in_a_list_are_not_people(nlp: Language) -> None:
    text = (
        "The new ministers are Debra Okonkwo, who was nominated to the Health docket, Julian "
        "Marsh (Fisheries and Coastal Development) and Eric Lind (Water)."
    )
    subjects = {subject for _, subject in action_pairs(nlp, text, PUBLISHED)}
    assert "Debra Okonkwo" in subjects
    assert not {"Fisheries and Coastal Development", "Coastal Development", "Water"} & subjects


def test_a_post_named_with_another_is_its_own(nlp: Language) -> None:
    # The second name shares the verb, not the first one's post: its own follows it.
    found = find_actions(
        nlp("Ama Boateng was named the Finance Minister and Kofi Mensah the Home Minister."),
        PUBLISHED,
        None,
    )
    assert {(a.subject, a.role) for a in found} == {
        ("Ama Boateng", "Finance Minister"),
        ("Kofi Mensah", "Home Minister"),
    }


def test_one_surname_two_given_names_are_two_people(nlp: Language) -> None:
    text = (
        "Police detained Kevin Odera and Tobias Mwita Odera on Monday. "
        "Kevin Odera was released on Tuesday."
    )
    assert action_pairs(nlp, text, PUBLISHED) == {
        ("detained", "Kevin Odera"),
        ("detained", "Tobias Mwita Odera"),
        ("released", "Kevin Odera"),
    }


def test_a_shorter_spelling_with_a_shared_given_name_is_one_person(nlp: Language) -> None:
    text = "Police arrested Md Karim Hossain on Monday. Karim Hossain was released on Friday."
    assert action_pairs(nlp, text, PUBLISHED) == {
        ("arrested", "Md Karim Hossain"),
        ("released", "Md Karim Hossain"),
    }


def test_a_counted_group_is_named_in_the_next_sentence(nlp: Language) -> None:
    text = (
        "The four organisers of the march have been released by the police. "
        "The four students, Jonas Aberg, Mira Holt, Tomas Lindqvist and Ama Boateng, left the "
        "station on Thursday."
    )
    assert action_pairs(nlp, text, PUBLISHED) == {
        ("released", "Jonas Aberg"),
        ("released", "Mira Holt"),
        ("released", "Tomas Lindqvist"),
        ("released", "Ama Boateng"),
    }


def test_a_group_lends_its_members_one_member_s_post(nlp: Language) -> None:
    text = (
        "The four organisers of the march, who were held for a week, have been released. "
        "The four students, Jonas Aberg, Mira Holt, Tomas Lindqvist and Ama Boateng, left."
    )
    roles = {a.role for a in find_actions(nlp(text), PUBLISHED, None)}
    assert roles == {"organiser of the march"}


def test_people_listed_after_a_plural_take_its_post_in_the_singular(nlp: Language) -> None:
    text = "Three executives of the firm, Anan Sri-chai and Chai Wongsa, turned themselves in."
    roles = {a.role for a in find_actions(nlp(text), PUBLISHED, None)}
    assert roles - {None} == {"executive of the firm"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # A relative clause after the post is not part of it.
        (
            "Police arrested Jonas Aberg, president of Harbour Works, who had fled abroad.",
            "president of Harbour Works",
        ),
        # A portfolio or a place in brackets is no post.
        ("The president appointed Mira Holt (Health) on Friday.", None),
        # A post written before the name is the role; a title of address is none.
        ("Fisheries Minister Mira Holt resigned on Friday.", "Fisheries Minister"),
        ("Police detained union leader Jonas Aberg at dawn.", "union leader"),
        ("Dr Mira Holt was arrested on Friday.", None),
        # A company's name in the post is no next person's name.
        (
            "Police detained Somchai Rattana, 64, president of Siam-Lanna Building (SLB) Plc, "
            "who surrendered on Friday.",
            "president of Siam-Lanna Building (SLB) Plc",
        ),
    ],
)
def test_roles_are_posts(nlp: Language, text: str, role: str | None) -> None:
    assert [a.role for a in find_actions(nlp(text), PUBLISHED, None)] == [role]


def test_in_a_list_of_posts_and_names_each_post_goes_with_the_name_after_it(nlp: Language) -> None:
    # The parser hangs "inspector general of prisons (IGP)" and "former port director" on
    # the names before them.
    text = (
        "Also named in the case are former water minister Ilse Varga, former inspector general "
        "of prisons (IGP) Tomas Ekberg Lind, former port director Ama Boateng, deputy mayor "
        "Jonas Pell and assistant mayor Karl Odman Berg."
    )
    roles = {a.subject: a.role for a in find_actions(nlp(text), PUBLISHED, None)}
    assert roles["Ilse Varga"] == "former water minister"
    assert roles["Tomas Ekberg Lind"] != "former port director"
    assert roles["Jonas Pell"] == "deputy mayor"
    # The name hung on the post in apposition is one of the list.
    assert roles["Ama Boateng"] == "former port director"


def test_the_post_after_the_action_is_the_role(nlp: Language) -> None:
    found = find_actions(nlp("Rafael Quintero was sacked as police chief."), PUBLISHED, None)
    assert [a.role for a in found] == ["police chief"]
    stripped = "Rafael Quintero was stripped of his post as harbour commissioner."
    found = find_actions(nlp(stripped), PUBLISHED, None)
    assert [a.role for a in found] == ["harbour commissioner"]
    # A pronoun's person keeps the post the name came with, before it or in apposition.
    for text in (
        "Harbour commissioner Rafael Quintero announced his resignation.",
        "Rafael Quintero, the harbour commissioner, announced his resignation.",
    ):
        found = find_actions(nlp(text), PUBLISHED, None)
        assert [(a.subject, a.role.lower()) for a in found if a.role] == [
            ("Rafael Quintero", "harbour commissioner")
        ]
    # The post a verb makes of its object, a hyphenated one whole.
    for text, post in (
        ("Rafael Quintero was appointed deputy minister for the recovery.", "deputy minister"),
        ("Rafael Quintero was appointed vice-president on Monday.", "vice-president"),
    ):
        assert [a.role for a in find_actions(nlp(text), PUBLISHED, None)] == [post]
    # A post no agent noun names: "head", "chief".
    head = "Rafael Quintero stepped down as head of the port authority."
    assert [a.role for a in find_actions(nlp(head), PUBLISHED, None)] == [
        "head of the port authority"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The President moved Deputy Inspector General of Operations Ali Farah to a desk job "
            "and reassigned him to the civil service.",
            ("dismissed", "Ali Farah"),
        ),
        (
            "The Minister of Interior Ali Hassan Farah was dismissed.",
            ("dismissed", "Ali Hassan Farah"),
        ),
    ],
)
def test_the_word_after_a_title_of_is_no_part_of_the_name(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in action_pairs(nlp, text, PUBLISHED)


def test_a_warrant_for_an_arrest_is_no_arrest(nlp: Language) -> None:
    text = "A warrant was issued on Friday for the arrest of Rafael Quintero."
    assert action_pairs(nlp, text, PUBLISHED) == {("charged", "Rafael Quintero")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three jail wardens, identified as Head Warden Balbir Dhillon, Warden Gurnam "
            "Sandhu and Warden Harjit Gill, were booked for the escape.",
            {
                ("charged", "Balbir Dhillon"),
                ("charged", "Gurnam Sandhu"),
                ("charged", "Harjit Gill"),
            },
        ),
        (
            "Three officers, identified as Inspector Ravi Tomar, Sub-Inspector Deepak Negi and "
            "Constable Sunil Bhatt, were suspended.",
            {
                ("dismissed", "Ravi Tomar"),
                ("dismissed", "Deepak Negi"),
                ("dismissed", "Sunil Bhatt"),
            },
        ),
        # A place given after the name is no other name.
        (
            "The suspect, identified as Omar Sayed, Nairobi County, was arrested.",
            {("arrested", "Omar Sayed")},
        ),
    ],
)
def test_every_name_of_a_list_given_as_an_identification(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


def test_a_title_with_a_hyphened_prefix_is_no_part_of_the_name(nlp: Language) -> None:
    text = "The district police chief suspended Sub-Inspector Mohan Rawat on Monday."
    assert action_pairs(nlp, text, PUBLISHED) == {("dismissed", "Mohan Rawat")}
