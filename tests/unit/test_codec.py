"""The `claims` topic's messages: an article's claims as one array, a claim alone, a marker."""

from schemas.claim import FigureClaim
from schemas.merge import IncidentMerged
from streams.codec import (
    claims_messages,
    decode_claims_message,
    encode_claim,
    encode_merged,
    json_arrays,
)
from tests.unit.reconcile.test_examples import DAY1, INCIDENT, figure


def claim(n: int) -> FigureClaim:
    return figure("a1", n, DAY1, "deaths", n)


def test_an_articles_claims_go_as_one_message_and_come_back_in_order() -> None:
    claims = [claim(n) for n in range(5)]
    messages = list(claims_messages(claims, max_bytes=1 << 20))
    assert len(messages) == 1
    assert decode_claims_message(messages[0]) == claims


def test_a_message_is_cut_where_the_next_claim_would_pass_its_size() -> None:
    claims = [claim(n) for n in range(5)]
    one = len(encode_claim(claims[0]))
    messages = list(claims_messages(claims, max_bytes=2 * one + 3))
    assert [len(decode_claims_message(m)) for m in messages] == [2, 2, 1]
    assert all(len(m) <= 2 * one + 3 for m in messages)
    # A claim larger than the limit still goes, alone.
    assert len(list(claims_messages(claims, max_bytes=1))) == 5


def test_a_claim_alone_and_a_merge_marker_are_still_read() -> None:
    assert decode_claims_message(encode_claim(claim(3))) == [claim(3)]
    marker = IncidentMerged(incident_id=INCIDENT, merged_into="i2", at=DAY1)
    assert decode_claims_message(encode_merged(marker)) == marker


def test_each_array_carries_the_tag_of_its_first_item() -> None:
    items = [("a", b"1"), ("b", b"22"), ("c", b"3")]
    assert list(json_arrays(items, max_bytes=6)) == [("a", b"[1,22]"), ("c", b"[3]")]
