"""The whole pipeline on the real broker: seeds in, reconciled state out."""

import base64
import json
import subprocess
import sys

from schemas.dead_letter import DeadLetter
from schemas.state import IncidentState
from streams.cli.sources import load_articles
from streams.clients.rebuild import rebuild_states
from streams.replay import replay
from tests.integration.harness import SEEDS, Deployment, seed_records, wait_until


def _seed_incident(states: dict[str, IncidentState]) -> IncidentState:
    seed_ids = {str(record["id"]) for record in seed_records()}
    holding = [state for state in states.values() if seed_ids & set(state.articles.ids)]
    assert len(holding) == 1, f"the seeds are one crisis, found {[s.incident_id for s in holding]}"
    return holding[0]


def _names(state: IncidentState, action: str) -> set[str]:
    return {
        person.name
        for person in state.people.values()
        if any(taken.action == action for taken in person.actions)
    }


def test_seeds_give_the_reconciled_state(seeded_deployment: Deployment) -> None:
    state = _seed_incident(seeded_deployment.states())
    assert state.articles.count == 3
    deaths, injured, arrested = (state.figures[m] for m in ("deaths", "injured", "arrested"))
    assert deaths.value == 164
    assert (injured.value, injured.qualifier) == (2000, "about")
    assert (arrested.value, arrested.qualifier) == (6000, "about")
    dismissed = " ".join(_names(state, "dismissed"))
    for surname in ("Masimov", "Osipov", "Ergozhin"):
        assert surname in dismissed
    for source in deaths.sources:
        assert source.article_id in state.articles.ids and source.sentence


def test_http_api_serves_the_same_state(seeded_deployment: Deployment) -> None:
    worker = seeded_deployment.workers[0]
    state = _seed_incident(seeded_deployment.states())
    status, body = worker.get("/incidents")
    assert status == 200
    listed = {entry["incident_id"]: entry for entry in json.loads(body)}
    assert listed[state.incident_id]["figures"]["deaths"]["value"] == 164
    served = wait_until(
        lambda: IncidentState.model_validate_json(worker.get(f"/incidents/{state.incident_id}")[1]),
        lambda found: found == state,
    )
    assert served == state
    status, body = worker.get(f"/incidents/{state.incident_id}/history")
    assert status == 200
    history = json.loads(body)
    assert any(change["metric"] == "deaths" and change["after"] for change in history)
    assert all(change["sentences"] for change in history)
    assert worker.get("/incidents/no-such-incident")[0] == 404
    # `?at=` is read alike by the state and its history: a bad one is a 400 on both.
    for path in (f"/incidents/{state.incident_id}", f"/incidents/{state.incident_id}/history"):
        assert worker.get(f"{path}?at=yesterday")[0] == 400
    status, body = worker.get(f"/incidents/{state.incident_id}/history?at=2022-01-08T12:00:00Z")
    assert status == 200
    early = json.loads(body)
    assert 0 < len(early) < len(history)


def test_reverse_order_and_duplicates_give_identical_state(
    seeded_deployment: Deployment, deployment: Deployment
) -> None:
    deployment.start_worker()
    records = seed_records()
    deployment.publish_records(list(reversed(records)) + records)
    deployment.wait_for_articles({str(record["id"]) for record in records})
    again = deployment.wait_quiet()
    first = seeded_deployment.states()
    assert [s.model_dump_json() for s in again.values()] == [
        s.model_dump_json() for s in first.values()
    ]


def test_replay_prints_the_streaming_state(seeded_deployment: Deployment) -> None:
    streamed = seeded_deployment.states()
    replayed = replay(load_articles([SEEDS]))
    assert {k: v.model_dump_json() for k, v in replayed.items()} == {
        k: v.model_dump_json() for k, v in streamed.items()
    }
    output = subprocess.run(
        [sys.executable, "-m", "streams.cli", "replay", "--json", str(SEEDS)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    printed = [IncidentState.model_validate(item) for item in json.loads(output)]
    assert [s.model_dump_json() for s in printed] == [
        s.model_dump_json() for s in streamed.values()
    ]


def test_rebuild_reproduces_the_live_state(seeded_deployment: Deployment) -> None:
    report = rebuild_states(seeded_deployment.settings, publish=False, compare_live=True)
    assert report.incidents == len(seeded_deployment.states())
    assert report.differing == [] and report.missing_live == []


def test_malformed_messages_go_to_the_dead_letter_topic(deployment: Deployment) -> None:
    worker = deployment.start_worker()
    good = seed_records()[0]
    bad = [
        (b"broken", b"{not json"),
        (b"no-body", json.dumps({"id": "no-body", "published_at": good["published_at"]}).encode()),
        (b"typed", json.dumps({**good, "id": "typed", "body": 42}).encode()),
        (b"latin1", "caf\xe9".encode("latin-1")),
    ]
    deployment.publish_raw(bad)
    deployment.publish_records([good])
    deployment.wait_for_articles({str(good["id"])})
    letters = [
        DeadLetter.model_validate_json(value)
        for value in deployment.topic_values(deployment.settings.topic_dlq)
    ]
    by_key = {letter.key_b64: letter for letter in letters}
    assert len(letters) == len(bad)
    reasons = sorted(letter.reason.value for letter in by_key.values())
    assert reasons == ["missing_field", "not_json", "not_utf8", "wrong_type"]
    originals = {value for _, value in bad}
    assert {base64.b64decode(letter.value_b64) for letter in letters} == originals
    assert worker.process.poll() is None
    assert worker.get("/health")[0] == 200
