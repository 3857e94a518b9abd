"""Re-materialises every incident's state from the `claims` topic, the source of truth.

The same fold as the worker, over every claim ever recorded; it can compare the result with
the live `incident-state` topic and publish it there.

Memory stays bounded by the largest incident, not by the topic: one pass spills every claim
to a temporary RocksDB store keyed by incident (the raw bytes, undecoded), then the store is
read back in key order and each incident is folded alone, in one process per core with a
few incidents in flight. The (bounded) states go to a second store, from which they are
compared with the live topic (by digest, one live state at a time) and published.

An incident that merged into another is left out: its marker on `claims` follows its claims
under its own key, and those claims were sent again under the survivor's key, where they
are folded. The live topic holds a tombstone for it.
"""

import hashlib
import os
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import groupby
from multiprocessing import get_context
from typing import NamedTuple, cast

from pydantic import BaseModel
from rich.progress import Progress
from rocksdict import Options, Rdict

from schemas.claim import Claim
from schemas.merge import IncidentMerged
from schemas.version import SCHEMA_VERSION, SCHEMA_VERSION_HEADER
from streams.clients.publish import Message
from streams.clients.publish import publish as send_messages
from streams.clients.state_read import VERSION_HEADER, LatestStates, read_records
from streams.codec import decode_claims_message, encode_state
from streams.collector import tune_collector
from streams.kafka.connection import Connection, connection
from streams.reconcile.fold import fold
from streams.settings import Settings


class RebuildReport(BaseModel):
    claims: int
    incidents: int
    seconds: float
    compared: bool
    differing: list[str]
    missing_live: list[str]
    merged: dict[str, str]
    published: bool

    def summary(self) -> str:
        lines = [
            f"rebuilt {self.incidents} incident(s) from {self.claims:,} claim(s) "
            f"in {self.seconds:.1f}s"
        ]
        if self.merged:
            lines.append(f"left out {len(self.merged)} incident(s) merged into another")
        if self.compared:
            if self.differing or self.missing_live:
                lines.append(f"differs from the live state: {', '.join(self.differing) or '-'}")
                lines.append(f"missing from the live state: {', '.join(self.missing_live) or '-'}")
            else:
                lines.append("identical to the live incident-state topic")
        if self.published:
            lines.append("published the rebuilt states to incident-state")
        return "\n".join(lines)


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


class LiveDigests(LatestStates):
    """The latest live state of each incident as the digest of its message: what a
    comparison needs, in a few bytes per incident however large the states are."""

    def _kept(self, value: bytes) -> bytes:
        return digest(value)

    def digests(self) -> dict[str, bytes]:
        return {incident: kept for incident, (_, kept) in self._raw.items()}


def read_live_digests(connection: Connection, topic: str) -> dict[str, bytes]:
    live = LiveDigests()
    for record in read_records(connection, topic):
        live.apply(record.key, record.value, record.headers)
    return live.digests()


def compare(
    rebuilt: Iterable[tuple[str, "Rebuilt"]], live: dict[str, bytes]
) -> tuple[list[str], list[str]]:
    """(incidents whose live state differs, incidents the live topic lacks), against the
    live states' digests."""
    differing: list[str] = []
    missing: list[str] = []
    for incident, state in rebuilt:
        if incident not in live:
            missing.append(incident)
        elif live[incident] != digest(state.data):
            differing.append(incident)
    return differing, missing


def spill_claims(connection: Connection, topic: str, store: Rdict, progress: Progress) -> None:
    """Every message of the topic (claims and merge markers) into `store`, keyed
    `incident NUL partition:offset`."""
    task = progress.add_task("reading claims messages", total=None)
    count = 0
    for record in read_records(connection, topic):
        if record.key is None or record.value is None:
            continue
        store[b"%s\x00%d:%d" % (record.key, record.partition, record.offset)] = record.value
        count += 1
        if count % 10_000 == 0:
            progress.update(task, completed=count)


def _decoded(values: Iterable[bytes]) -> tuple[list[Claim], list[IncidentMerged]]:
    """One incident's claims, and its merge markers."""
    claims: list[Claim] = []
    markers: list[IncidentMerged] = []
    for value in values:
        decoded = decode_claims_message(value)
        if isinstance(decoded, IncidentMerged):
            markers.append(decoded)
        else:
            claims.extend(decoded)
    return claims, markers


class Rebuilt(NamedTuple):
    """A rebuilt state as its message: encoded (500 states as objects would outweigh the
    claims in flight), with its version for the header."""

    version: int
    data: bytes


class Folded(NamedTuple):
    """How many states were written, the incidents merged into another (absorbed ->
    survivor), and how many claims were read (a message may hold several)."""

    incidents: int
    merged: dict[str, str]
    claims: int


class _Incident(NamedTuple):
    """One incident folded: its encoded state, or the survivor it merged into, and how many
    claims it had."""

    incident: str
    state: Rebuilt | None
    merged_into: str | None
    claims: int


def _fold_incident(incident: str, values: list[bytes]) -> _Incident:
    claims, found = _decoded(values)
    if found:
        return _Incident(incident, None, found[-1].merged_into, len(claims))
    state = fold(claims)
    return _Incident(incident, Rebuilt(state.version, encode_state(state)), None, len(claims))


def _groups(store: Rdict) -> Iterator[tuple[str, list[bytes]]]:
    items = cast(Iterator[tuple[bytes, bytes]], store.items())
    for incident, group in groupby(items, key=lambda item: item[0].split(b"\x00", 1)[0]):
        yield incident.decode(), [value for _, value in group]


def _folded_in_parallel(
    groups: Iterator[tuple[str, list[bytes]]], workers: int
) -> Iterator[_Incident]:
    """`_fold_incident` over the groups in `workers` processes, with a bounded number of
    incidents in flight, so memory stays that of a few incidents, not of the topic."""
    if workers <= 1:
        yield from (_fold_incident(incident, values) for incident, values in groups)
        return
    spawn = get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=spawn, initializer=tune_collector) as pool:
        pending: deque[Future[_Incident]] = deque()
        for incident, values in groups:
            pending.append(pool.submit(_fold_incident, incident, values))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def fold_spilled(store: Rdict, states: Rdict, progress: Progress, workers: int = 1) -> Folded:
    """Each incident's state into `states` (incident -> (version, message)), folding the
    store's claims one incident at a time (in `workers` processes: incidents fold
    independently); the incidents with a merge marker are left out."""
    task = progress.add_task("folding incidents", total=None)
    written = 0
    merged: dict[str, str] = {}
    claims = 0
    for done in _folded_in_parallel(_groups(store), workers):
        claims += done.claims
        if done.state is None:
            assert done.merged_into is not None
            merged[done.incident] = done.merged_into
        else:
            states[done.incident] = tuple(done.state)
            written += 1
        progress.advance(task)
    return Folded(written, dict(sorted(merged.items())), claims)


def stored_states(states: Rdict) -> Iterator[tuple[str, Rebuilt]]:
    """The states `fold_spilled` wrote, in incident order."""
    for incident, (version, data) in cast(Iterator[tuple[str, tuple[int, bytes]]], states.items()):
        yield incident, Rebuilt(version, data)


def _messages(states: Iterable[tuple[str, Rebuilt]]) -> Iterator[Message]:
    """State messages with the headers the worker writes: state and schema versions."""
    for incident, state in states:
        yield (
            incident.encode(),
            state.data,
            [
                (VERSION_HEADER, str(state.version).encode()),
                (SCHEMA_VERSION_HEADER, SCHEMA_VERSION.encode()),
            ],
        )


def rebuild_states(
    settings: Settings, publish: bool, compare_live: bool, show_progress: bool = False
) -> RebuildReport:
    tune_collector()
    server = connection(settings)
    started = time.perf_counter()
    settings.cache_dir.mkdir(parents=True, exist_ok=True)
    differing: list[str] = []
    missing: list[str] = []
    with (
        tempfile.TemporaryDirectory(prefix="tally-rebuild-", dir=settings.cache_dir) as spill,
        Progress(disable=not show_progress, transient=True) as progress,
    ):
        store = Rdict(os.path.join(spill, "claims"), Options(raw_mode=True))
        states = Rdict(os.path.join(spill, "states"))
        try:
            try:
                spill_claims(server, settings.topic_claims, store, progress)
                folded = fold_spilled(store, states, progress, workers=os.cpu_count() or 1)
            finally:
                store.close()
            seconds = time.perf_counter() - started
            if compare_live:
                live = read_live_digests(server, settings.topic_state)
                differing, missing = compare(stored_states(states), live)
            if publish:
                messages = _messages(stored_states(states))
                send_messages(server, settings.topic_state, messages, False)
        finally:
            states.close()
    return RebuildReport(
        claims=folded.claims,
        incidents=folded.incidents,
        seconds=round(seconds, 3),
        compared=compare_live,
        differing=differing,
        missing_live=missing,
        merged=folded.merged,
        published=publish,
    )
