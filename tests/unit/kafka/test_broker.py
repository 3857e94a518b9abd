"""The local broker's cluster id."""

import string
from collections.abc import Iterator

from streams.kafka.broker import new_cluster_id


def test_a_cluster_id_never_starts_with_a_dash() -> None:
    # 0xF8 encodes to a leading '-' in URL-safe base64; the next draw does not.
    draws: Iterator[bytes] = iter([b"\xf8" + bytes(15), b"\x01" + bytes(15)])
    cluster_id = new_cluster_id(lambda: next(draws))
    assert not cluster_id.startswith("-")
    assert cluster_id == "AQAAAAAAAAAAAAAAAAAAAA"


def test_a_cluster_id_is_22_url_safe_characters() -> None:
    cluster_id = new_cluster_id()
    assert len(cluster_id) == 22
    assert set(cluster_id) <= set(string.ascii_letters + string.digits + "-_")
