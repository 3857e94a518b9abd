"""Where a stream partition resumes after a rebalance."""

from faust.types import TP

from streams.kafka.rewind import Progress, rewind_offsets, stalled_partitions, waiting_since

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
    progress: Progress = {}
    committed = {ARTICLES_0: 5, ARTICLES_1: 9}
    highwaters: dict[TP, int | None] = {ARTICLES_0: 12, ARTICLES_1: 9}
    stalls = stalled_partitions(committed, highwaters, progress, 0.0, 30.0)
    assert stalls.rewind == set()
    stalls = stalled_partitions(committed, highwaters, stalls.progress, 29.0, 30.0)
    assert stalls.rewind == set()
    stalls = stalled_partitions(committed, highwaters, stalls.progress, 31.0, 30.0)
    assert stalls.rewind == {ARTICLES_0}, "ARTICLES_1 is at the end of its log: idle, not stalled"
    stalls = stalled_partitions(committed, highwaters, stalls.progress, 45.0, 30.0)
    assert stalls.rewind == stalls.empty == set()
    stalls = stalled_partitions(committed, highwaters, stalls.progress, 61.0, 30.0)
    assert stalls.rewind == set(), "an offset is rewound to once"
    assert stalls.empty == {ARTICLES_0}, "a rewind that did not move it: the offset holds no record"
    stalls = stalled_partitions(committed, highwaters, stalls.progress, 200.0, 30.0)
    assert stalls.rewind == stalls.empty == set()
    moved = {ARTICLES_0: 6, ARTICLES_1: 9}
    stalls = stalled_partitions(moved, highwaters, stalls.progress, 300.0, 30.0)
    stalls = stalled_partitions(moved, highwaters, stalls.progress, 331.0, 30.0)
    assert stalls.rewind == {ARTICLES_0}, "a new offset can be rewound to again"


def test_a_committed_offset_that_moves_is_not_a_stall() -> None:
    progress: Progress = {}
    highwaters: dict[TP, int | None] = {CLAIMS_0: 100}
    for second, offset in enumerate(range(10, 80, 2)):
        stalls = stalled_partitions({CLAIMS_0: offset}, highwaters, progress, second * 5.0, 30.0)
        assert stalls.rewind == stalls.empty == set()
        progress = stalls.progress


def test_an_empty_partition_is_idle_not_stalled() -> None:
    committed = {CLAIMS_0: -1, ARTICLES_0: -1}
    resume_at = rewind_offsets(committed, committed, {CLAIMS_0: 0, ARTICLES_0: 0})
    highwaters: dict[TP, int | None] = {CLAIMS_0: 3, ARTICLES_0: 0}
    progress = stalled_partitions(resume_at, highwaters, {}, 0.0, 30.0).progress
    stalls = stalled_partitions(resume_at, highwaters, progress, 30.0, 30.0)
    assert stalls.rewind == {CLAIMS_0}, "CLAIMS_0 has messages and nothing committed"


def test_waiting_counts_from_when_messages_first_wait_behind_a_still_offset() -> None:
    tp = TP("articles", 0)
    # Idle at offset 5 for a long time: nothing waits.
    assert waiting_since({}, {tp: 5}, {tp: 0}, now=100.0) == {}
    # Messages arrive: the wait starts now, not when the offset last moved.
    waiting = waiting_since({}, {tp: 5}, {tp: 3}, now=200.0)
    assert waiting == {tp: (5, 200.0)}
    # Still stuck at 5 later: the wait keeps its start.
    assert waiting_since(waiting, {tp: 5}, {tp: 4}, now=230.0) == {tp: (5, 200.0)}
    # The offset moved: progress, the wait starts again.
    assert waiting_since(waiting, {tp: 7}, {tp: 1}, now=235.0) == {tp: (7, 235.0)}
