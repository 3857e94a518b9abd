"""The consumer commits no offset past a message that no agent acknowledged."""

from faust.transport import consumer as faust_consumer

from streams.kafka.commits import missing_head

IntervalTree = faust_consumer.IntervalTree


def test_one_unacknowledged_message_after_the_committed_offset_is_missing() -> None:
    # Offset 4 was dropped by Faust, 5 and 6 were processed: committing 7 would lose 4.
    assert missing_head([5, 6], 4, IntervalTree()) == (4, 5)
    assert missing_head([6, 4, 5], 4, IntervalTree()) is None
    assert missing_head([], 4, IntervalTree()) is None


def test_before_any_commit_the_first_offset_must_be_done() -> None:
    # Faust keeps a committed 0 as None, and checked nothing then.
    assert missing_head([1, 2], None, IntervalTree()) == (0, 1)
    assert missing_head([0, 1, 2], None, IntervalTree()) is None


def test_offsets_known_to_hold_no_record_are_not_missing() -> None:
    gaps = IntervalTree()
    missing = missing_head([7, 8], 4, gaps)
    assert missing == (4, 7)
    gaps.addi(*missing)  # as the consumer does when a rewind found nothing there
    assert missing_head([7, 8], 4, gaps) is None
