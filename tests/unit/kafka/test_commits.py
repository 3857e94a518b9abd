"""The consumer commits no offset past a message that no agent acknowledged."""

from faust.transport import consumer as faust_consumer
from faust.types import TP

from streams.kafka.commits import ReadOffsets, missing_head, unread_gap

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


def test_a_gap_is_only_what_was_never_read_and_never_the_arriving_message() -> None:
    # Faust read 10 and 11, then 14 arrives: 12 and 13 hold no record; 14 is not done yet.
    assert unread_gap(12, 14, highest_read=11) == (12, 14)
    assert unread_gap(12, 12, highest_read=11) is None  # nothing between 11 and 12


def test_a_seek_back_during_an_older_fetch_makes_no_gap() -> None:
    # Read up to 8; a seek back to the committed offset 4 sets the last read offset to 4;
    # then 9, the next message of the older fetch, arrives. Faust saw a jump from 4 to 9 and
    # counted 5 to 9 as done although they wait in the agents' queues.
    reads = ReadOffsets()
    tp = TP("articles", 0)
    for offset in range(4, 9):
        reads[tp] = offset
    reads[tp] = 4  # the seek
    assert reads[tp] == 4
    assert unread_gap(5, 9, reads.highest.get(tp)) is None
    # A jump past everything read is still a gap (a transaction marker, say).
    assert unread_gap(5, 11, reads.highest.get(tp)) == (9, 11)


def test_a_revoked_partition_forgets_what_it_read() -> None:
    reads = ReadOffsets()
    tp = TP("claims", 1)
    reads[tp] = 30
    reads.pop(tp, None)
    assert reads[tp] is None
    assert reads.highest.get(tp) is None
