"""Server-Sent Events: every open page hears when an incident's state changes.

The feed watches the worker's state view (the compacted `incident-state` topic, tailed by
every worker), so an event is sent only once the new state can be read from this worker:
a page that fetches itself again on the event sees the change. The state view is looked at
only while someone listens. Each client has a bounded queue; a client too slow to keep up
is dropped (its browser reconnects) rather than holding memory.
"""

import asyncio
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from schemas.state import IncidentState

log = logging.getLogger(__name__)

QUEUE_LIMIT = 64
MAX_CLIENTS = 256
HEARTBEAT_S = 15.0
POLL_S = 0.25
RETRY_MS = 3000


@dataclass(eq=False)
class Client:
    incident: str | None
    queue: asyncio.Queue[bytes | None] = field(
        default_factory=lambda: asyncio.Queue(maxsize=QUEUE_LIMIT)
    )
    dropped: bool = False


class Hub:
    """The open event streams of this worker."""

    def __init__(self, max_clients: int = MAX_CLIENTS) -> None:
        self.max_clients = max_clients
        self.clients: set[Client] = set()
        self.closed = False

    def subscribe(self, incident: str | None) -> Client | None:
        """A new client, or None when the worker already serves as many as it will."""
        if self.closed or len(self.clients) >= self.max_clients:
            return None
        client = Client(incident)
        self.clients.add(client)
        return client

    def unsubscribe(self, client: Client) -> None:
        self.clients.discard(client)

    def publish(self, incident: str, event: bytes) -> None:
        for client in list(self.clients):
            if client.incident is not None and client.incident != incident:
                continue
            try:
                client.queue.put_nowait(event)
            except asyncio.QueueFull:
                log.info("dropping a live client that fell %d events behind", QUEUE_LIMIT)
                self._drop(client)

    def close(self) -> None:
        """End every stream: the worker is stopping, and open streams would hold it up."""
        self.closed = True
        for client in list(self.clients):
            self._drop(client)

    def _drop(self, client: Client) -> None:
        client.dropped = True
        self.clients.discard(client)
        # Wake the stream's writer; a full queue wakes it anyway.
        if not client.queue.full():
            client.queue.put_nowait(None)


def encode(event: str, data: Mapping[str, object], event_id: str | None = None) -> bytes:
    lines = [f"event: {event}"]
    if event_id is not None:
        lines.append(f"id: {event_id}")
    # json.dumps keeps the payload on one line, as SSE requires of a data field.
    lines.append(f"data: {json.dumps(data, separators=(',', ':'))}")
    return ("\n".join(lines) + "\n\n").encode()


def state_event(incident: str, state: IncidentState | None) -> bytes:
    if state is None:
        return encode("state", {"incident_id": incident, "version": None, "removed": True})
    return encode(
        "state",
        {
            "incident_id": incident,
            "version": state.version,
            "label": state.label,
            "last_updated": state.last_updated.isoformat(),
        },
        f"{incident}:{state.version}",
    )


def catch_up(client: Client, state: IncidentState | None, since: str | None) -> None:
    """Tell a client of one incident at once when its page showed an older version than the
    current one: the state may have changed between rendering the page and this stream."""
    if client.incident is None or since is None or state is None:
        return
    if str(state.version) != since:
        client.queue.put_nowait(state_event(client.incident, state))


class Watcher:
    """Compares the state view's versions with the last look and publishes the differences."""

    def __init__(self, hub: Hub, states: Callable[[], dict[str, IncidentState]]) -> None:
        self.hub = hub
        self.states = states
        self.seen: dict[str, int] | None = None

    def look(self) -> int:
        """One comparison; the number of events published."""
        if not self.hub.clients:
            # Nobody listens: forget, and start again from what is there when someone does.
            self.seen = None
            return 0
        current = self.states()
        versions = {incident: state.version for incident, state in current.items()}
        if self.seen is None:
            self.seen = versions
            return 0
        sent = 0
        for incident, version in versions.items():
            if self.seen.get(incident) != version:
                self.hub.publish(incident, state_event(incident, current[incident]))
                sent += 1
        for incident in self.seen.keys() - versions.keys():
            self.hub.publish(incident, state_event(incident, None))
            sent += 1
        self.seen = versions
        return sent

    async def run(self, interval_s: float = POLL_S) -> None:
        try:
            while True:
                try:
                    self.look()
                except Exception:
                    # A state that cannot be read must not end the feed for everyone.
                    log.exception("live feed: could not compare states")
                await asyncio.sleep(interval_s)
        finally:
            self.hub.close()
