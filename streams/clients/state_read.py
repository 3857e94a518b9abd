"""Reads a topic of JSON messages from the beginning to its current end, once.

`tally state` reads the compacted `incident-state` topic this way (and `state-changes` for
an incident merged into another), `tally rebuild` the `claims` topic, and `tally dlq` the
dead letters: no worker needs to be running. These are
kafka-python consumers without a group, as a user's own script would be.
"""

from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence

from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from schemas.change import StateChange
from schemas.state import IncidentState
from streams.codec import decode_state
from streams.kafka.connection import Connection

POLL_MS = 1000


def read_topic(connection: Connection, topic: str) -> Iterator[tuple[bytes | None, bytes | None]]:
    """Every (key, value) of the topic up to the end offsets seen at the start."""
    for record in read_records(connection, topic):
        yield record.key, record.value


def read_records(connection: Connection, topic: str) -> Iterator[ConsumerRecord]:
    """Every record of the topic up to the end offsets seen at the start; nothing when the
    topic does not exist."""
    consumer = KafkaConsumer(
        **connection.client_config(),
        group_id=None,
        enable_auto_commit=False,
        max_poll_records=5000,
        max_partition_fetch_bytes=16 * 1024 * 1024,
        # CRC32C in pure Python costs more than the read itself; TCP and the broker check it.
        check_crcs=False,
    )
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        if not partitions:
            return
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        remaining = {tp for tp, end in ends.items() if end > 0}
        while remaining:
            batches = consumer.poll(timeout_ms=POLL_MS)
            for tp, records in batches.items():
                for record in records:
                    if record.offset < ends[tp]:
                        yield record
            for tp in list(remaining):
                if consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
    finally:
        consumer.close()


VERSION_HEADER = "tally-state-version"
# On the tombstone of an incident merged into another: the survivor's id.
MERGED_INTO_HEADER = "tally-merged-into"
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
        self._merged: dict[str, str] = {}

    def apply(self, key: bytes | None, value: bytes | None, headers: Headers = ()) -> None:
        if key is None:
            return
        incident = key.decode()
        if value is None:
            self._raw.pop(incident, None)
            survivor = dict(headers).get(MERGED_INTO_HEADER)
            if survivor:
                self._merged[incident] = bytes(survivor).decode()
            return
        self._merged.pop(incident, None)
        version = state_version(headers, value)
        current = self._raw.get(incident)
        if current is None or version >= current[0]:
            self._raw[incident] = (version, self._kept(value))

    def _kept(self, value: bytes) -> bytes:
        """What is kept of a state message: all of it, to be parsed when read."""
        return value

    def get(self, incident: str) -> IncidentState | None:
        raw = self._raw.get(incident)
        if raw is None:
            return None
        cached = self._parsed.get(incident)
        if cached is None or cached[0] is not raw[1]:
            cached = self._parsed[incident] = (raw[1], decode_state(raw[1]))
        return cached[1]

    def merged_into(self, incident: str) -> str | None:
        """The incident this one merged into, following further merges (None: it did not,
        or its tombstone is older than this reader)."""
        survivor, seen = self._merged.get(incident), {incident}
        while survivor is not None and survivor in self._merged and survivor not in seen:
            seen.add(survivor)
            survivor = self._merged[survivor]
        return survivor

    def all(self) -> dict[str, IncidentState]:
        """Every incident's state, in incident order."""
        found = {incident: self.get(incident) for incident in sorted(self._raw)}
        return {incident: state for incident, state in found.items() if state is not None}

    def __len__(self) -> int:
        return len(self._raw)


def read_states(connection: Connection, topic: str) -> dict[str, IncidentState]:
    """The latest state of every incident, in incident order."""
    latest = LatestStates()
    for record in read_records(connection, topic):
        latest.apply(record.key, record.value, record.headers)
    return latest.all()


# How the reconciler's compact JSON writes a change that is no merge: nearly all of them, so
# these are skipped unparsed. Any other spelling is parsed, never missed.
NOT_MERGED = b'"merged_into":null'


def merges_of(records: Iterable[tuple[bytes | None, bytes | None]]) -> dict[str, str]:
    """Absorbed incident -> survivor, from the latest change of each incident that names
    one."""
    merges: dict[str, str] = {}
    for key, value in records:
        if key is None or value is None or NOT_MERGED in value:
            continue
        survivor = StateChange.model_validate_json(value).merged_into
        if survivor is not None:
            merges[key.decode()] = survivor
    return merges


def read_merges(connection: Connection, topic: str) -> dict[str, str]:
    """Absorbed incident -> survivor, from the `state-changes` topic."""
    return merges_of(read_topic(connection, topic))


def follow_merges(
    incident: str, live: Container[str], read: Callable[[], Mapping[str, str]]
) -> list[str]:
    """`incident`, then the incidents it merged into hop by hop, up to one with a live
    state; just `incident` when it is live itself or when its merges lead to no live one
    (it is unknown, or they go round). `read` gives the merges, called only when needed."""
    if incident in live:
        return [incident]
    merges = read()
    chain = [incident]
    while chain[-1] not in live and chain[-1] in merges:
        survivor = merges[chain[-1]]
        if survivor in chain:
            return [incident]
        chain.append(survivor)
    return chain if chain[-1] in live else [incident]
