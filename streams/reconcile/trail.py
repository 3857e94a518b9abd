"""An append-only list of which a state shows only the first item and the latest few: a
figure's history, its conflicts and its withdrawals.

A fold appends to these with every step, so keeping every item would grow with the incident
(a third of its memory at a million claims) for entries no state message shows; the full
provenance is rebuilt from the claims when asked (`streams.reconcile.history`). A trail keeps
the first item, the latest few (`KEEP // 2` at least), and the count of all.
"""

from typing import Generic, TypeVar

T = TypeVar("T")

# At least `KEEP // 2` of the latest are kept at all times: more than any limit a state
# applies (`bounds.HISTORY`, `bounds.CONFLICTS`), and what a recount takes back is one step's
# entries (one per metric at most).
KEEP = 48


class Trail(Generic[T]):
    __slots__ = ("_count", "_first", "_tail")

    def __init__(self) -> None:
        self._first: T | None = None
        self._tail: list[T] = []
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def append(self, item: T) -> None:
        if self._count == 0:
            self._first = item
        self._tail.append(item)
        self._count += 1
        if len(self._tail) >= 2 * KEEP:
            del self._tail[:KEEP]  # amortised: one cut every KEEP appends

    def truncate(self, length: int) -> None:
        """Drops the items past `length`, which must be among those kept."""
        dropped = self._count - length
        if dropped <= 0:
            return
        kept = len(self._tail) - dropped
        if kept < 0 or (self._count > len(self._tail) and kept < KEEP // 2):
            raise ValueError(f"cannot take back {dropped} of {self._count} items: not kept")
        del self._tail[len(self._tail) - dropped :]
        self._count = length
        if length == 0:
            self._first = None

    def copy(self) -> "Trail[T]":
        twin: Trail[T] = Trail()
        twin._first, twin._tail, twin._count = self._first, self._tail[-KEEP:], self._count
        return twin

    def latest(self, limit: int) -> tuple[list[T], int]:
        """The latest `limit` items and how many were left out."""
        shown = self._tail[-limit:] if limit else []
        return shown, self._count - len(shown)

    def first_and_latest(self, limit: int) -> tuple[list[T], int]:
        """The first item and the latest `limit - 1`, and how many were left out."""
        if self._count <= limit:
            return list(self._tail), 0  # fewer than `KEEP // 2`: all kept
        assert self._first is not None
        return [self._first, *self._tail[len(self._tail) - limit + 1 :]], self._count - limit
