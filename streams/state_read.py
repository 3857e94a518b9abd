"""Reads a topic of JSON messages from the beginning to its current end, once.

`tally state` reads the compacted `incident-state` topic this way, `tally rebuild` the
`claims` topic, and `tally dlq` the dead letters: no worker needs to be running.
"""

from collections.abc import AsyncIterator

from aiokafka import AIOKafkaConsumer, TopicPartition

from schemas.state import IncidentState
from streams.kafka.topics import partitions_of


async def read_topic(
    bootstrap: str, topic: str
) -> AsyncIterator[tuple[bytes | None, bytes | None]]:
    """Every (key, value) of the topic up to the end offsets seen at the start."""
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
                        yield record.key, record.value
            for tp in list(remaining):
                if await consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
    finally:
        await consumer.stop()


def apply_state_record(
    states: dict[str, IncidentState], key: bytes | None, value: bytes | None
) -> None:
    """Fold one record of the state topic into `states`: a tombstone deletes, and an older
    version never replaces a newer one (two workers may briefly both emit during a rebalance)."""
    if key is None:
        return
    if value is None:
        states.pop(key.decode(), None)
        return
    state = IncidentState.model_validate_json(value)
    current = states.get(state.incident_id)
    if current is None or state.version >= current.version:
        states[state.incident_id] = state


async def read_states(bootstrap: str, topic: str) -> dict[str, IncidentState]:
    """The latest state of every incident, in incident order."""
    states: dict[str, IncidentState] = {}
    async for key, value in read_topic(bootstrap, topic):
        apply_state_record(states, key, value)
    return dict(sorted(states.items()))
