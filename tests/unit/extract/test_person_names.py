"""Who a word names: full names without their titles, runs of names in a list, and the
spellings of one person in an article."""

import pytest
from spacy.language import Language
from spacy.tokens import Token

from streams.extract.person_names import (
    bare_title,
    full_name,
    name_run_end,
    people_named,
    proper_name,
)


def _token(nlp: Language, text: str, word: str) -> Token:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # An age ends the run; the next name is a run of its own.
        ("Police held Tomas Ruel Varga, 41, and Ida Brenn on Monday.", "Tomas", "Varga"),
        # A hyphen written without spaces joins two words of one name.
        ("Police held Karim Abd-Salem and Ida Brenn on Monday.", "Karim", "Salem"),
        # A hyphen set off by spaces is a dash between clauses, not part of the name.
        ("Police held Karim Abd - and later Ida Brenn.", "Karim", "Abd"),
    ],
)
def test_a_run_of_proper_words_ends_at_the_last_word_of_the_name(
    nlp: Language, text: str, first: str, last: str
) -> None:
    assert name_run_end(_token(nlp, text, first)).text == last


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Commissioner Ilse Marrow resigned on Friday.",
        # Hyphened and plural titles.
        "The cabinet removed Inspector-General Ilse Marrow on Friday.",
        "Sergeants Ilse Marrow and Tom Pell were charged on Friday.",
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(nlp: Language, text: str) -> None:
    assert full_name(_token(nlp, text, "Marrow")) == "Ilse Marrow"


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Ilse Marrow", True),
        ("al-Tayeb Marrow", True),  # a short particle before a capital
        ("Chief Justice", False),  # only title words
        ("Marrow Holdings Ltd", False),  # a company
        ("Railway Executive", False),  # ends in a post
    ],
)
def test_a_proper_name_is_a_persons(name: str, person: bool) -> None:
    assert proper_name(name) is person


def test_a_name_of_title_words_only_is_a_bare_title() -> None:
    assert bare_title("Prime Minister") and bare_title("Secretaries")
    assert not bare_title("Minister Ilse Marrow")


def test_spellings_one_edit_apart_are_one_person_unless_given_names_disagree(
    nlp: Language,
) -> None:
    doc = nlp(
        "Anton Kasparek, the port director, was arrested on Monday. Lawyers for Kasperek "
        "said he was innocent. His deputy, Mira Kasparek, was not held."
    )
    people = people_named(doc)
    assert people["Kasperek"] == "Anton Kasparek"
    assert people["Mira Kasparek"] == "Mira Kasparek"
