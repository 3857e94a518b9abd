"""An incident merged into another, as the topics hold it: a marker on `claims`, a tombstone
on `incident-state` and a change naming the survivor on `state-changes`. `tally rebuild`
leaves it out and `tally state` shows the survivor for it."""

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from schemas.change import StateChange
from schemas.claim import FigureClaim
from schemas.merge import IncidentMerged
from schemas.state import IncidentState
from streams.clients.publish import publish
from streams.clients.rebuild import rebuild_states
from streams.codec import encode_change, encode_claim, encode_merged, encode_state
from streams.kafka.topics import ensure_topics
from streams.reconcile.fold import fold
from tests.integration.harness import REPO, Deployment
from tests.unit.clients.test_rebuild import claim

AT = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def _moved(claims: list[FigureClaim], survivor: str) -> list[FigureClaim]:
    return [claim.model_copy(update={"incident_id": survivor}) for claim in claims]


def _claims(incident: str, claims: list[FigureClaim]) -> list[tuple[bytes, bytes]]:
    return [(incident.encode(), encode_claim(claim)) for claim in claims]


def _marker(incident: str, survivor: str) -> tuple[bytes, bytes]:
    merged = IncidentMerged(incident_id=incident, merged_into=survivor, at=AT)
    return incident.encode(), encode_merged(merged)


def _change(incident: str, survivor: str) -> tuple[bytes, bytes]:
    change = StateChange(incident_id=incident, version=2, because=[], at=AT, merged_into=survivor)
    return incident.encode(), encode_change(change)


@pytest.fixture
def merged(deployment: Deployment) -> IncidentState:
    """`first` merged into `second`, then `second` into `third`, as the linking and reconcile
    stages write it: the survivor's state."""
    settings = deployment.settings
    ensure_topics(settings)
    first = [claim("first", "a1", 10)]
    second = [claim("second", "a2", 12), *_moved(first, "second")]
    third = [claim("third", "a3", 15), *_moved(second, "third")]
    claims = [
        *_claims("first", first),
        _marker("first", "second"),
        *_claims("second", second),
        _marker("second", "third"),
        *_claims("third", third),
    ]
    survivor = fold(third)
    # None: the tombstones of the absorbed incidents.
    states = [(b"third", encode_state(survivor)), (b"first", None), (b"second", None)]
    changes = [_change("first", "second"), _change("second", "third")]
    publish(deployment.connection, settings.topic_claims, claims, False)
    publish(deployment.connection, settings.topic_state, states, False)
    publish(deployment.connection, settings.topic_changes, changes, False)
    return survivor


def _tally(deployment: Deployment, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        env={**os.environ, **deployment.env, "COLUMNS": "200"},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_rebuild_leaves_merged_incidents_out(deployment: Deployment, merged: IncidentState) -> None:
    report = rebuild_states(deployment.settings, publish=False, compare_live=True)
    assert report.incidents == 1 and report.claims == 6
    assert report.differing == [] and report.missing_live == []
    assert report.merged == {"first": "second", "second": "third"}


def test_state_of_a_merged_incident_shows_the_survivor(
    deployment: Deployment, merged: IncidentState
) -> None:
    shown = _tally(deployment, "state", "first", "--json")
    assert shown.returncode == 0, shown.stderr
    assert [IncidentState.model_validate(item) for item in json.loads(shown.stdout)] == [merged]
    assert shown.stderr.strip() == "incident first merged into third (via second)"
    unknown = _tally(deployment, "state", "nowhere")
    assert unknown.returncode == 2
    assert unknown.stderr.strip().splitlines() == ["Error: no incident 'nowhere'; known: third"]
