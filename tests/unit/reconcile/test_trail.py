"""A trail reads as the whole list would for every limit a state applies."""

import random

import pytest

from streams.reconcile.bounds import CONFLICTS, HISTORY, first_and_latest, latest
from streams.reconcile.trail import KEEP, Trail


def test_the_limits_a_state_applies_are_within_what_a_trail_keeps() -> None:
    assert max(HISTORY, CONFLICTS) <= KEEP // 2


@pytest.mark.parametrize("seed", range(5))
def test_a_trail_reads_as_the_whole_list(seed: int) -> None:
    rng = random.Random(seed)
    whole: list[int] = []
    trail: Trail[int] = Trail()
    for n in range(1500):
        if whole and rng.random() < 0.3:
            # A recount takes back the open step's entry, at most one.
            whole.pop()
            trail.truncate(len(whole))
        else:
            whole.append(n)
            trail.append(n)
        if rng.random() < 0.05:
            trail = trail.copy()  # a checkpoint, replayed from
        assert len(trail) == len(whole)
        for limit in (1, CONFLICTS, HISTORY):
            assert trail.first_and_latest(limit) == first_and_latest(whole, limit)
            assert trail.latest(limit) == latest(whole, limit)


def test_a_copy_is_independent() -> None:
    trail: Trail[int] = Trail()
    for n in range(200):
        trail.append(n)
    twin = trail.copy()
    trail.truncate(199)
    trail.append(999)
    assert twin.latest(2) == ([198, 199], 198)
    assert trail.latest(2) == ([198, 999], 198)


def test_what_is_not_kept_cannot_be_taken_back() -> None:
    trail: Trail[int] = Trail()
    for n in range(300):
        trail.append(n)
    with pytest.raises(ValueError, match="not kept"):
        trail.truncate(10)
    trail.truncate(295)
    assert trail.first_and_latest(3) == ([0, 293, 294], 292)


def test_an_emptied_trail_starts_again() -> None:
    trail: Trail[int] = Trail()
    trail.append(1)
    trail.truncate(0)
    trail.append(2)
    assert trail.first_and_latest(HISTORY) == ([2], 0)
