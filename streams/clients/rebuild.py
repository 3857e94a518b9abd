"""Re-materialises every incident's state from the `claims` topic, the source of truth.

The same fold as the worker, over every claim ever recorded; it can compare the result with
the live `incident-state` topic and publish it there.
"""

import time
from collections.abc import Iterable

from pydantic import BaseModel

from schemas.claim import Claim
from schemas.state import IncidentState
from streams.clients.publish import publish as send_messages
from streams.clients.state_read import read_states, read_topic
from streams.codec import decode_claim, encode_state
from streams.kafka.connection import Connection, connection
from streams.replay import fold_by_incident
from streams.settings import Settings


class RebuildReport(BaseModel):
    claims: int
    incidents: int
    seconds: float
    compared: bool
    differing: list[str]
    missing_live: list[str]
    published: bool

    def summary(self) -> str:
        lines = [
            f"rebuilt {self.incidents} incident(s) from {self.claims:,} claim(s) "
            f"in {self.seconds:.1f}s"
        ]
        if self.compared:
            if self.differing or self.missing_live:
                lines.append(f"differs from the live state: {', '.join(self.differing) or '-'}")
                lines.append(f"missing from the live state: {', '.join(self.missing_live) or '-'}")
            else:
                lines.append("identical to the live incident-state topic")
        if self.published:
            lines.append("published the rebuilt states to incident-state")
        return "\n".join(lines)


def compare(
    rebuilt: dict[str, IncidentState], live: dict[str, IncidentState]
) -> tuple[list[str], list[str]]:
    """(incidents whose live state differs, incidents the live topic lacks)."""
    differing = [
        incident
        for incident, state in rebuilt.items()
        if incident in live and live[incident].model_dump_json() != state.model_dump_json()
    ]
    return differing, [incident for incident in rebuilt if incident not in live]


def read_claims(connection: Connection, topic: str) -> list[Claim]:
    return [decode_claim(value) for _, value in read_topic(connection, topic) if value is not None]


def _messages(states: Iterable[IncidentState]) -> list[tuple[bytes | None, bytes]]:
    return [(state.incident_id.encode(), encode_state(state)) for state in states]


def rebuild_states(settings: Settings, publish: bool, compare_live: bool) -> RebuildReport:
    server = connection(settings)
    started = time.perf_counter()
    claims = read_claims(server, settings.topic_claims)
    rebuilt = fold_by_incident(claims)
    seconds = time.perf_counter() - started
    differing: list[str] = []
    missing: list[str] = []
    if compare_live:
        live = read_states(server, settings.topic_state)
        differing, missing = compare(rebuilt, live)
    if publish:
        send_messages(server, settings.topic_state, _messages(rebuilt.values()), False)
    return RebuildReport(
        claims=len(claims),
        incidents=len(rebuilt),
        seconds=round(seconds, 3),
        compared=compare_live,
        differing=differing,
        missing_live=missing,
        published=publish,
    )
