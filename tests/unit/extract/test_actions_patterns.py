"""Action rules for constructions beyond the basic ones."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.actions import find_actions
from tests.unit.extract.action_pairs import action_pairs

PUBLISHED = dt.date(2023, 4, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Detained is kept apart from arrested.
        ("Police detained Tomas Varga at the border.", {("detained", "Tomas Varga")}),
        ("Police arrested Tomas Varga at the border.", {("arrested", "Tomas Varga")}),
        ("Among the detained is Ahmed Karimi, a lawyer.", {("detained", "Ahmed Karimi")}),
        # A name in apposition to a title, or hung on the place in the title.
        (
            "The minister relieved the Harbour District Police Chief, Anton Gruber, of his duties.",
            {("dismissed", "Anton Gruber")},
        ),
        (
            "The cabinet removed the governor of Lakeside, Marta Kowal, from her post.",
            {("dismissed", "Marta Kowal")},
        ),
        (
            "The council announced the dismissal of the chief of traffic police, "
            "Colonel Ivan Petrov.",
            {("dismissed", "Ivan Petrov")},
        ),
        # Participles on a role noun, relative pronouns, passive subjects on the auxiliary.
        ("The ousted police chief, Lena Ortiz, left the city.", {("dismissed", "Lena Ortiz")}),
        (
            "Omar Haddad, who was sacked on Tuesday, declined to comment.",
            {("dismissed", "Omar Haddad")},
        ),
        # Charges, swearing in and naming to a post.
        (
            "Karl Weiss resigned in March. A case was filed against him for fraud.",
            {("resigned", "Karl Weiss"), ("charged", "Karl Weiss")},
        ),
        (
            "Officials swore in former judge Nadia Rahman as justice minister.",
            {("appointed", "Nadia Rahman")},
        ),
        (
            "On Monday the president named Samuel Okoro as army chief.",
            {("appointed", "Samuel Okoro")},
        ),
        ("Gregor Lind was arraigned before a court on Monday.", {("charged", "Gregor Lind")}),
    ],
)
def test_finds_actions(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A wire dateline is not a subject.
        "VELMORA, May 2 (XNA) - The interior minister resigned on Friday.",
        # A quoted source after the fact is not the one arrested.
        "Troops arrested the men at a roadblock, army spokesman Major Felix Amadi said.",
        # Places and organisations are not people.
        "More than 50 people have been detained, according to the Northgate Rights Centre.",
        # Being named as someone is identification, not appointment.
        "The victim was named as Ruth Bell.",
        # A body that stands, not one just formed: its head was appointed long before.
        "The caretaker cabinet, headed by retired judge Maya Thapa, is now busy with the polls.",
        "The transitional council, chaired by Maya Thapa, meets weekly.",
    ],
)
def test_not_actions(nlp: Language, text: str) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == set()


def test_pronoun_skips_the_quoted_source(nlp: Language) -> None:
    text = (
        "Police arrested the former mayor Viktor Hale on Monday. "
        "Officers picked him up at home, police spokesman Dan Reyes told reporters. "
        "A case was filed against him under the anti-graft law."
    )
    assert ("charged", "Viktor Hale") in action_pairs(nlp, text, PUBLISHED)


def test_plural_role_is_singular_for_each_person(nlp: Language) -> None:
    found = find_actions(
        nlp("The president dismissed two other vice presidents of the bank, Ana Ruiz and Li Wei."),
        PUBLISHED,
        None,
    )
    assert {(a.subject, a.role) for a in found} == {
        ("Ana Ruiz", "vice president of the bank"),
        ("Li Wei", "vice president of the bank"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sara Lund, the head of the agency, stood down.", {("resigned", "Sara Lund")}),
        ("Interior minister Omar Haidari was forced out.", {("dismissed", "Omar Haidari")}),
        ("The board forced out its chief, Sara Lund.", {("dismissed", "Sara Lund")}),
        ("Sara Lund was pushed out of office.", {("dismissed", "Sara Lund")}),
        # Forced out of a home, or by the water, is no dismissal.
        ("Ana Berg was forced out of her home by the flood.", set()),
        ("Ana Berg and her children were forced out by the rising water.", set()),
    ],
)
def test_a_particle_makes_the_action(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


def test_a_verb_the_recogniser_joined_to_a_name_is_still_the_action(nlp: Language) -> None:
    # The recogniser reads "arrested Gul Wazir" as one name.
    doc = nlp("Authorities arrested Gul Wazir in connection with the ambush.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Gul Wazir", "PERSON")]
    assert action_pairs(nlp, doc.text, PUBLISHED) == {("arrested", "Gul Wazir")}
