"""A withdrawal read from text, folded: the withdrawn figure stops being current."""

import datetime as dt

from spacy.language import Language

from schemas.article import Article
from schemas.claim import Claim
from streams.clean.boilerplate import clean
from streams.extract.pipeline import extract
from streams.reconcile.changes import diff
from streams.reconcile.fold import fold

DAY = dt.datetime(2023, 3, 4, 9, 0, tzinfo=dt.UTC)


def _claims(nlp: Language, article_id: str, hours: int, body: str) -> list[Claim]:
    article = Article(
        id=article_id,
        published_at=DAY + dt.timedelta(hours=hours),
        body=body,
        incident_hint="ostravia-unrest",
    )
    cleaned = clean(article)
    return extract(cleaned, nlp(cleaned.text)).claims


def test_a_withdrawn_toll_goes_down_and_stays_in_history(nlp: Language) -> None:
    first = _claims(nlp, "a", 0, "The health office said 164 people died in the riots in Ostravia.")
    second = _claims(
        nlp,
        "b",
        6,
        "The health office withdrew the figure of 164 dead, blaming a technical error. "
        "It said 103 people had died in the riots in Ostravia.",
    )
    deaths = fold([*first, *second]).figures["deaths"]
    assert deaths.value == 103
    assert [w.value for w in deaths.withdrawn] == [164]
    assert [h.value for h in deaths.history] == [164, 103]


def test_a_figure_taken_back_with_none_in_its_place_gives_way_to_the_one_before(
    nlp: Language,
) -> None:
    first = _claims(nlp, "a", 0, "The health office said 12 people died in the riots in Ostravia.")
    second = _claims(
        nlp, "b", 6, "The toll from the riots in Ostravia rose to 48, the health office said."
    )
    third = _claims(
        nlp,
        "c",
        12,
        "The health office withdrew its figure of 48 dead, citing a counting error. "
        "A new count is under way, a spokesman said.",
    )
    # The figure taken back is a claim of its own too, a part, which changes no total.
    assert [(c.kind, getattr(c, "withdraws", None), getattr(c, "scope", None)) for c in third] == [
        ("figure", None, "subset"),
        ("withdrawal", 48, None),
    ]
    # The change says so: the count went down, and why.
    [change] = diff(fold([*first, *second]), fold([*first, *second, *third]))
    assert (change.before["value"], change.after["value"]) == (48, 12)
    assert change.after["withdrawn"] == [48]
    assert any("withdrew its figure of 48" in sentence for sentence in change.sentences)
    # A report that still cites the withdrawn figure restores nothing.
    fourth = _claims(nlp, "d", 18, "The riots in Ostravia killed 48 people, an official said.")
    deaths = fold([*first, *second, *third, *fourth]).figures["deaths"]
    assert deaths.value == 12
    assert [w.value for w in deaths.withdrawn] == [48]
    assert [c.value for c in deaths.conflicts] == [48]
    assert [h.value for h in deaths.history][:3] == [12, 48, 12]


def test_a_withdrawal_with_a_new_figure_or_another_partys_denial_is_no_withdrawal_claim(
    nlp: Language,
) -> None:
    replaced = _claims(
        nlp,
        "a",
        0,
        "The health office withdrew the figure of 164 dead, blaming a technical error. "
        "It said 103 people had died in the riots in Ostravia.",
    )
    denied = _claims(
        nlp, "b", 6, "The government denied reports that 40 protesters were killed in Ostravia."
    )
    assert {c.kind for c in replaced} == {"figure"}
    assert [c.kind for c in denied] == []


def test_a_figure_withdrawn_without_its_number_is_the_one_the_sentence_before_gave(
    nlp: Language,
) -> None:
    first = _claims(nlp, "a", 0, "The health office said 12 people died in the riots in Ostravia.")
    second = _claims(
        nlp,
        "b",
        6,
        "The health office said 48 people had died in the riots in Ostravia. "
        "Hours later it withdrew the figure, blaming a technical error.",
    )
    assert [getattr(c, "withdraws", None) for c in second if c.kind == "withdrawal"] == [48]
    deaths = fold([*first, *second]).figures["deaths"]
    assert deaths.value == 12
    assert [w.value for w in deaths.withdrawn] == [48]
    # A sentence with no correction in it takes nothing back.
    plain = _claims(
        nlp,
        "c",
        6,
        "The health office said 48 people had died in the riots in Ostravia. "
        "Hours later it closed the hospital to visitors.",
    )
    assert [c.kind for c in plain] == ["figure"]


def test_a_figure_called_wrong_by_a_count_of_another_scope_is_taken_back(nlp: Language) -> None:
    first = _claims(
        nlp,
        "a",
        0,
        "Police in Ostravia said 137 people have been detained since the riots, of whom 58 "
        "remain in custody.",
    )
    second = _claims(
        nlp,
        "b",
        30,
        "A deputy minister told state television that about 200 people were in custody over "
        'the riots in Ostravia. "The figure cited was incorrect," the ministry said, saying 61 '
        "people were currently being held. In total 140 people have been detained since the "
        "riots, it said.",
    )
    arrested = fold([*first, *second]).figures["arrested"]
    # The total named wrong gives way to the one turned down for being lower than it.
    assert arrested.value == 140
    assert 200 in [w.value for w in arrested.withdrawn]
