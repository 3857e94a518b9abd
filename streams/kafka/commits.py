"""Faust's Kafka transport, with a consumer that never commits past a message no agent
acknowledged.

faust-streaming 0.15 commits, per partition, the run of acknowledged offsets that starts at
the smallest one (`Consumer._new_offset`). It checks that the run starts at the committed
offset only when two offsets or more are missing before it, and not at all when nothing, or
offset 0, was committed. One message that Faust dropped just after the committed offset (see
`rewind.py`) was so committed past; after a crash it was never read again, and its article
was missing from every state. This consumer holds the commit until the message at the
committed offset is acknowledged too, as `rewind.py` reads the partition again from there.
An offset that holds no record (a transaction marker a publisher's producer left) would
hold it for ever, so when a rewind brings nothing there the rewinder says so
(`skip_missing_head`) and the commit passes it, as Faust passes the gaps it has seen.

Faust also counts as done, as a gap, every offset between the last one it read and the one
arriving (`Consumer._add_gap`, meant for offsets that hold no record), and the arriving one
with them. When a seek back (the rewinder's, or Faust's own) lands while the fetcher is still
handing out an older fetch, the last read offset falls below messages already handed to the
agents and not yet processed, and the next one of that older fetch counts all of them as
done: a crash then lost them. This consumer counts only offsets above every one it has read
since the partition was assigned, and never the arriving message.

Faust finds the transport by the broker URL's scheme, `tally-kafka://`, through the
`faust.transports` entry point in pyproject.toml.
"""

from collections import defaultdict
from typing import Any, ClassVar

from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

SCHEME = "tally-kafka"


def missing_head(
    acked: list[int], committed: int | None, known_gaps: Any
) -> tuple[int, int] | None:
    """The offsets from the committed one to the first acknowledged one (end excluded), when
    acknowledged offsets wait beyond the committed one and none of Faust's known gaps (an
    interval tree) covers it: messages there are not done. Faust keeps a committed 0 as
    None."""
    head = committed or 0
    if not acked or min(acked) <= head or known_gaps.overlaps(head):
        return None
    return head, min(acked)


def unread_gap(offset_from: int, arriving: int, highest_read: int | None) -> tuple[int, int] | None:
    """Of the offsets from `offset_from` to the arriving one (end excluded), those above the
    highest offset read so far: only they can hold no record."""
    start = offset_from if highest_read is None else max(offset_from, highest_read + 1)
    return (start, arriving) if start < arriving else None


class ReadOffsets(defaultdict[TP, int | None]):
    """Faust's last read offset per partition, which a seek moves back, and beside it the
    highest offset read since the partition was assigned, which only a revocation clears."""

    def __init__(self) -> None:
        super().__init__(lambda: None)
        self.highest: dict[TP, int] = {}

    def __setitem__(self, tp: TP, offset: int | None) -> None:
        super().__setitem__(tp, offset)
        if offset is not None and offset > self.highest.get(tp, -1):
            self.highest[tp] = offset

    def pop(self, tp: TP, *default: Any) -> Any:
        self.highest.pop(tp, None)
        return super().pop(tp, *default)


class Consumer(faust_aiokafka.Consumer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Faust's fetch loop takes this mapping's methods when it starts, after this.
        self._reads = ReadOffsets()
        self._read_offset = self._reads

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        gap = unread_gap(offset_from, offset_to, self._reads.highest.get(tp))
        if gap is not None:
            # Faust's gap takes in its end offset.
            await super()._add_gap(tp, gap[0], gap[1] - 1)

    def _new_offset(self, tp: TP) -> int | None:
        if missing_head(self._acked[tp], self._committed_offset[tp], self._gap[tp]):
            return None
        offset: int | None = super()._new_offset(tp)
        return offset

    def skip_missing_head(self, tp: TP) -> tuple[int, int] | None:
        """Let the commit pass the missing head, which a rewind showed to hold no record;
        returns its offsets (end excluded), or None when nothing is missing."""
        missing = missing_head(self._acked[tp], self._committed_offset[tp], self._gap[tp])
        if missing is not None:
            self._gap[tp].addi(*missing)
        return missing


class Transport(faust_aiokafka.Transport):
    Consumer: ClassVar[type[Consumer]] = Consumer
