"""Staged writes of the incident directory: nothing reaches the table before `commit`."""

from streams.runtime.directory_table import Staged, TextTable


def test_writes_wait_until_commit() -> None:
    table: dict[bytes, bytes] = {b"a": b"1", b"b": b"2"}
    staged = Staged(TextTable(table))
    staged["c"] = "3"
    del staged["a"]
    assert staged.get("c") == "3"
    assert "a" not in staged
    assert sorted(staged) == ["b", "c"]
    assert table == {b"a": b"1", b"b": b"2"}
    staged.commit()
    assert table == {b"b": b"2", b"c": b"3"}
