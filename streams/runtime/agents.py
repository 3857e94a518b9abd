"""The two Faust agents. They only move messages and call the stage functions.

Agent concurrency stays at 1: with more, Faust can commit offsets past messages that are
still being processed (faust-streaming issue #606). Parallelism comes from partitions and
worker processes instead, and spaCy runs in its own processes (streams/offload.py).
"""

import datetime as dt
import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from faust.streams import Stream
from faust.types import EventT, StreamT
from pydantic import ValidationError

from schemas.article import CleanedArticle
from schemas.claim import ActionClaim, ClaimAdapter, FigureClaim
from schemas.dead_letter import RejectReason
from schemas.state import IncidentState
from streams import metrics
from streams.clean.boilerplate import clean
from streams.clean.validate import Rejection, parse_article
from streams.clients.state_read import VERSION_HEADER
from streams.dead_letters import dead_letter
from streams.runtime.app import Topology
from streams.runtime.incident_store import IncidentStore
from streams.runtime.offload import Extractor

log = logging.getLogger(__name__)
Event = EventT[bytes]
PRODUCED_AT_HEADER = "tally-article-produced-at"


def _headers(message: Any) -> list[tuple[str, bytes]]:
    headers = message.headers or []
    items: Iterable[tuple[str, bytes]] = (
        headers.items() if isinstance(headers, Mapping) else headers
    )
    return [(str(name), bytes(value or b"")) for name, value in items]


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


class Agents:
    """Holds what the agents share: the topology, the extractor and the incident store."""

    def __init__(self, topology: Topology) -> None:
        self.topology = topology
        self.settings = topology.settings
        self.extractor: Extractor | None = None
        self.store = IncidentStore(topology.claims_table)
        self.incident_gauges = metrics.IncidentGauges()

    async def reject(self, event: Event, stage: str, reason: RejectReason, detail: str) -> None:
        message = event.message
        letter = dead_letter(
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
        )
        await self.topology.dlq.send(key=message.key, value=letter.model_dump_json().encode())
        metrics.MESSAGES_FAILED.labels(stage=stage).inc()
        metrics.DEAD_LETTERS.labels(reason=reason.value).inc()
        log.warning("rejected %s offset %s: %s", message.topic, message.offset, detail)

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

    async def extract_batch(self, events: Sequence[Event]) -> None:
        accepted: list[tuple[Event, CleanedArticle]] = []
        for event in events:
            metrics.MESSAGES_IN.labels(stage="clean").inc()
            started = time.perf_counter()
            try:
                accepted.append((event, self.clean_one(event)))
            except Rejection as rejection:
                await self.reject(event, "clean", rejection.reason, rejection.detail)
                continue
            metrics.STAGE_LATENCY.labels(stage="clean").observe(time.perf_counter() - started)
            metrics.MESSAGES_OUT.labels(stage="clean").inc()
        if not accepted:
            return
        assert self.extractor is not None
        metrics.NLP_BATCH_SIZE.observe(len(accepted))
        metrics.MESSAGES_IN.labels(stage="extract").inc(len(accepted))
        started = time.perf_counter()
        results = await self.extractor.extract([cleaned for _, cleaned in accepted])
        per_article = (time.perf_counter() - started) / len(accepted)
        for (event, _), result in zip(accepted, results, strict=True):
            metrics.STAGE_LATENCY.labels(stage="extract").observe(per_article)
            if isinstance(result, str):
                await self.reject(event, "extract", RejectReason.extraction_failed, result)
                continue
            await self.send_claims(event, result)
            metrics.MESSAGES_OUT.labels(stage="extract").inc()

    async def send_claims(self, event: Event, claims: Sequence[FigureClaim | ActionClaim]) -> None:
        produced_at = str(event.message.timestamp).encode()
        for claim in claims:
            await self.topology.claims.send(
                key=claim.incident_id.encode(),
                value=ClaimAdapter.dump_json(claim),
                headers=[(PRODUCED_AT_HEADER, produced_at)],
            )
            metric = claim.metric if isinstance(claim, FigureClaim) else "action"
            metrics.CLAIMS_EXTRACTED.labels(metric=metric).inc()

    async def reconcile_batch(self, stream: Stream[bytes], events: Sequence[Event]) -> None:
        by_incident: dict[str, list[FigureClaim | ActionClaim]] = defaultdict(list)
        redelivered: set[str] = set()
        produced_at: dict[str, float] = {}
        for event in events:
            metrics.MESSAGES_IN.labels(stage="reconcile").inc()
            try:
                claim = ClaimAdapter.validate_json(event.message.value or b"")
            except ValidationError as error:
                await self.reject(event, "reconcile", RejectReason.wrong_type, str(error)[:2000])
                continue
            # The table writes its changelog to the partition of the current event.
            stream._set_current_event(event)
            if not self.store.record(claim):
                redelivered.add(claim.incident_id)
            by_incident[claim.incident_id].append(claim)
            header = dict(_headers(event.message)).get(PRODUCED_AT_HEADER)
            if header:
                produced_at[claim.incident_id] = min(
                    float(header), produced_at.get(claim.incident_id, float("inf"))
                )
        for incident_id, claims in sorted(by_incident.items()):
            started = time.perf_counter()
            before = self.store.state_of(incident_id)
            state, changes = self.store.apply(incident_id, claims)
            metrics.STAGE_LATENCY.labels(stage="reconcile").observe(time.perf_counter() - started)
            # Any new source or article is a new state for the compacted topic; only
            # changes a reader cares about go to state-changes. A redelivered claim sends
            # the state again: a crash may have come between the table write and the send.
            if state is None or (state == before and incident_id not in redelivered):
                continue
            for metric, count in new_conflicts(before, state).items():
                metrics.CONFLICTS.labels(metric=metric).inc(count)
            await self.topology.state.send(
                key=incident_id.encode(),
                value=state.model_dump_json().encode(),
                headers=[(VERSION_HEADER, str(state.version).encode())],
            )
            for change in changes:
                await self.topology.changes.send(
                    key=incident_id.encode(), value=change.model_dump_json().encode()
                )
            metrics.MESSAGES_OUT.labels(stage="reconcile").inc()
            metrics.STATE_UPDATES.inc()
            metrics.INCIDENTS.set(self.store.incident_count())
            self.incident_gauges.update(
                incident_id,
                state.version,
                {metric: figure.value for metric, figure in state.figures.items()},
            )
            if incident_id in produced_at:
                metrics.PUBLISH_TO_STATE.observe(max(time.time() - produced_at[incident_id], 0))


def register_agents(topology: Topology, agents: Agents) -> None:
    app, settings = topology.app, topology.settings

    @app.agent(topology.articles, name="extract", concurrency=1)
    async def extract(stream: StreamT[bytes]) -> None:
        batches = cast(Stream[bytes], stream).take_events(
            settings.batch_size, within=settings.batch_window_s
        )
        async for events in batches:
            await agents.extract_batch(events)

    @app.agent(topology.claims, name="reconcile", concurrency=1)
    async def reconcile(stream: StreamT[bytes]) -> None:
        concrete = cast(Stream[bytes], stream)
        async for events in concrete.take_events(512, within=settings.batch_window_s):
            await agents.reconcile_batch(concrete, events)
