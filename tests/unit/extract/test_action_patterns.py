"""Every row of the action pattern table reads its own sentence and finds its subject there."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.action_patterns import ROWS, Row, matches
from tests.unit.extract.action_pairs import action_pairs

PUBLISHED = dt.date(2023, 4, 15)


@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_each_row_reads_its_sentence(nlp: Language, row: Row) -> None:
    assert row.name in {m.row.name for m in matches(nlp(row.example))}
    assert row.expected in action_pairs(nlp, row.example, PUBLISHED)


def test_row_names_are_distinct() -> None:
    assert len({row.name for row in ROWS}) == len(ROWS)


def test_a_name_marked_released_alone_is_released(nlp: Language) -> None:
    text = "Police detained 40 protesters. Among them are Jonas Aberg (released) and Mira Holt."
    assert action_pairs(nlp, text, PUBLISHED) == {
        ("detained", "Jonas Aberg"),
        ("detained", "Mira Holt"),
        ("released", "Jonas Aberg"),
    }


def test_among_them_needs_a_sentence_on_arrests(nlp: Language) -> None:
    text = "Dozens of writers came to the festival. Among them is the poet Jonas Aberg."
    assert action_pairs(nlp, text, PUBLISHED) == set()
