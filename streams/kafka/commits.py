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

Faust finds the transport by the broker URL's scheme, `tally-kafka://`, through the
`faust.transports` entry point in pyproject.toml.
"""

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


class Consumer(faust_aiokafka.Consumer):
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
