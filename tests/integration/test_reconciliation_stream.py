"""Reconciliation on the real broker: crises kept apart, corrections honoured, history, ?at=."""

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from schemas.state import IncidentState
from streams.cli.sources import load_articles, raw_records
from streams.clients.rebuild import rebuild_states
from streams.replay import replay
from tests.integration.harness import Deployment

THREE_CRISES = Path(__file__).resolve().parents[1] / "data" / "streams" / "three_crises.jsonl"
PREFIXES = ("mw-", "bo-", "so-")  # Malawi floods, Bolivia protests, Mogadishu bombing


@pytest.fixture(scope="module")
def crises(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    """The three crises' articles interleaved in one stream, shuffled, one worker."""
    deployed = Deployment(kafka_bootstrap, tmp_path_factory.mktemp("crises"))
    deployed.start_worker()
    records = [record for _, record in raw_records([THREE_CRISES])]
    random.Random(7).shuffle(records)
    deployed.publish_records(records)
    deployed.wait_for_articles({str(record["id"]) for record in records})
    deployed.wait_quiet()
    yield deployed
    deployed.stop_all()


def _by_crisis(states: dict[str, IncidentState]) -> dict[str, IncidentState]:
    found: dict[str, IncidentState] = {}
    for state in states.values():
        prefixes = {article[:3] for article in state.articles.ids}
        assert len(prefixes) == 1, f"{state.incident_id} mixes crises: {state.articles.ids}"
        prefix = prefixes.pop()
        assert prefix not in found, (
            f"one crisis split: {found[prefix].incident_id}, {state.incident_id}"
        )
        found[prefix] = state
    return found


def test_interleaved_crises_become_separate_incidents(crises: Deployment) -> None:
    by_crisis = _by_crisis(crises.states())
    assert sorted(by_crisis) == sorted(PREFIXES)
    for prefix, state in by_crisis.items():
        assert state.figures
        for figure in state.figures.values():
            assert figure.sources
            assert all(source.article_id.startswith(prefix) for source in figure.sources)
    assert by_crisis["so-"].figures["deaths"].value == 14
    assert by_crisis["bo-"].figures["deaths"].value == 3
    assert by_crisis["bo-"].figures["arrested"].qualifier == "more_than"


def test_a_correction_lowers_the_toll_and_history_says_why(crises: Deployment) -> None:
    malawi = _by_crisis(crises.states())["mw-"]
    assert malawi.figures["deaths"].value == 21
    worker = crises.workers[0]
    status, body = worker.get(f"/incidents/{malawi.incident_id}/history")
    assert status == 200
    deaths = [change for change in json.loads(body) if change["metric"] == "deaths"]
    lowered = [c for c in deaths if c["before"] and c["before"]["value"] == 30]
    assert lowered and lowered[-1]["after"]["value"] == 21
    assert any("error" in sentence for sentence in lowered[-1]["sentences"])


def test_state_as_it_stood_at_a_time(crises: Deployment) -> None:
    malawi = _by_crisis(crises.states())["mw-"]
    worker = crises.workers[0]
    status, body = worker.get(f"/incidents/{malawi.incident_id}?at=2023-03-14T12:00:00Z")
    assert status == 200
    then = IncidentState.model_validate_json(body)
    assert then.figures["deaths"].value == 30
    assert "mw-3" not in then.articles.ids
    assert worker.get(f"/incidents/{malawi.incident_id}?at=not-a-time")[0] == 400


def test_replay_in_any_order_equals_the_stream(crises: Deployment) -> None:
    streamed = {k: v.model_dump_json() for k, v in crises.states().items()}
    articles = load_articles([THREE_CRISES])
    for seed in (1, 2):
        random.Random(seed).shuffle(articles)
        assert {k: v.model_dump_json() for k, v in replay(articles).items()} == streamed


def test_rebuild_from_claims_equals_the_live_table(crises: Deployment) -> None:
    report = rebuild_states(crises.settings, publish=False, compare_live=True)
    assert report.incidents == 3
    assert report.differing == [] and report.missing_live == []
