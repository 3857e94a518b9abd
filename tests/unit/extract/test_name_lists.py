"""Names listed in a sentence: conjuncts and appositions, the names before "both of whom",
and a list of posts each set off with a name."""

from spacy.language import Language
from spacy.tokens import Token

from streams.extract.name_lists import (
    conjoined,
    listed_antecedents,
    name_set_off_after,
    named_after_listed_posts,
)


def _token(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def test_the_names_listed_with_a_name(nlp: Language) -> None:
    first = _token(nlp, "Police arrested Ida Brenn, Tomas Ruel and Mira Osk on Monday.", "Brenn")
    assert {t.text for t in conjoined(first)} == {"Brenn", "Ruel", "Osk"}


def test_both_of_whom_is_every_name_before_it(nlp: Language) -> None:
    text = "Officers detained Marit Solberg and Enno Vask, both of whom were released later."
    both = _token(nlp, text, "both")
    assert [t.text for t in listed_antecedents(both)] == ["Solberg", "Vask"]


def test_each_listed_post_names_the_one_set_off_after_it(nlp: Language) -> None:
    text = (
        "The prosecutor charged the director of the port, Ivo Brandt, and the head of the "
        "customs office, Lena Kask."
    )
    director = _token(nlp, text, "director")
    found = [(name.text, post) for name, post in named_after_listed_posts(director)]
    assert ("Kask", "head of the customs office") in found


def test_a_name_set_off_after_a_heavy_object_is_the_verbs(nlp: Language) -> None:
    text = (
        "Coast guards detained near the Velt lighthouse a fisherman from Harnby, aged 44, "
        "Jorik Stalder, on Monday."
    )
    detained = _token(nlp, text, "detained")
    assert [t.text for t in name_set_off_after(detained, lambda _: False)] == ["Stalder"]


def test_a_name_in_a_relative_clause_is_not_the_verbs(nlp: Language) -> None:
    text = "Police detained a driver who had hit a cyclist, Ivo Brandt, on the bridge."
    detained = _token(nlp, text, "detained")
    assert name_set_off_after(detained, lambda _: False) == []
