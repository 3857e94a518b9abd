"""Action rules for titles before names, names set off after long roles, passive conjuncts,
pronouns pointing back to a name in apposition, and first surnames used alone."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.actions import find_actions
from tests.unit.extract.action_pairs import COUNTRY, action_pairs

PUBLISHED = dt.date(2023, 4, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Titles before a name go, however many.
        (
            "Interior Minister Lucia Fernanda Rojas resigned on Monday night.",
            {("resigned", "Lucia Fernanda Rojas")},
        ),
        (
            "Police said Assistant Superintendent Peter Okello Mugisha had been appointed "
            "acting district commander.",
            {("appointed", "Peter Okello Mugisha")},
        ),
        # A name set off by commas after a long role, its organisation or its place.
        (
            "The army chief relieved the harbour commander for Sorvik, Colonel Anders "
            "Lindqvist, of his duties on Friday.",
            {("dismissed", "Anders Lindqvist")},
        ),
        (
            "The board relieved the Northern Region Fire Commander, Deputy Commissioner of "
            "Fire Grace Achieng-Otieno, of her duties.",
            {("dismissed", "Grace Achieng-Otieno")},
        ),
        # A prefect is a post: suspended, as only people are.
        (
            "The sub-prefect of Basse-Orne, Jean-Luc Marchand, was suspended pending an inquiry.",
            {("dismissed", "Jean-Luc Marchand")},
        ),
        # A hyphened name after a hyphened place, which the recogniser types as no person.
        (
            "The prefect of Basse-Ardenne, Louis-Marie Chabrol, was relieved of his duties by "
            "decree on Wednesday.",
            {("dismissed", "Louis-Marie Chabrol")},
        ),
        (
            "The prefect of Ostrava, Jean-Baptiste Morlaix, was relieved of his duties on "
            "Thursday.",
            {("dismissed", "Jean-Baptiste Morlaix")},
        ),
        (
            "The ministry announced the dismissal of the director of the Western Prison, "
            "Tomas Herrera Quintana, and of his two deputies.",
            {("dismissed", "Tomas Herrera Quintana")},
        ),
        (
            "Soldiers arrested the leader of the Front pour la Liberation du Nord (FLN) "
            "militia, Jean-Marc Bisimwa, near the lake on Sunday.",
            {("arrested", "Jean-Marc Bisimwa")},
        ),
        # A passive conjunct shares the subject of the verb before it.
        (
            "The bus driver, Samuel Otieno, appeared in court on Monday and was charged with "
            "dangerous driving.",
            {("charged", "Samuel Otieno")},
        ),
        (
            "The union leader, Amira Haddad, arrested on Friday and charged with incitement, "
            "was freed on bail.",
            {
                ("arrested", "Amira Haddad"),
                ("charged", "Amira Haddad"),
                ("released", "Amira Haddad"),
            },
        ),
        # A coordinated verb before the action does not govern it.
        (
            'Mr. Bisimwa, also called "Tembo", was arrested near the border.',
            {("arrested", "Bisimwa")},
        ),
        # Prosecuted is charged; acquitted is released, the role without the charges.
        ("Nadia Ferro was prosecuted by the state.", {("charged", "Nadia Ferro")}),
        (
            "A court acquitted the former bridge inspector, Tomas Ekdahl, of all charges.",
            {("released", "Tomas Ekdahl")},
        ),
        # A post one is sent to, as South Asian reports say.
        (
            "Zahid Mehmood Qureshi has been posted as the new Commissioner of Larkhana Division.",
            {("appointed", "Zahid Mehmood Qureshi")},
        ),
        # The speaker named after a quotation is none of those it tells of.
        (
            '"The judge jailed Omar Haddou and released two others," one of their lawyers, Lina '
            "Berrada, told AFP.",
            {("detained", "Omar Haddou")},
        ),
        # A charge sheet submitted against a name.
        (
            "Police submitted a charge sheet against Farid Sarkar on Monday.",
            {("charged", "Farid Sarkar")},
        ),
        # Ceased from a post, as translated reports say.
        ("Elena Varga was ceased as councillor on Friday.", {("dismissed", "Elena Varga")}),
        # A resignation presented, as translated reports say.
        (
            "Councillor Ines Barro presented her resignation on Tuesday.",
            {("resigned", "Ines Barro")},
        ),
        # "whose" in a relative clause on a name is that name's.
        (
            "Viorel Antip, whose resignation the minister accepted on 3 April, will stay on as "
            "an adviser.",
            {("resigned", "Viorel Antip")},
        ),
        # Stripped of a command, the "of" hung on the one stripped.
        ("The army has stripped Major Ivo Krey of his command.", {("dismissed", "Ivo Krey")}),
        # Counts filed against someone are charges.
        (
            "Prosecutors filed three counts of negligence against Aldo Vessi on Friday.",
            {("charged", "Aldo Vessi")},
        ),
        # Imprisonment ordered is custody.
        (
            "The prosecutor ordered the imprisonment of the warehouse owner, Samir Haddad, for "
            "four days.",
            {("detained", "Samir Haddad")},
        ),
        # Standing someone down is no resignation of whoever did it, but the removal of the
        # one stood down.
        (
            "Harbour Freight Ltd has stood down its yard manager, Colin Brandt, pending an "
            "inquiry.",
            {("dismissed", "Colin Brandt")},
        ),
        # Joined to an action dated in an earlier year, with only a later date of its own.
        (
            "After the stadium fire in 2011, the promoter Jonas Riedel was arrested, charged "
            "with manslaughter and, two years later, acquitted.",
            set(),
        ),
    ],
)
def test_finds_actions(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


def test_a_pronoun_points_back_to_a_name_in_apposition_to_a_role(nlp: Language) -> None:
    text = (
        "Her deputy, Carlos Mena Ruiz, was named interim minister. A court ordered the former "
        "warden, Ivan Duarte Salcedo, to stand trial after prosecutors charged him with fraud."
    )
    assert ("charged", "Ivan Duarte Salcedo") in action_pairs(nlp, text, PUBLISHED)
    assert ("charged", "Carlos Mena Ruiz") not in action_pairs(nlp, text, PUBLISHED)


def test_a_company_in_apposition_is_no_antecedent(nlp: Language) -> None:
    text = (
        "Daniel Asare Mensah, whose company Bright Star Events staged the show, pleaded not "
        "guilty. The judge set bail, and he was released in the afternoon."
    )
    assert action_pairs(nlp, text, PUBLISHED) == {("released", "Daniel Asare Mensah")}


def test_a_first_surname_alone_is_the_full_name(nlp: Language) -> None:
    text = (
        "The police chief sacked the city commander, Senior Superintendent Paul Ekwueme "
        "Obi, on Sunday. A statement said Mr. Ekwueme had been removed pending an inquiry."
    )
    assert action_pairs(nlp, text, PUBLISHED) == {("dismissed", "Paul Ekwueme Obi")}


def test_a_role_takes_the_one_name_given_it_as_a_title_nearby(nlp: Language) -> None:
    text = (
        "The ministry removed the mayor of the border town of Kelso from office on Friday. "
        "Mayor Ilhan Demirel was replaced by a trustee."
    )
    assert action_pairs(nlp, text, PUBLISHED) == {("dismissed", "Ilhan Demirel")}


def test_a_title_with_other_words_is_another_post(nlp: Language) -> None:
    text = (
        "The interior minister resigned on Sunday. "
        "His resignation was accepted by Prime Minister Leila Haddad."
    )
    assert action_pairs(nlp, text, PUBLISHED) == set()


def test_the_role_ends_where_the_name_was(nlp: Language) -> None:
    text = "A court acquitted the former bridge inspector, Tomas Ekdahl, of all charges."
    found = find_actions(nlp(text), PUBLISHED, COUNTRY)
    assert [(a.subject, a.role) for a in found] == [("Tomas Ekdahl", "former bridge inspector")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Detained were Oskar Brandt, 52, the depot manager; his nephew Felix Brandt; and "
            "the site foreman, Jonas Ekholm.",
            {
                ("detained", "Oskar Brandt"),
                ("detained", "Felix Brandt"),
                ("detained", "Jonas Ekholm"),
            },
        ),
        (
            "Also arrested were two reporters, Livia Sorn of the Harbour Gazette and "
            "cameraman Teo Marlin.",
            {("arrested", "Livia Sorn"), ("arrested", "Teo Marlin")},
        ),
        (
            "Also dismissed, according to a statement from the port authority on Friday, was "
            "its chief engineer, Halvor Dunne.",
            {("dismissed", "Halvor Dunne")},
        ),
        # A participle opening a clause with a subject of its own is no inverted clause.
        (
            "Arrested in 2019 and freed a year later, Mira Castell now leads the union.",
            set(),
        ),
        ("Not arrested were the two guards, Jon Tull and Emil Rask.", set()),
        # Places are no names of the list.
        (
            "Arrested were Omar Sayed, 34, of Kisumu, and Karl Ekholm, the Tana River County "
            "commissioner.",
            {("arrested", "Omar Sayed"), ("arrested", "Karl Ekholm")},
        ),
        # Who tells of the list is not in it.
        (
            "Detained were Omar Sayed and Karl Ekholm, spokesman Hana Lind told reporters.",
            {("detained", "Omar Sayed"), ("detained", "Karl Ekholm")},
        ),
    ],
)
def test_a_participle_before_were_acts_on_the_names_after_it(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agnes Tolle was appointed acting director of the Nordby clinic after her "
            "predecessor, Ruben Kask, was relieved of his duties.",
            {("appointed", "Agnes Tolle"), ("dismissed", "Ruben Kask")},
        ),
        (
            "Agnes Tolle was appointed acting governor after his predecessor, Ruben Kask, was "
            "removed from office.",
            {("appointed", "Agnes Tolle"), ("dismissed", "Ruben Kask")},
        ),
        # Joined by "and", the clauses share their subject.
        (
            "Agnes Tolle was detained on Monday and was charged with fraud on Tuesday.",
            {("detained", "Agnes Tolle"), ("charged", "Agnes Tolle")},
        ),
    ],
)
def test_a_passive_clause_joined_without_and_has_its_own_subject(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle between the noun and the name says which one the noun is.
        (
            "The woman arrested on Monday, Ilse Marwick, was released on bail on Wednesday.",
            {("released", "Ilse Marwick"), ("arrested", "Ilse Marwick")},
        ),
        # Names the parser hangs on the charge's noun are among those the action is on.
        (
            "Police arrested three men on suspicion of sheltering the gunmen, including Oskar "
            "Brandt, a mechanic from the town.",
            {("arrested", "Oskar Brandt")},
        ),
        # A plain future of taking a post is an appointment made; no other future counts.
        (
            "The harbour master was sacked. His deputy, Lena Vogt, will replace him.",
            {("appointed", "Lena Vogt")},
        ),
        ("Lena Vogt will succeed Piotr Halas as harbour master.", {("appointed", "Lena Vogt")}),
        ("The board will replace the director, Piotr Halas.", set()),
        ("The mayor may replace him with Lena Vogt.", set()),
        # Who is released set after the terms, which the parser takes for the terms' own.
        (
            "A court in Ostrel on Monday released on bail Lena Vogt, the head of the guild, "
            "her lawyer said.",
            {("released", "Lena Vogt")},
        ),
        (
            "A judge released on bail the four guards who had been detained, including "
            "brothers Tarek Samir Nour and Adel Samir Nour.",
            {
                ("released", "Tarek Samir Nour"),
                ("released", "Adel Samir Nour"),
                ("detained", "Tarek Samir Nour"),
                ("detained", "Adel Samir Nour"),
            },
        ),
        (
            "The minister, Ruth Calder, relieved of his duties the port commander, Colonel "
            "Anders Holm.",
            {("dismissed", "Anders Holm")},
        ),
        # An object set after the verb's adverbials, or on "in his place", is the verb's own,
        # not that of the verb it is joined to.
        (
            "The president dismissed the minister, Ruth Calder, and appointed in her place, on "
            "an interim basis, the first deputy minister, Ms. Lena Vogt, a surgeon.",
            {("dismissed", "Ruth Calder"), ("appointed", "Lena Vogt")},
        ),
        (
            "The president dismissed the minister, Ruth Calder, and appointed in her place the "
            "deputy minister, Lena Vogt.",
            {("dismissed", "Ruth Calder"), ("appointed", "Lena Vogt")},
        ),
        (
            "Police arrested Ruth Calder, and on Monday charged her with fraud.",
            {("arrested", "Ruth Calder"), ("charged", "Ruth Calder")},
        ),
        # Ranks of other languages are no part of a name.
        (
            "The mayor suspended the head of municipal security, Comandante Raul Vidal, on "
            "Tuesday.",
            {("dismissed", "Raul Vidal")},
        ),
        (
            "AKP Dimas Haryanto, who headed the city's traffic unit, was relieved of his post.",
            {("dismissed", "Dimas Haryanto")},
        ),
        # Who the police hunt is a suspect; whom rescuers seek, or reporters, is not.
        ("Rescuers are searching for Ruth Calder.", set()),
        ("The minister was sought for comment by reporters.", set()),
        ("Ruth Calder wanted to leave the city.", set()),
        # The owner of a market is no market.
        (
            "Police have arrested the owner of the Ostrel Grand Market in Vell and two leaders "
            "of its committee.",
            set(),
        ),
        # A post held then tells of an earlier event.
        ("Then-prime minister Tomas Brek resigned days after that fire.", set()),
        (
            "In July 2021, police raided three care homes; the then labour minister, Tomas "
            "Brek, resigned days later.",
            set(),
        ),
        ("Police then arrested Tomas Brek.", {("arrested", "Tomas Brek")}),
        # What a publisher's note says an earlier version wrongly said.
        (
            "Correction: An earlier version of this article said Ilse Marwick had been charged.",
            set(),
        ),
        # A participle of a count is said of no one named near it.
        (
            "According to the police spokeswoman in Vell, Ilse Marwick, of the 1,204 detained, "
            "612 were held in the capital.",
            set(),
        ),
        # A name the parser made a subject beside the post set off after it.
        (
            "Superintendent Tomas Mabote, the commander of the unit in Tete, remains "
            "suspended while the inquiry continues.",
            {("dismissed", "Tomas Mabote")},
        ),
    ],
)
def test_who_a_clause_or_a_charge_sets_beside_the_action(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected
