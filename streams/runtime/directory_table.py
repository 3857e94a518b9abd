"""The incident directory (`streams/incidents/link.py`) over the link agent's Faust table.

`Staged` holds one article's writes until its messages are sent: a crash in between leaves
the table as it was, and the redelivered article is linked again to the same result
(at-least-once; the reconcile stage drops claims it already has).

An article's writes reach the table as one: they are first written together under one
journal key (a single write, so a single changelog message), then applied key by key, then
the journal is deleted. A crash while applying them leaves the journal, and `recover`
finishes the writes before the next article is linked; without it a restarted worker could
see an article as linked while the record of what its linking moved was never written, and
never send those claims again.
"""

import json
from collections.abc import Iterator, MutableMapping
from typing import Any

_DELETED = object()
JOURNAL = "journal"


class TextTable(MutableMapping[str, str]):
    """A bytes -> bytes Faust table seen as str -> str."""

    def __init__(self, table: Any) -> None:
        self.table = table

    def __getitem__(self, key: str) -> str:
        value = self.table.get(key.encode())
        if value is None:
            raise KeyError(key)
        return bytes(value).decode()

    def __setitem__(self, key: str, value: str) -> None:
        self.table[key.encode()] = value.encode()

    def __delitem__(self, key: str) -> None:
        self.table.pop(key.encode(), None)

    def __iter__(self) -> Iterator[str]:
        return (bytes(key).decode() for key in self.table)

    def __len__(self) -> int:
        return len(self.table)


class Staged(MutableMapping[str, str]):
    """Reads through to `base`; writes wait in memory until `commit`."""

    def __init__(self, base: MutableMapping[str, str]) -> None:
        self.base = base
        self.pending: dict[str, object] = {}

    def __getitem__(self, key: str) -> str:
        if key in self.pending:
            value = self.pending[key]
            if value is _DELETED:
                raise KeyError(key)
            return str(value)
        return self.base[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.pending[key] = value

    def __delitem__(self, key: str) -> None:
        self.pending[key] = _DELETED

    def __iter__(self) -> Iterator[str]:
        keys = {*self.base, *self.pending}
        return (key for key in sorted(keys) if self.pending.get(key) is not _DELETED)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def commit(self) -> None:
        writes = {
            key: None if value is _DELETED else str(value) for key, value in self.pending.items()
        }
        self.pending.clear()
        if not writes:
            return
        self.base[JOURNAL] = json.dumps(writes)
        _apply(self.base, writes)
        del self.base[JOURNAL]


def recover(table: MutableMapping[str, str]) -> bool:
    """Finishes the writes a crash interrupted, if any; True when there were some."""
    journal = table.get(JOURNAL)
    if journal is None:
        return False
    _apply(table, json.loads(journal))
    del table[JOURNAL]
    return True


def _apply(table: MutableMapping[str, str], writes: dict[str, str | None]) -> None:
    for key, value in writes.items():
        if value is None:
            table.pop(key, None)
        else:
            table[key] = value
