"""The incident directory (`streams/incidents/link.py`) over the link agent's Faust table.

`Staged` holds one article's writes until its messages are sent: a crash in between leaves
the table as it was, and the redelivered article is linked again to the same result
(at-least-once; the reconcile stage drops claims it already has).
"""

from collections.abc import Iterator, MutableMapping
from typing import Any

_DELETED = object()


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
        for key, value in self.pending.items():
            if value is _DELETED:
                self.base.pop(key, None)
            else:
                self.base[key] = str(value)
        self.pending.clear()
