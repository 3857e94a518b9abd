"""Reads a topic of JSON messages from the beginning to its current end, once.

`tally state` reads the compacted `incident-state` topic this way, `tally rebuild` the
`claims` topic, and `tally dlq` the dead letters: no worker needs to be running.
"""

from collections.abc import AsyncIterator, Sequence

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

from schemas.state import IncidentState
from streams.codec import decode_state
from streams.kafka.topics import partitions_of


async def read_topic(
    bootstrap: str, topic: str
) -> AsyncIterator[tuple[bytes | None, bytes | None]]:
    """Every (key, value) of the topic up to the end offsets seen at the start."""
    async for record in read_records(bootstrap, topic):
        yield record.key, record.value


async def read_records(bootstrap: str, topic: str) -> AsyncIterator[ConsumerRecord[bytes, bytes]]:
    """Every record of the topic up to the end offsets seen at the start."""
    partitions = [TopicPartition(topic, p) for p in await partitions_of(bootstrap, topic)]
    if not partitions:
        return
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, max_poll_records=5000
    )
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        remaining = {tp for tp, end in ends.items() if end > 0}
        while remaining:
            batches = await consumer.getmany(*remaining, timeout_ms=1000)
            for tp, records in batches.items():
                for record in records:
                    if record.offset < ends[tp]:
                        yield record
            for tp in list(remaining):
                if await consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
    finally:
        await consumer.stop()


VERSION_HEADER = "tally-state-version"
Headers = Sequence[tuple[str, bytes]]


def state_version(headers: Headers, value: bytes) -> int:
    """The state's version, from its header when the producer set one (cheap), else parsed."""
    for name, data in headers:
        if name == VERSION_HEADER:
            return int(data)
    return decode_state(value).version


class LatestStates:
    """The latest state per incident as raw bytes, parsed only when read.

    States of a big incident are megabytes of JSON; a reader that parsed every one it saw
    would spend its time on states that the next message replaces anyway. A tombstone
    deletes, and an older version never replaces a newer one (two workers may briefly both
    emit during a rebalance).
    """

    def __init__(self) -> None:
        self._raw: dict[str, tuple[int, bytes]] = {}
        self._parsed: dict[str, tuple[bytes, IncidentState]] = {}

    def apply(self, key: bytes | None, value: bytes | None, headers: Headers = ()) -> None:
        if key is None:
            return
        incident = key.decode()
        if value is None:
            self._raw.pop(incident, None)
            return
        version = state_version(headers, value)
        current = self._raw.get(incident)
        if current is None or version >= current[0]:
            self._raw[incident] = (version, value)

    def get(self, incident: str) -> IncidentState | None:
        raw = self._raw.get(incident)
        if raw is None:
            return None
        cached = self._parsed.get(incident)
        if cached is None or cached[0] is not raw[1]:
            cached = self._parsed[incident] = (raw[1], decode_state(raw[1]))
        return cached[1]

    def all(self) -> dict[str, IncidentState]:
        """Every incident's state, in incident order."""
        found = {incident: self.get(incident) for incident in sorted(self._raw)}
        return {incident: state for incident, state in found.items() if state is not None}

    def __len__(self) -> int:
        return len(self._raw)


async def read_states(bootstrap: str, topic: str) -> dict[str, IncidentState]:
    """The latest state of every incident, in incident order."""
    latest = LatestStates()
    async for record in read_records(bootstrap, topic):
        latest.apply(record.key, record.value, record.headers)
    return latest.all()
