"""The examples a user copies: a kafka-python producer and a downstream consumer."""

import os
import subprocess
import sys

from tests.integration.harness import REPO, Deployment

EXAMPLES = REPO / "examples"


def _run(deployment: Deployment, script: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        env={**os.environ, **deployment.env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_example_producer_and_consumer_work_with_a_worker(deployment: Deployment) -> None:
    deployment.start_worker()
    published = _run(deployment, "publish_article.py")
    assert published.startswith("published example-0001")
    states = deployment.wait_for_articles({"example-0001"})
    (incident,) = states
    followed = _run(deployment, "follow_state.py", "--idle-exit", "5").splitlines()
    print("\n".join(followed))
    assert f"{incident}: state v1 deaths 14, injured 30" in followed
    assert any(line.startswith(f"{incident}: deaths None -> 14") for line in followed), followed
