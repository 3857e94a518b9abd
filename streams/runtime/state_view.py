"""Every worker's full view of `incident-state`: the latest state of every incident.

The reconcile agent only owns some partitions; readers of the HTTP API want all incidents
from any worker, so each worker tails the compacted state topic from the start (like a
Kafka Streams GlobalKTable) with its own group-less consumer.
"""

import asyncio
import logging
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from streams.clients.state_read import LatestStates

log = logging.getLogger(__name__)


class StateView:
    def __init__(self, client_config: dict[str, Any], topic: str) -> None:
        self.client_config = client_config
        self.topic = topic
        self.states = LatestStates()
        self.caught_up = asyncio.Event()

    async def run(self) -> None:
        consumer = AIOKafkaConsumer(**self.client_config, group_id=None, enable_auto_commit=False)
        await consumer.start()
        try:
            partitions = await self._partitions()
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            while True:
                batches = await consumer.getmany(timeout_ms=500, max_records=1000)
                for tp, records in batches.items():
                    for record in records:
                        try:
                            self.states.apply(record.key, record.value, record.headers)
                        except ValueError:
                            log.warning("unreadable state at %s offset %s", tp, record.offset)
                if not self.caught_up.is_set() and await _reached(consumer, ends):
                    self.caught_up.set()
        finally:
            await consumer.stop()

    async def _partitions(self) -> list[TopicPartition]:
        for _ in range(120):  # the topic is created at start-up; wait for its metadata
            found = await _partitions_of(self.client_config, self.topic)
            if found:
                return [TopicPartition(self.topic, p) for p in found]
            await asyncio.sleep(0.5)
        raise RuntimeError(f"topic {self.topic!r} has no partitions")


async def _partitions_of(client_config: dict[str, Any], topic: str) -> list[int]:
    """The partition numbers of a topic; empty when it does not exist (yet)."""
    admin = AIOKafkaAdminClient(**client_config)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return sorted(
        partition["partition"]
        for found in described
        if found["topic"] == topic and found["error_code"] == 0
        for partition in found["partitions"]
    )


async def _reached(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return False
    return True
