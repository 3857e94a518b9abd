"""The parse's text read once: every slice is the text spaCy itself joins."""

from spacy.language import Language

from streams.extract.texts import text_of

_TEXT = (
    "KUTAISI, Sept 20 - Three people died when a lift fell in the town's hospital.  "
    "Officials said (on Sunday) that two more were hurt;\nthe operator, Tamaz Beridze, "
    "was detained.\n\nCorrection: an earlier version said four."
)


def test_the_text_of_a_parse_and_of_each_of_its_spans_is_spacys(nlp: Language) -> None:
    doc = nlp(_TEXT)
    spans = [*doc.sents, *doc.ents, *(doc[i : i + 3] for i in range(len(doc) - 2)), doc[2:2]]
    assert text_of(doc) == doc.text
    assert [text_of(span) for span in spans] == [span.text for span in spans]


def test_a_parse_is_joined_once(nlp: Language) -> None:
    doc = nlp(_TEXT)
    assert text_of(doc) is text_of(doc)
