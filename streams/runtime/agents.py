"""The three Faust agents (extract, link, reconcile). They only move messages and call the
stage functions.

Agent concurrency stays at 1: with more, Faust can commit offsets past messages that are
still being processed (faust-streaming issue #606). Parallelism comes from partitions and
worker processes instead, and spaCy runs in its own processes (streams/runtime/offload.py).

No message can stop an agent: whatever one message raises (validation, cleaning,
extraction, encoding, folding) sends that message to the dead-letter topic with a reason,
and the agent goes on with the next. An error that is not about a message (the agent's
own machinery) marks the agent failed, which turns /health to 503 and stops the worker
with a non-zero exit so that its supervisor restarts it.
"""

import asyncio
import datetime as dt
import json
import logging
import time
import weakref
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

from aiokafka.errors import KafkaError, MessageSizeTooLargeError
from faust.exceptions import PartitionsMismatch
from faust.streams import Stream
from faust.streams import _current_event as _CURRENT_EVENT
from faust.types import EventT, StreamT

from schemas.article import CleanedArticle
from schemas.change import StateChange
from schemas.claim import Claim, FigureClaim
from schemas.dead_letter import DeadLetter, RejectReason
from schemas.merge import IncidentMerged
from schemas.state import IncidentState
from schemas.version import SCHEMA_VERSION, SCHEMA_VERSION_HEADER
from streams import codec, metrics
from streams.clean.boilerplate import clean
from streams.clean.validate import Rejection, parse_article
from streams.clients.state_read import MERGED_INTO_HEADER, VERSION_HEADER
from streams.incidents.link import Directory, Linked
from streams.incidents.membership import as_members
from streams.logs import RateLimitedLog
from streams.runtime.app import Topology
from streams.runtime.directory_table import Staged, TextTable, recover
from streams.runtime.incident_store import IncidentStore
from streams.runtime.offload import Extractor

log = logging.getLogger(__name__)
Event = EventT[bytes]
PRODUCED_AT_HEADER = "tally-article-produced-at"
# What a dead letter may hold when the broker refuses the configured size: Kafka's default.
FALLBACK_DLQ_BYTES = 1_000_000
DLQ_RETRY_MAX_S = 5.0
SCHEMA_HEADER = (SCHEMA_VERSION_HEADER, SCHEMA_VERSION.encode())
# A table whose changelog partitions this worker was not given: the worker's fault, not the
# message's, which is read again after the restart the failure brings.
MACHINERY_ERRORS = (PartitionsMismatch,)
# Directory keys of each article's claims (sent again when incidents merge) and of what its
# linking did (sent again when the article is redelivered).
_CLAIMS = "x/"
_LINKED = "l/"
# A `claims` message holds the claims of one article under one incident, cut to this size:
# well below the 1 MB a topic takes by default.
CLAIMS_MESSAGE_BYTES = 256 * 1024


def _headers(message: Any) -> list[tuple[str, bytes]]:
    headers = message.headers or []
    items: Iterable[tuple[str, bytes]] = (
        headers.items() if isinstance(headers, Mapping) else headers
    )
    return [(str(name), bytes(value or b"")) for name, value in items]


def _current(event: Event) -> None:
    """Make `event` current for the table, which writes its changelog to the partition of the
    current event; Faust has no public way to set it for an event taken from a batch
    (take_events). Only this task's context is set: `Stream._set_current_event` would also
    overwrite the stream's own attribute, which the take buffer reads for the next message
    while this batch is processed, and the next batch would lose one message and repeat
    another."""
    _CURRENT_EVENT.set(weakref.ref(event))


def describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:2000]


def new_conflicts(before: IncidentState | None, after: IncidentState) -> dict[str, int]:
    """Conflicts per metric that `after` has beyond `before`; a refold that resolves one
    (a correction arriving late) lowers the count and adds nothing."""
    found: dict[str, int] = {}
    for metric, figure in after.figures.items():
        earlier = before.figures.get(metric) if before is not None else None
        added = len(figure.conflicts) - (len(earlier.conflicts) if earlier is not None else 0)
        if added > 0:
            found[metric] = added
    return found


@asynccontextmanager
async def measured(stage: str, count: int = 1) -> AsyncIterator[None]:
    """Counts `count` messages into a stage and observes the stage's latency per message."""
    metrics.MESSAGES_IN.labels(stage=stage).inc(count)
    started = time.perf_counter()
    yield
    per_message = (time.perf_counter() - started) / max(count, 1)
    metrics.STAGE_LATENCY.labels(stage=stage).observe(per_message)


class _Item(NamedTuple):
    """A claim of a reconcile batch, with its message and its JSON."""

    event: Event
    claim: Claim
    encoded: bytes


@dataclass
class _Incoming:
    """The claims of one reconcile batch, grouped by incident."""

    by_incident: dict[str, list[_Item]] = field(default_factory=lambda: defaultdict(list))
    redelivered: set[str] = field(default_factory=set)
    produced_at: dict[str, float] = field(default_factory=dict)


class Agents:
    """Holds what the agents share: the topology, the extractor and the incident store."""

    def __init__(self, topology: Topology) -> None:
        self.topology = topology
        self.settings = topology.settings
        self.extractor: Extractor | None = None
        self.store = IncidentStore(topology.claims_table, topology.merged_table)
        self.incident_gauges = metrics.IncidentGauges()
        self.failure: str | None = None
        self._dlq_log = RateLimitedLog(log, interval_s=30.0)

    # -- dead letters -------------------------------------------------------------------

    async def reject(self, event: Event, stage: str, reason: RejectReason, detail: str) -> None:
        message = event.message

        def letter(max_bytes: int) -> DeadLetter:
            return codec.dead_letter(
                reason=reason,
                detail=detail,
                stage=stage,
                topic=message.topic,
                partition=message.partition,
                offset=message.offset,
                key=message.key,
                value=message.value,
                headers=_headers(message),
                now=dt.datetime.now(dt.UTC),
                max_bytes=max_bytes,
            )

        await self.send_dead_letter(message.key, letter)
        metrics.MESSAGES_FAILED.labels(stage=stage).inc()
        metrics.DEAD_LETTERS.labels(reason=reason.value).inc()
        log.warning("rejected %s offset %s: %s", message.topic, message.offset, detail[:300])

    async def send_dead_letter(
        self, key: bytes | None, letter: Callable[[int], DeadLetter]
    ) -> None:
        """Send and wait for the broker's acknowledgement, retrying until it comes: the
        message's offset must not be committed before its dead letter is safe."""
        configured, delay = self.settings.dlq_max_message_bytes, 0.1
        max_bytes = configured
        while True:
            try:
                delivered = await self.topology.dlq.send(
                    key=key, value=codec.encode_dead_letter(letter(max_bytes))
                )
                await delivered
                return
            except MessageSizeTooLargeError as error:
                if max_bytes > codec.SMALLEST_LETTER_BYTES:
                    # The topic's limit is below the configured one: keep less of the original.
                    cut = min(max_bytes, FALLBACK_DLQ_BYTES) // 2
                    max_bytes = max(cut, codec.SMALLEST_LETTER_BYTES)
                    continue
                problem, detail = "dead letter refused even without its original", describe(error)
            except KafkaError as error:
                problem, detail = "dead letter not delivered", describe(error)
            self._dlq_log.warning(f"{problem}, retrying", detail)
            await asyncio.sleep(delay)
            # Once the topic is fixed the whole original fits again: try it first.
            max_bytes, delay = configured, min(delay * 2, DLQ_RETRY_MAX_S)

    async def reject_all(self, events: Sequence[Event], stage: str, error: Exception) -> None:
        for event in events:
            await self.reject(event, stage, RejectReason.processing_failed, describe(error))

    # -- articles -> claims ---------------------------------------------------------------

    def clean_one(self, event: Event) -> CleanedArticle:
        settings = self.settings
        article = parse_article(
            event.message.value or b"",
            now=dt.datetime.now(dt.UTC),
            max_body_chars=settings.max_body_chars,
            max_future_skew=dt.timedelta(seconds=settings.max_future_skew_s),
            languages=frozenset(language.lower() for language in settings.languages),
        )
        return clean(article)

    async def clean_batch(self, events: Sequence[Event]) -> list[tuple[Event, CleanedArticle]]:
        accepted: list[tuple[Event, CleanedArticle]] = []
        for event in events:
            try:
                async with measured("clean"):
                    cleaned = self.clean_one(event)
            except Rejection as rejection:
                await self.reject(event, "clean", rejection.reason, rejection.detail)
                continue
            except Exception as error:
                await self.reject(event, "clean", RejectReason.processing_failed, describe(error))
                continue
            accepted.append((event, cleaned))
            metrics.MESSAGES_OUT.labels(stage="clean").inc()
        return accepted

    async def extract_batch(self, events: Sequence[Event]) -> None:
        accepted = await self.clean_batch(events)
        if not accepted:
            return
        assert self.extractor is not None
        metrics.NLP_BATCH_SIZE.observe(len(accepted))
        async with measured("extract", len(accepted)):
            results = await self.extractor.extract([cleaned for _, cleaned in accepted])
        for (event, _), result in zip(accepted, results, strict=True):
            if isinstance(result, str):
                await self.reject(event, "extract", RejectReason.extraction_failed, result)
                continue
            try:
                encoded = codec.encode_extracted(result)
            except Exception as error:
                await self.reject(event, "extract", RejectReason.processing_failed, describe(error))
                continue
            if not result.claims:
                metrics.ARTICLES_WITHOUT_CLAIMS.inc()
            await self.topology.extracted.send(
                key=result.evidence.article_id.encode(),
                value=encoded,
                headers=[(PRODUCED_AT_HEADER, str(event.message.timestamp).encode())],
            )
            for claim in result.claims:
                metric = claim.metric if isinstance(claim, FigureClaim) else claim.kind
                metrics.CLAIMS_EXTRACTED.labels(metric=metric).inc()
            metrics.MESSAGES_OUT.labels(stage="extract").inc()

    # -- extracted articles -> claims under their incident ------------------------------

    async def link_one(self, event: Event) -> None:
        """Link one article into its incident and send its claims under it. When it merges
        incidents, the absorbed ones are retired first (a reader may briefly miss their
        figures, never count them twice), then their articles' claims are sent again under
        the survivor. A redelivered article sends all of that again: its first linking may
        have stopped after the directory was written and before every message was sent
        (the reconcile stage takes each claim once)."""
        metrics.MESSAGES_IN.labels(stage="link").inc()
        try:
            extracted = codec.decode_extracted(event.message.value or b"")
        except Exception as error:
            await self.reject(event, "link", RejectReason.wrong_type, describe(error))
            return
        article_id = extracted.evidence.article_id
        started = time.perf_counter()
        table = TextTable(self.topology.directory_table)
        if recover(table):
            log.warning("finished the incident directory writes a crash interrupted")
        staged = Staged(table)
        directory = Directory(staged)
        seen = directory.incident_of(article_id) is not None
        linked = directory.add(extracted.evidence)
        if seen:
            done = json.loads(staged.get(f"{_LINKED}{article_id}", "{}"))
            linked = Linked(linked.incident, done.get("moved", []), done.get("merged", {}))
        else:
            staged[f"{_LINKED}{article_id}"] = json.dumps(
                {"moved": linked.moved, "merged": linked.merged}
            )
        metrics.STAGE_LATENCY.labels(stage="link").observe(time.perf_counter() - started)
        produced_at = dict(_headers(event.message)).get(PRODUCED_AT_HEADER, b"")
        now = dt.datetime.now(dt.UTC)
        for old, survivor in sorted(linked.merged.items()):
            marker = IncidentMerged(incident_id=old, merged_into=survivor, at=now)
            await self.topology.claims.send(key=old.encode(), value=codec.encode_merged(marker))
        if not seen:
            metrics.INCIDENTS_MERGED.inc(len(linked.merged))
        for moved in linked.moved:
            incident = directory.incident_of(moved) or linked.incident
            claims = codec.decode_claims(staged.get(f"{_CLAIMS}{moved}", "[]").encode())
            await self.send_claims(as_members(claims, incident, directory.evidence_of(moved)))
        staged[f"{_CLAIMS}{article_id}"] = codec.encode_claims(extracted.claims).decode()
        members = as_members(extracted.claims, linked.incident, extracted.evidence)
        await self.send_claims(members, produced_at)
        staged.commit()
        metrics.MESSAGES_OUT.labels(stage="link").inc()

    async def send_claims(self, claims: Sequence[Claim], produced_at: bytes = b"") -> None:
        """Send claims of one incident (one article's, as a rule) as one message."""
        headers = [(PRODUCED_AT_HEADER, produced_at)] if produced_at else []
        for value in codec.claims_messages(claims, CLAIMS_MESSAGE_BYTES):
            await self.topology.claims.send(
                key=claims[0].incident_id.encode(), value=value, headers=headers
            )

    # -- claims -> state ------------------------------------------------------------------

    async def reconcile_batch(self, events: Sequence[Event]) -> None:
        incoming = await self.record_claims(events)
        for incident_id, items in sorted(incoming.by_incident.items()):
            try:
                await self.fold_and_send(incident_id, items, incoming)
            except MACHINERY_ERRORS:
                raise
            except Exception as error:
                # The claims stay in the table; their messages' dead letters let an operator
                # see why this incident's state did not move.
                events = list({id(item.event): item.event for item in items}.values())
                await self.reject_all(events, "reconcile", error)

    async def record_claims(self, events: Sequence[Event]) -> _Incoming:
        """Decode each message's claims and write the new ones to the table, one row per
        incident; bad messages go to the dead-letter topic."""
        incoming = _Incoming()
        metrics.MESSAGES_IN.labels(stage="reconcile").inc(len(events))
        # Where each incident of the batch was merged into, if it was: looked up once per
        # incident, again only after a merge marker of the batch retires it.
        survivors: dict[str, str | None] = {}
        for event in events:
            value = event.message.value or b""
            try:
                decoded = codec.decode_claims_message(value)
            except Exception as error:
                await self.reject(event, "reconcile", RejectReason.wrong_type, describe(error))
                continue
            if isinstance(decoded, IncidentMerged):
                _current(event)
                # Its claims in this batch were sent again under the survivor.
                incoming.by_incident.pop(decoded.incident_id, None)
                await self.retire(decoded)
                survivors.pop(decoded.incident_id, None)
                continue
            header = dict(_headers(event.message)).get(PRODUCED_AT_HEADER)
            for claim in decoded:
                await self._record(event, claim, header, survivors, incoming)
        for incident_id, items in incoming.by_incident.items():
            _current(items[-1].event)
            self.store.write(incident_id)
        return incoming

    async def _record(
        self,
        event: Event,
        claim: Claim,
        produced_at: bytes | None,
        survivors: dict[str, str | None],
        incoming: _Incoming,
    ) -> None:
        if claim.incident_id not in survivors:
            survivors[claim.incident_id] = self.store.merged_into(claim.incident_id)
        survivor = survivors[claim.incident_id]
        if survivor is not None:
            # A claim sent under an incident already merged (after a crash, the linking of
            # a redelivered article may stand where it stood before the merge): it belongs
            # to the survivor.
            await self.send_claims([claim.model_copy(update={"incident_id": survivor})])
            return
        # Each claim's own JSON, for the table: a message holds an article's claims.
        encoded = codec.encode_claim(claim)
        if not self.store.record(claim, encoded):
            incoming.redelivered.add(claim.incident_id)
        incoming.by_incident[claim.incident_id].append(_Item(event, claim, encoded))
        metrics.CLAIMS_RECONCILED.inc()
        if produced_at:
            incoming.produced_at[claim.incident_id] = min(
                float(produced_at), incoming.produced_at.get(claim.incident_id, float("inf"))
            )

    async def fold_and_send(
        self, incident_id: str, items: Sequence[_Item], incoming: _Incoming
    ) -> None:
        started = time.perf_counter()
        before = self.store.state_of(incident_id)
        # With their JSON: the reconciler keeps that, not the claims decoded.
        claims = [item.claim for item in items]
        encoded = [item.encoded for item in items]
        state, changes = self.store.apply(incident_id, claims, encoded)
        metrics.STAGE_LATENCY.labels(stage="reconcile").observe(time.perf_counter() - started)
        # Any new source or article is a new state for the compacted topic; only changes a
        # reader cares about go to state-changes. A redelivered claim sends the state again:
        # a crash may have come between the table write and the send.
        if state is None or (state == before and incident_id not in incoming.redelivered):
            return
        await self.topology.state.send(
            key=incident_id.encode(),
            value=codec.encode_state(state),
            headers=[(VERSION_HEADER, str(state.version).encode()), SCHEMA_HEADER],
        )
        for change in changes:
            await self.topology.changes.send(
                key=incident_id.encode(), value=codec.encode_change(change), headers=[SCHEMA_HEADER]
            )
        self.observe_state(incident_id, before, state, incoming.produced_at.get(incident_id))

    async def retire(self, merged: IncidentMerged) -> None:
        """An incident merged into another: its claims leave the table, its state gets a
        tombstone and `state-changes` says where it went."""
        before = self.store.retire(merged.incident_id, merged.merged_into)
        await self.topology.state.send(
            key=merged.incident_id.encode(),
            value=None,
            headers=[(MERGED_INTO_HEADER, merged.merged_into.encode()), SCHEMA_HEADER],
        )
        change = StateChange(
            incident_id=merged.incident_id,
            version=(before.version + 1) if before is not None else 0,
            because=[],
            at=merged.at,
            merged_into=merged.merged_into,
        )
        await self.topology.changes.send(
            key=merged.incident_id.encode(),
            value=codec.encode_change(change),
            headers=[SCHEMA_HEADER],
        )
        self.incident_gauges.forget(merged.incident_id)
        metrics.INCIDENTS.set(self.store.incident_count())
        metrics.CACHED_CLAIMS.set(self.store.held_claims())

    def observe_state(
        self,
        incident_id: str,
        before: IncidentState | None,
        state: IncidentState,
        produced_at: float | None,
    ) -> None:
        for metric, count in new_conflicts(before, state).items():
            metrics.CONFLICTS.labels(metric=metric).inc(count)
        metrics.MESSAGES_OUT.labels(stage="reconcile").inc()
        metrics.STATE_UPDATES.inc()
        metrics.INCIDENTS.set(self.store.incident_count())
        metrics.CACHED_CLAIMS.set(self.store.held_claims())
        self.incident_gauges.update(
            incident_id,
            state.version,
            {metric: figure.value for metric, figure in state.figures.items()},
        )
        if produced_at is not None:
            metrics.PUBLISH_TO_STATE.observe(max(time.time() - produced_at, 0))

    # -- the agents' own health ------------------------------------------------------------

    @asynccontextmanager
    async def guarded(self, stage: str) -> AsyncIterator[None]:
        """Marks the worker failed when an agent's loop itself raises (not a message)."""
        try:
            yield
        except Exception as error:
            self.failure = f"agent {stage} stopped: {describe(error)}"
            log.exception("agent %s stopped; the worker stops too", stage)
            raise


def register_agents(topology: Topology, agents: Agents) -> None:
    app, settings = topology.app, topology.settings

    @app.agent(topology.articles, name="extract", concurrency=1)
    async def extract(stream: StreamT[bytes]) -> None:
        batches = cast(Stream[bytes], stream).take_events(
            settings.batch_size, within=settings.batch_window_s
        )
        async with agents.guarded("extract"):
            async for events in batches:
                try:
                    await agents.extract_batch(events)
                except Exception as error:
                    await agents.reject_all(events, "extract", error)

    @app.agent(topology.extracted, name="link", concurrency=1)
    async def link(stream: StreamT[bytes]) -> None:
        async with agents.guarded("link"):
            async for event in cast(Stream[bytes], stream).events():
                try:
                    await agents.link_one(event)
                except MACHINERY_ERRORS:
                    raise
                except Exception as error:
                    await agents.reject_all([event], "link", error)

    @app.agent(topology.claims, name="reconcile", concurrency=1)
    async def reconcile(stream: StreamT[bytes]) -> None:
        concrete = cast(Stream[bytes], stream)
        async with agents.guarded("reconcile"):
            async for events in concrete.take_events(512, within=settings.batch_window_s):
                try:
                    await agents.reconcile_batch(events)
                except MACHINERY_ERRORS:
                    raise
                except Exception as error:
                    await agents.reject_all(events, "reconcile", error)
