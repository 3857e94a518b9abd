"""Where a stream partition resumes after a rebalance."""

from faust.types import TP

from streams.kafka.rewind import rewind_offsets

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
