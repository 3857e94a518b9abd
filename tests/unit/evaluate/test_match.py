"""Matching one article's claims against hand-built gold."""

import datetime as dt

from schemas.claim import ActionClaim, FigureClaim, Qualifier, SentenceRef
from streams.evaluate.gold import GoldAction, GoldArticle, GoldFigure, GoldSpan
from streams.evaluate.match import (
    figure_matches,
    from_negative,
    match_article,
    vague_word,
)

BODY = (
    "Police said 48 people were detained on Saturday. "
    "A 48-hour strike begins Monday. "
    "Dozens were injured in the clashes. "
    "The toll rose to 21, including a 15-year-old boy. "
    "The governor, Ana Ruiz, was dismissed."
)
WHEN = dt.datetime(2025, 3, 8, 12, tzinfo=dt.UTC)


def sentence(text: str) -> SentenceRef:
    start = BODY.index(text)
    return SentenceRef(text=text, start=start, end=start + len(text))


def figure(
    metric: str,
    value: int,
    as_written: str,
    in_sentence: str,
    qualifier: Qualifier = "exact",
    scope: str = "total",
) -> FigureClaim:
    return FigureClaim.model_validate(
        {
            "claim_id": f"c-{metric}-{value}-{as_written}",
            "incident_id": "x-unrest-2025-03",
            "article_id": "a1",
            "published_at": WHEN,
            "extractor_version": "test",
            "sentence": sentence(in_sentence),
            "metric": metric,
            "value": value,
            "low": value,
            "high": value,
            "qualifier": qualifier,
            "as_written": as_written,
            "scope": scope,
        }
    )


def action(subject: str, done: str, in_sentence: str) -> ActionClaim:
    return ActionClaim.model_validate(
        {
            "claim_id": f"a-{subject}-{done}",
            "incident_id": "x-unrest-2025-03",
            "article_id": "a1",
            "published_at": WHEN,
            "extractor_version": "test",
            "sentence": sentence(in_sentence),
            "subject": subject,
            "action": done,
        }
    )


DETAINED = "Police said 48 people were detained on Saturday."
STRIKE = "A 48-hour strike begins Monday."
INJURED = "Dozens were injured in the clashes."
TOLL = "The toll rose to 21, including a 15-year-old boy."
DISMISSED = "The governor, Ana Ruiz, was dismissed."

GOLD = GoldArticle(
    figures=[
        GoldFigure(metric="arrested", value=48, evidence="48 people were detained"),
        GoldFigure(metric="injured", qualifier="vague", as_written="Dozens", evidence=INJURED),
        GoldFigure(metric="deaths", value=21, evidence="The toll rose to 21"),
    ],
    actions=[GoldAction(name="Ana Ruiz", action="dismissed", evidence=DISMISSED)],
    negatives=["48-hour strike", "15-year-old"],
    ambiguous=[GoldSpan(evidence="including a 15-year-old boy")],
)


def exact_lower(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def test_vague_words_compare_by_their_singular_stem() -> None:
    assert vague_word("Dozens of") == "dozen"
    assert vague_word("hundreds") == vague_word("Hundred")
    assert vague_word("48") is None


def test_a_vague_gold_figure_matches_the_same_word_not_a_number() -> None:
    gold = GoldFigure(metric="injured", qualifier="vague", as_written="Dozens")
    assert figure_matches(gold, figure("injured", 12, "dozens", INJURED, "vague"))
    assert not figure_matches(gold, figure("injured", 100, "hundreds", INJURED, "vague"))
    assert not figure_matches(gold, figure("deaths", 12, "dozens", INJURED, "vague"))


def test_an_exact_gold_figure_is_not_matched_by_a_vague_word_of_the_same_low_end() -> None:
    gold = GoldFigure(metric="injured", value=12)
    assert not figure_matches(gold, figure("injured", 12, "dozens", INJURED, "vague"))
    assert figure_matches(gold, figure("injured", 12, "12", INJURED))


def test_a_vague_gold_figure_with_a_range_takes_a_claim_inside_it() -> None:
    gold = GoldFigure(metric="injured", qualifier="vague", as_written="scads", low=12, high=99)
    assert figure_matches(gold, figure("injured", 30, "thirty", INJURED))
    assert not figure_matches(gold, figure("injured", 120, "120", INJURED))


def test_a_number_taken_from_a_negative_span_is_caught_by_position() -> None:
    strike = figure("arrested", 48, "48", STRIKE)
    detained = figure("arrested", 48, "48", DETAINED)
    assert from_negative(strike, "48-hour strike", BODY)
    assert not from_negative(detained, "48-hour strike", BODY)


def test_a_perfect_extraction_has_no_misses_and_no_false_positives() -> None:
    claims = [
        figure("arrested", 48, "48", DETAINED),
        figure("injured", 12, "Dozens", INJURED, "vague"),
        figure("deaths", 21, "21", TOLL),
        action("Ana Ruiz", "dismissed", DISMISSED),
    ]
    result = match_article("a1", BODY, GOLD, claims, exact_lower)
    assert len(result.figure_pairs) == 3 and len(result.action_pairs) == 1
    assert not (result.figure_misses or result.figure_false or result.action_false)


def test_miss_false_positive_negative_hit_and_ambiguous_are_told_apart() -> None:
    claims = [
        figure("arrested", 48, "48", STRIKE),  # from a negative: a false positive
        figure("deaths", 21, "21", TOLL),
        figure("deaths", 15, "15", TOLL),  # the boy's age: a negative hit
        figure("deaths", 1, "a 15-year-old boy", TOLL, scope="children"),  # ambiguous
        figure("injured", 3, "3", INJURED),  # wrong number: a false positive
        action("Ana Ruiz", "arrested", DISMISSED),  # wrong action: false positive and a miss
    ]
    result = match_article("a1", BODY, GOLD, claims, exact_lower)
    assert [g.metric for g in result.figure_misses] == ["arrested", "injured"]
    assert {(span, c.value) for span, c in result.negative_hits} == {
        ("48-hour strike", 48),
        ("15-year-old", 15),
    }
    assert sorted(c.value for c in result.figure_false) == [3, 15, 48]
    assert [c.value for c in result.figure_ignored] == [1]
    assert [a.name for a in result.action_misses] == ["Ana Ruiz"]
    assert [c.action for c in result.action_false] == ["arrested"]


def test_the_claim_from_the_evidence_sentence_is_preferred_over_a_negative_twin() -> None:
    claims = [figure("arrested", 48, "48", STRIKE), figure("arrested", 48, "48", DETAINED)]
    result = match_article("a1", BODY, GOLD, claims, exact_lower)
    assert [c.sentence.text for _, c in result.figure_pairs] == [DETAINED]
    assert [span for span, _ in result.negative_hits] == ["48-hour strike"]


def test_a_restated_figure_is_a_duplicate_not_a_false_positive() -> None:
    claims = [figure("deaths", 21, "21", TOLL), figure("deaths", 21, "twenty-one", DETAINED)]
    result = match_article("a1", BODY, GOLD, claims, exact_lower)
    assert len(result.figure_duplicates) == 1 and not result.figure_false


def test_detained_counts_as_arrested_and_spellings_go_through_the_matcher() -> None:
    gold = GoldArticle(actions=[GoldAction(name="Ana Ruiz", aliases=["Ruiz"], action="detained")])
    claims = [action("Ruiz", "arrested", DISMISSED)]
    assert match_article("a1", BODY, gold, claims, exact_lower).action_pairs
    assert not match_article("a1", BODY, gold, claims, lambda a, b: False).action_pairs
