"""Scores, findings and rendering from hand-built matches."""

from streams.evaluate.gold import GoldAction, GoldArticle, GoldFigure, GoldSpan
from streams.evaluate.match import match_article
from streams.evaluate.model import BCubed, EvalReport, Score
from streams.evaluate.render import render
from streams.evaluate.scores import Grouping, build_report, finish, grouping
from streams.evaluate.states import StateCheck
from tests.unit.evaluate.test_match import (
    BODY,
    DETAINED,
    DISMISSED,
    INJURED,
    STRIKE,
    TOLL,
    action,
    exact_lower,
    figure,
)

GOLD = GoldArticle(
    figures=[
        GoldFigure(metric="arrested", value=48, qualifier="exact", evidence=DETAINED),
        GoldFigure(metric="deaths", value=21, scope="protesters", evidence=TOLL),
        GoldFigure(metric="injured", qualifier="vague", as_written="Dozens", evidence=INJURED),
    ],
    actions=[GoldAction(name="Ana Ruiz", action="dismissed")],
    negatives=["48-hour strike"],
    ambiguous=[GoldSpan(evidence="including a 15-year-old boy")],
)
CLAIMS = [
    figure("arrested", 48, "48", DETAINED),  # hit
    figure("deaths", 21, "21", TOLL),  # hit, wrong scope
    figure("arrested", 48, "48", STRIKE),  # negative hit
    figure("deaths", 1, "a 15-year-old boy", TOLL, scope="children"),  # ambiguous
    figure("injured", 7, "seven", INJURED),  # false positive; 'Dozens' is missed
    action("Ana Ruiz", "dismissed", DISMISSED),
    action("Ana Ruiz", "resigned", DISMISSED),  # false positive
]
CHECKS = [
    StateCheck(article_id="a1", field="deaths", expected="21 exact", got="21 exact", ok=True),
    StateCheck(article_id="a1", field="dismissed", expected="Ana Ruiz", got="none", ok=False),
]


def report() -> EvalReport:
    match = match_article("a1", BODY, GOLD, CLAIMS, exact_lower)
    return build_report(["gold.json"], [match], CHECKS, Grouping(pairs=3, agreed=2))


def test_precision_and_recall_per_metric_and_in_total() -> None:
    figures = report().figures
    assert (figures["arrested"].tp, figures["arrested"].fp, figures["arrested"].fn) == (1, 1, 0)
    assert figures["arrested"].negative_hits == 1
    assert (figures["injured"].tp, figures["injured"].fp, figures["injured"].fn) == (0, 1, 1)
    total = figures["total"]
    assert (total.tp, total.fp, total.fn, total.ignored) == (2, 2, 1, 1)
    assert total.precision == 0.5 and abs(total.recall - 2 / 3) < 1e-9
    assert figures["deaths"].scope_accuracy == 0.0 and figures["deaths"].qualifier_accuracy == 1.0


def test_actions_negatives_state_and_grouping_scores() -> None:
    r = report()
    assert (r.actions["total"].tp, r.actions["total"].fp, r.actions["total"].fn) == (1, 1, 0)
    assert r.actions["resigned"].precision == 0.0
    assert r.negative_hits == 1
    assert (r.state_checks, r.state_agreed, r.state_score) == (2, 1, 0.5)
    assert r.grouping_score == 2 / 3
    assert [f.what for f in r.mismatches] == ["deaths 21 exact [total]"]


def test_a_correction_not_flagged_is_counted_and_listed() -> None:
    gold = GoldArticle(figures=[GoldFigure(metric="deaths", value=21, corrects=True)])
    claims = [figure("deaths", 21, "21", TOLL)]
    r = build_report(["g"], [match_article("a1", BODY, gold, claims, exact_lower)], [])
    assert (r.corrections, r.corrections_flagged) == (1, 0)
    assert r.mismatches[0].note == "gold: deaths 21 exact [total], a correction"
    flagged = [claims[0].model_copy(update={"corrects": True})]
    r = build_report(["g"], [match_article("a1", BODY, gold, flagged, exact_lower)], [])
    assert (r.corrections, r.corrections_flagged, r.mismatches) == (1, 1, [])
    r = build_report(["g"], [match_article("a1", BODY, gold, [], exact_lower)], [])
    assert (r.corrections, r.corrections_flagged) == (1, 0)


def test_nothing_to_find_and_nothing_found_is_perfect_but_a_miss_is_not() -> None:
    assert finish(Score(name="x")).f1 == 1.0
    assert finish(Score(name="x", fn=1)).recall == 0.0


def test_grouping_counts_pairs_kept_together_or_apart() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    right = grouping(gold, {"a": "1", "b": "1", "c": "2"})
    assert (right.pairs, right.agreed) == (3, 3)
    assert right.bcubed() == BCubed(precision=1.0, recall=1.0, f1=1.0)
    wrong = grouping(gold, {"a": "1", "b": None, "c": "1"})
    assert (wrong.pairs, wrong.agreed) == (3, 1)
    # a: its group {a, c} is half right; it finds half of its gold group {a, b}.
    bcubed = wrong.bcubed()
    assert bcubed is not None
    assert (bcubed.precision, bcubed.recall) == (
        round((0.5 + 1 + 0.5) / 3, 4),
        round((0.5 + 0.5 + 1) / 3, 4),
    )


def test_the_text_lists_what_a_developer_must_fix() -> None:
    text = render(report())
    assert "Negative spans extracted: 1 (must be 0)" in text
    assert "1/2 checks agree" in text
    misses = text.split("Misses:")[1].split("False positives:")[0]
    assert "injured 'Dozens'" in misses
    false = text.split("False positives:")[1].split("Scope, qualifier or correction wrong:")[0]
    assert "from negative '48-hour strike'" in false and "resigned Ana Ruiz" in false
    assert "dismissed: want Ana Ruiz, got none" in text


def test_the_json_report_round_trips() -> None:
    r = report()
    assert EvalReport.model_validate_json(r.model_dump_json()) == r
