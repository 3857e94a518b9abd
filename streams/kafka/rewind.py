"""Seeks the stream partitions back to their committed offsets once each rebalance settles.

faust-streaming 0.15 can drop messages fetched while a rebalance ends: recovery seeks the
stream partitions and lets the fetcher deliver, and only then does `flow_control.resume()`
clear the agents' queues (faust-streaming issue #596). The fetch position is already past
the cleared messages, so they would wait for the next rebalance, and after a crash that can
be never. Seeking once more, after the clear, makes Kafka deliver them again. Processing is
idempotent, so the messages that were not dropped and now come twice change nothing.
"""

import asyncio
import logging
from collections.abc import Iterable, Mapping

import faust
from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from faust.tables import TableManager
from faust.types import TP

log = logging.getLogger(__name__)


def rewind_offsets(
    partitions: Iterable[TP], committed: Mapping[TP, int], earliest: Mapping[TP, int]
) -> dict[TP, int]:
    """Where each partition resumes: its committed offset, or its first one if none is."""
    return {
        tp: committed[tp] if committed.get(tp, -1) >= 0 else earliest.get(tp, 0)
        for tp in partitions
    }


async def committed_offsets(bootstrap: str, group: str, partitions: Iterable[TP]) -> dict[TP, int]:
    """The group's committed offset per partition; -1 where it has none."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        found = await admin.list_consumer_group_offsets(
            group, partitions=[TopicPartition(tp.topic, tp.partition) for tp in partitions]
        )
    finally:
        await admin.close()
    return {TP(tp.topic, tp.partition): meta.offset for tp, meta in found.items()}


class Rewinder:
    """Rewinds `topics` once per consumer generation, after that generation's recovery."""

    def __init__(self, app: faust.App, bootstrap: str, topics: Iterable[str]) -> None:
        self.app = app
        self.bootstrap = bootstrap
        self.topics = frozenset(topics)
        self.rewound_generation: int | None = None

    def settled(self) -> bool:
        """True once the current generation's partitions have been rewound."""
        return self.rewound_generation == self.app.consumer_generation_id

    def _recovered(self) -> bool:
        app = self.app
        tables = app.tables
        assert isinstance(tables, TableManager)
        # `rebalancing` turns false only after recovery has cleared the queues.
        return tables.recovery.completed.is_set() and not app.rebalancing

    async def run(self, check_every_s: float) -> None:
        while True:
            await self.maybe_rewind()
            await asyncio.sleep(check_every_s)

    async def maybe_rewind(self) -> None:
        generation = self.app.consumer_generation_id
        if self.rewound_generation == generation or not self._recovered():
            return
        consumer = self.app.consumer
        partitions = {tp for tp in consumer.assignment() if tp.topic in self.topics}
        try:
            if partitions:
                committed = await committed_offsets(self.bootstrap, self.app.conf.id, partitions)
                earliest = await consumer.earliest_offsets(*partitions)
                if generation != self.app.consumer_generation_id or not self._recovered():
                    return  # another rebalance began; its own rewind follows
                targets = rewind_offsets(partitions, committed, earliest)
                log.info("PROBE rewind committed=%s targets=%s", committed, targets)
                await consumer.seek_wait(targets)
        except (KafkaError, TimeoutError) as error:
            log.warning("could not rewind to committed offsets, will retry: %r", error)
            return
        self.rewound_generation = generation
        log.info(
            "generation %s: %d stream partitions back at committed", generation, len(partitions)
        )
