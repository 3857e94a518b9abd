"""Seeks stream partitions back to their committed offsets when Faust has dropped messages.

faust-streaming 0.15 can lose fetched messages around a rebalance: recovery lets the fetcher
deliver into the agents' queues and only then clears them (`flow_control.resume()`,
faust-streaming issue #596), and messages fetched again after a seek can be discarded as
"already read" while an older fetch is still being drained. Either way the fetch position is
past messages no agent has seen, so their offsets are never acknowledged and the committed
offset stops there (`commits.py` makes sure it does, even for one message).

The rewinder seeks the worker's stream partitions (`articles`, `articles-extracted`,
`claims`) back to their committed offsets once after every rebalance, and again for any
partition whose committed offset has not moved for `stall_s` while there is more in the log
(once per offset); when that rewind brings nothing in `stall_s` more, the offset holds no
record and the commit may pass it. Processing is idempotent, so messages that come twice
change nothing.
"""

import asyncio
import logging
import time
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import faust
from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from faust.tables import TableManager
from faust.types import TP

from streams.kafka.commits import Consumer

log = logging.getLogger(__name__)
# Per partition: the resume offset, since when it has stood there, and what was done about
# it: nothing yet, a rewind to it, or a commit let past it.
Progress = dict[TP, tuple[int, float, int]]
_WAITING, _REWOUND, _PASSED = 0, 1, 2


def rewind_offsets(
    partitions: Iterable[TP], committed: Mapping[TP, int], earliest: Mapping[TP, int]
) -> dict[TP, int]:
    """Where each partition resumes: its committed offset, or its first one if none is."""
    return {
        tp: committed[tp] if committed.get(tp, -1) >= 0 else earliest.get(tp, 0)
        for tp in partitions
    }


class Stalls(NamedTuple):
    rewind: set[TP]  # stood still `stall_s`: read again from the resume offset
    empty: set[TP]  # stood still `stall_s` more after that: the offset holds no record
    progress: Progress  # the record to keep for the next check


def stalled_partitions(
    resume_at: Mapping[TP, int],
    highwaters: Mapping[TP, int | None],
    progress: Progress,
    now: float,
    stall_s: float,
) -> Stalls:
    """Partitions whose resume offset (see `rewind_offsets`) has stood still for `stall_s`
    below the log's end, to rewind, and those that a rewind did not move in `stall_s` more.

    Each offset is rewound to once: if nothing comes of it, the offset holds no record (a
    transaction marker), not a lost one, and the commit may pass it (`commits.py`).
    """
    rewind: set[TP] = set()
    empty: set[TP] = set()
    updated: Progress = {}
    for tp, offset in resume_at.items():
        seen, since, stage = progress.get(tp, (offset, now, _WAITING))
        if seen != offset:
            since, stage = now, _WAITING
        highwater = highwaters.get(tp)
        behind = highwater is not None and offset < highwater
        if behind and stage == _WAITING and now - since >= stall_s:
            rewind.add(tp)
            stage = _REWOUND
        elif behind and stage == _REWOUND and now - since >= 2 * stall_s:
            empty.add(tp)
            stage = _PASSED
        updated[tp] = (offset, since, stage)
    return Stalls(rewind, empty, updated)


def waiting_since(
    previous: Mapping[TP, tuple[int, float]],
    resume_at: Mapping[TP, int],
    lag: Mapping[TP, int],
    now: float,
) -> dict[TP, tuple[int, float]]:
    """Per partition with messages behind its committed offset: that offset, and since when
    it has had messages waiting behind it without moving."""
    waiting: dict[TP, tuple[int, float]] = {}
    for tp, offset in resume_at.items():
        if lag.get(tp, 0) <= 0:
            continue
        seen, since = previous.get(tp, (offset, now))
        waiting[tp] = (offset, since if seen == offset else now)
    return waiting


def recovered(app: faust.App) -> bool:
    """The tables are restored and the last rebalance is over."""
    tables = app.tables
    assert isinstance(tables, TableManager)
    # `rebalancing` turns false only after recovery has cleared the queues.
    return tables.recovery.completed.is_set() and not app.rebalancing


class Rewinder:
    def __init__(
        self,
        app: faust.App,
        client_config: Mapping[str, Any],
        topics: Iterable[str],
        stall_s: float,
        stall_check_s: float,
    ) -> None:
        self.app = app
        self.client_config = dict(client_config)
        self.topics = frozenset(topics)
        self.stall_s = stall_s
        self.stall_check_s = stall_check_s
        self.rewound_generation: int | None = None
        # Per assigned stream partition: log end minus committed offset, as last checked.
        self.lag: dict[TP, int] = {}
        self._waiting: dict[TP, tuple[int, float]] = {}
        self._progress: Progress = {}
        self._last_stall_check = 0.0

    def waiting_s(self, now: float) -> float:
        """How long the longest-waiting partition has had messages behind a committed offset
        that does not move (0 when none has)."""
        return max((now - since for _, since in self._waiting.values()), default=0.0)

    def settled(self) -> bool:
        """True once the current generation's partitions have been rewound."""
        return self.rewound_generation == self.app.consumer_generation_id

    async def run(self, check_every_s: float) -> None:
        admin = AIOKafkaAdminClient(**self.client_config)
        await admin.start()
        try:
            while True:
                try:
                    await self.check(admin)
                except (KafkaError, TimeoutError) as error:
                    log.warning("could not check committed offsets, will retry: %r", error)
                except Exception:
                    # A safety net must not take the worker down with it.
                    log.exception("rewind check failed, will retry")
                await asyncio.sleep(check_every_s)
        finally:
            await admin.close()

    async def check(self, admin: AIOKafkaAdminClient) -> None:
        generation = self.app.consumer_generation_id
        after_rebalance = self.rewound_generation != generation
        now = time.monotonic()
        due = now - self._last_stall_check >= self.stall_check_s
        if not recovered(self.app) or not (after_rebalance or due):
            return
        consumer = self.app.consumer
        partitions = {tp for tp in consumer.assignment() if tp.topic in self.topics}
        committed = await _committed_offsets(admin, self.app.conf.id, partitions)
        if generation != self.app.consumer_generation_id or not recovered(self.app):
            return  # another rebalance began; it gets its own rewind
        self._last_stall_check = now
        earliest = await consumer.earliest_offsets(*partitions) if partitions else {}
        resume_at = rewind_offsets(partitions, committed, earliest)
        highwaters = {tp: consumer.highwater(tp) for tp in partitions}
        self.lag = {
            tp: max(highwater - resume_at[tp], 0)
            for tp, highwater in highwaters.items()
            if highwater is not None
        }
        self._waiting = waiting_since(self._waiting, resume_at, self.lag, now)
        stalls = stalled_partitions(resume_at, highwaters, self._progress, now, self.stall_s)
        self._progress = stalls.progress
        targets = partitions if after_rebalance else stalls.rewind
        if targets:
            await consumer.seek_wait({tp: resume_at[tp] for tp in targets})
        if after_rebalance:
            log.info("generation %s: %d partitions at committed", generation, len(targets))
        elif targets:
            log.info("no progress for %.0fs, rewound %s", self.stall_s, sorted(targets))
        self.rewound_generation = generation
        for tp in stalls.empty:
            passed = consumer.skip_missing_head(tp) if isinstance(consumer, Consumer) else None
            if passed is not None:
                log.warning(
                    "no record at offsets %d-%d of %s after a rewind; committing past them",
                    passed[0], passed[1] - 1, tp,
                )  # fmt: skip


async def _committed_offsets(
    admin: AIOKafkaAdminClient, group: str, partitions: Iterable[TP]
) -> dict[TP, int]:
    """The group's committed offset per partition; -1 where it has none."""
    wanted = [TopicPartition(tp.topic, tp.partition) for tp in partitions]
    if not wanted:
        return {}
    found = await admin.list_consumer_group_offsets(group, partitions=wanted)
    return {TP(tp.topic, tp.partition): meta.offset for tp, meta in found.items()}
