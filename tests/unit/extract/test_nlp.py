"""The pipeline's own components: a subject the parser lost to an apposition before it."""

import pytest
from spacy.language import Language

from streams.extract.nlp import lost_subjects


def _subject_of(nlp: Language, text: str, verb: str) -> str | None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.text if subject is not None else None


def test_a_phrase_set_off_before_a_subjectless_verb_is_its_subject(nlp: Language) -> None:
    text = (
        "Citing his duty to the families of the tunnel, which flooded and drowned nine "
        "people, the province's Transport Minister, Halim Osei Darko, submitted his "
        "resignation on Monday."
    )
    assert _subject_of(nlp, text, "submitted") == "Minister"


def test_the_repair_is_what_finds_it(nlp: Language) -> None:
    text = (
        "Citing his duty to the families of the tunnel, which flooded and drowned nine "
        "people, the province's Transport Minister, Halim Osei Darko, submitted his "
        "resignation on Monday."
    )
    with nlp.select_pipes(disable=["lost_subjects"]):
        doc = nlp(text)
    verb = next(t for t in doc if t.text == "submitted")
    assert not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    repaired = lost_subjects(doc)
    verb = next(t for t in repaired if t.text == "submitted")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Minister"]


def test_a_verb_with_its_own_subject_keeps_it(nlp: Language) -> None:
    text = "After the tunnel flooded, the minister, Halim Osei Darko, resigned on Monday."
    assert _subject_of(nlp, text, "resigned") == "minister"


def test_a_rank_written_short_ends_no_sentence(nlp: Language) -> None:
    doc = nlp("The ministry relieved the commander, Brig. Gen. Ilse Varro, of her command.")
    assert len(list(doc.sents)) == 1
    assert "Brig." in [t.text for t in doc]


def test_a_subordinate_clause_gets_back_the_subject_read_as_an_object(nlp: Language) -> None:
    text = "The council will review the contract after its auditor, Nell Harte, resigned."
    assert _subject_of(nlp, text, "resigned") == "auditor"
    resigned = next(t for t in nlp(text) if t.text == "resigned")
    assert [c.text for c in resigned.children if c.dep_ == "mark"] == ["after"]


def test_a_verb_read_as_a_participle_gets_its_subject(nlp: Language) -> None:
    text = (
        "Three members of the water board, Ana Bell, Jon Vale and Omar Said, handed in their "
        "resignations on Thursday."
    )
    assert _subject_of(nlp, text, "handed") == "members"


def test_a_participle_describing_the_counted_is_no_verb(nlp: Language) -> None:
    text = "The number of people reported missing stands at 61, according to the ombudsman."
    assert _subject_of(nlp, text, "stands") == "number"


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Vinod Saxena was on Wednesday placed under suspension.", "placed", "Saxena"),
        ("The driver was on Sunday charged with murder.", "charged", "driver"),
    ],
)
def test_a_date_between_auxiliary_and_participle_keeps_the_participle_the_verb(
    nlp: Language, text: str, verb: str, subject: str
) -> None:
    assert _subject_of(nlp, text, verb) == subject
    participle = next(t for t in nlp(text) if t.text == verb)
    assert participle.dep_ == "ROOT"
    assert [c.text for c in participle.children if c.dep_ == "auxpass"] == ["was"]


def test_a_verb_of_being_with_a_date_keeps_its_complement(nlp: Language) -> None:
    doc = nlp("The minister was on Monday in Paris for talks.")
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["was"]


def test_a_dateline_of_several_words_is_one_sentence_before_the_news(nlp: Language) -> None:
    doc = nlp("Patients die after antivenom fails\n\nPORT MORESBY - Seven patients have died.")
    assert [s.text.strip() for s in doc.sents][1:] == [
        "PORT MORESBY -",
        "Seven patients have died.",
    ]
