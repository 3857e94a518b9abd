"""Where a stream partition resumes after a rebalance."""

from faust.types import TP

from streams.kafka.rewind import rewind_offsets, stalled_partitions

ARTICLES_0, ARTICLES_1, CLAIMS_0 = TP("articles", 0), TP("articles", 1), TP("claims", 0)


def test_a_partition_resumes_at_its_committed_offset() -> None:
    committed = {ARTICLES_0: 7, CLAIMS_0: 0}
    earliest = {ARTICLES_0: 3, CLAIMS_0: 5}
    assert rewind_offsets([ARTICLES_0, CLAIMS_0], committed, earliest) == {
        ARTICLES_0: 7,
        CLAIMS_0: 0,
    }


def test_a_partition_with_nothing_committed_resumes_at_its_first_offset() -> None:
    committed = {ARTICLES_0: -1}
    earliest = {ARTICLES_0: 12, ARTICLES_1: 4}
    assert rewind_offsets([ARTICLES_0, ARTICLES_1], committed, earliest) == {
        ARTICLES_0: 12,
        ARTICLES_1: 4,
    }


def test_a_committed_offset_standing_still_below_the_end_is_a_stall() -> None:
    progress: dict[TP, tuple[int, float]] = {}
    committed = {ARTICLES_0: 5, ARTICLES_1: 9}
    highwaters: dict[TP, int | None] = {ARTICLES_0: 12, ARTICLES_1: 9}
    stalled, progress = stalled_partitions(committed, highwaters, progress, 0.0, 30.0)
    assert stalled == set()
    stalled, progress = stalled_partitions(committed, highwaters, progress, 29.0, 30.0)
    assert stalled == set()
    stalled, progress = stalled_partitions(committed, highwaters, progress, 31.0, 30.0)
    assert stalled == {ARTICLES_0}, "ARTICLES_1 is at the end of its log: idle, not stalled"
    stalled, _ = stalled_partitions(committed, highwaters, progress, 40.0, 30.0)
    assert stalled == set(), "a rewound partition gets another full period"


def test_a_committed_offset_that_moves_is_not_a_stall() -> None:
    progress: dict[TP, tuple[int, float]] = {}
    highwaters: dict[TP, int | None] = {CLAIMS_0: 100}
    for second, offset in enumerate(range(10, 80, 2)):
        stalled, progress = stalled_partitions(
            {CLAIMS_0: offset}, highwaters, progress, second * 5.0, 30.0
        )
        assert stalled == set()


def test_nothing_committed_while_the_log_has_messages_is_a_stall() -> None:
    highwaters: dict[TP, int | None] = {CLAIMS_0: 3, ARTICLES_0: None}
    committed = {CLAIMS_0: -1, ARTICLES_0: -1}
    _, progress = stalled_partitions(committed, highwaters, {}, 0.0, 30.0)
    stalled, _ = stalled_partitions(committed, highwaters, progress, 30.0, 30.0)
    assert stalled == {CLAIMS_0}, "no highwater known yet: nothing to compare with"
