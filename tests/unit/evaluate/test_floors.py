"""`run_eval` on the seeds, the development set, the two held-out sets and the grouping set
stays above measured floors."""

from pathlib import Path

import pytest

from streams.evaluate.model import EvalReport

DATA = Path(__file__).resolve().parents[2] / "data"
GOLDS = {
    "seeds": DATA / "seeds.gold.json",
    "dev": DATA / "dev" / "dev.gold.json",
    "holdout": DATA / "holdout" / "holdout.gold.json",
    "holdout2": DATA / "holdout2" / "holdout2.gold.json",
    "grouping": DATA / "grouping" / "grouping.gold.json",
}
ANNOTATED = {"seeds": 3, "dev": 42, "holdout": 28, "holdout2": 23, "grouping": 28}

# Set from measured figures, less 0.03.
FIGURE_F1_FLOOR = {"seeds": 0.97, "dev": 0.97, "holdout": 0.95, "holdout2": 0.91, "grouping": 0.87}
ACTION_F1_FLOOR = {"seeds": 0.97, "dev": 0.93, "holdout": 0.93, "holdout2": 0.95, "grouping": 0.87}
STATE_SCORE_FLOOR = {
    "seeds": 0.90,
    "dev": 0.93,
    "holdout": 0.95,
    "holdout2": 0.89,
    "grouping": 0.81,
}
# B-cubed F1 of the incident grouping (the seeds' gold names no incidents).
GROUPING_F1_FLOOR = {"dev": 0.97, "holdout": 0.97, "holdout2": 0.97, "grouping": 0.97}


@pytest.fixture(scope="module", params=sorted(GOLDS))
def measured(request: pytest.FixtureRequest) -> tuple[str, EvalReport]:
    pytest.importorskip("streams.replay", reason="the extraction pipeline is not wired yet")
    from streams.evaluate.report import run_eval

    name: str = request.param
    _, report = run_eval([GOLDS[name]], None, as_json=False)
    return name, report


def test_every_annotated_article_is_scored(measured: tuple[str, EvalReport]) -> None:
    name, report = measured
    assert report.articles == ANNOTATED[name]
    assert report.state_checks >= 5 * ANNOTATED[name]


def test_scores_stay_above_their_floors(measured: tuple[str, EvalReport]) -> None:
    name, report = measured
    assert report.figures["total"].f1 >= FIGURE_F1_FLOOR[name]
    assert report.actions["total"].f1 >= ACTION_F1_FLOOR[name]
    assert report.state_score >= STATE_SCORE_FLOOR[name]
    if name in GROUPING_F1_FLOOR:
        assert report.grouping_bcubed is not None
        assert report.grouping_bcubed.f1 >= GROUPING_F1_FLOOR[name]
