"""The `tally` commands a user runs against the broker: demo, publish, state."""

import json
import os
import subprocess
import sys
from pathlib import Path

from schemas.state import IncidentState
from tests.integration.harness import REPO, SEEDS, Deployment, wait_until


def _tally(*args: str, env: dict[str, str], timeout_s: float = 600) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        env={**os.environ, **env, "COLUMNS": "200"},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout_s,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


def test_state_command_prints_the_topic_state(seeded_deployment: Deployment) -> None:
    printed = json.loads(_tally("state", "--json", env=seeded_deployment.env))
    states = seeded_deployment.states()
    assert [IncidentState.model_validate(item) for item in printed] == list(states.values())
    table = _tally("state", env=seeded_deployment.env)
    assert "Kazakhstan protests, " in table and "January 2022" in table and "164" in table


def test_demo_prints_the_seed_state(deployment: Deployment, tmp_path: Path) -> None:
    env = {**deployment.env, "TALLY_DATA_DIR": str(tmp_path / "demo")}
    output = _tally("demo", env=env)
    for expected in ("164", "about 2,000", "about 6,000", "Masimov", "Osipov", "Ergozhin"):
        assert expected in output, output[-3000:]
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 3
    assert all(seed.stem[:3] in output for seed in seeds)


def test_publish_then_state(deployment: Deployment) -> None:
    deployment.start_worker()
    _tally("publish", str(SEEDS), env=deployment.env)
    seeds = {path.stem for path in SEEDS.glob("*.txt")}
    deployment.wait_for_articles(seeds)
    # The articles reach the link stage in any order: one read first founds an incident
    # under its own id, and the earlier founder renames it a moment later. The state is
    # settled once one incident holds them all; a bounded wait, not a sleep.
    states = wait_until(deployment.states, lambda found: len(found) == 1, 120)
    assert len(states) == 1
    assert set(next(iter(states.values())).articles.ids) == seeds
