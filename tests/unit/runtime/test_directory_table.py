"""Staged writes of the incident directory: nothing reaches the table before `commit`, and
a commit cut short by a crash is finished on restart."""

import pytest

from streams.runtime.directory_table import JOURNAL, Staged, TextTable, recover


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


class _Crashing(dict[str, str]):
    """A table whose process dies (here: raises) at its `after`-th write."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after

    def __setitem__(self, key: str, value: str) -> None:
        self.after -= 1
        if self.after < 0:
            raise SystemExit("killed")
        super().__setitem__(key, value)


def test_a_commit_cut_short_is_finished_by_recover() -> None:
    table = _Crashing(after=2)  # the journal and one of the three writes land
    staged = Staged(table)
    staged["article/x"] = "incident-1"
    staged["linked/x"] = '{"moved": ["y"]}'
    staged["claims/x"] = "[]"
    with pytest.raises(SystemExit):
        staged.commit()
    assert "linked/x" not in table and JOURNAL in table
    table.after = 100  # the restarted worker
    assert recover(table)
    assert table == {"article/x": "incident-1", "linked/x": '{"moved": ["y"]}', "claims/x": "[]"}
    assert not recover(table)


def test_a_commit_that_lands_leaves_no_journal() -> None:
    table: dict[str, str] = {"old": "1"}
    staged = Staged(table)
    staged["new"] = "2"
    del staged["old"]
    staged.commit()
    assert table == {"new": "2"}
