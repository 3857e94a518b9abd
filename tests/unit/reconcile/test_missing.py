"""The missing fall as people are found: no conflict when their count goes down."""

import datetime as dt

from schemas.claim import FigureClaim
from streams.reconcile.fold import fold
from tests.unit.reconcile.test_examples import DAY1, DAY2, figure

DAY3 = DAY2 + dt.timedelta(days=1)


def test_a_lower_count_of_the_missing_replaces_the_current_one() -> None:
    state = fold(
        [
            figure("a1", 0, DAY1, "missing", 279),
            figure("a2", 0, DAY2, "missing", 150),
            figure("a3", 0, DAY3, "missing", 31),
        ]
    )
    missing = state.figures["missing"]
    assert missing.value == 31
    assert missing.conflicts == []
    assert [step.value for step in missing.history] == [279, 150, 31]


def test_the_dead_still_do_not_go_down_beside_them() -> None:
    state = fold(
        [
            figure("a1", 0, DAY1, "deaths", 128),
            figure("a1", 1, DAY1, "missing", 200),
            figure("a2", 0, DAY2, "deaths", 94),
            figure("a2", 1, DAY2, "missing", 80),
        ]
    )
    assert state.figures["deaths"].value == 128
    assert len(state.figures["deaths"].conflicts) == 1
    assert state.figures["missing"].value == 80


def test_an_earlier_step_of_the_missing_told_later_replaces_nothing() -> None:
    # A week on: "the missing went from 70 on the first day to 81 on the second, then fell to
    # 40" after the current 35: the 81 of the second day is history.
    def dated(claim: FigureClaim, day: dt.datetime) -> FigureClaim:
        return claim.model_copy(update={"as_of": day.date()})

    given = [dated(figure("a1", 0, DAY1, "missing", 70), DAY1)]
    given.append(dated(figure("a2", 0, DAY3, "missing", 35), DAY3))
    recalled = dated(figure("a3", 0, DAY3 + dt.timedelta(days=4), "missing", 81), DAY2)
    missing = fold([*given, recalled]).figures["missing"]
    assert (missing.value, [c.value for c in missing.conflicts]) == (35, [81])
