"""With TALLY_API_TOKEN set, the HTTP API needs the bearer token; probes do not."""

from tests.integration.harness import Deployment

TOKEN = "s3cret-token"


def test_the_api_needs_the_token_but_health_and_metrics_do_not(deployment: Deployment) -> None:
    worker = deployment.start_worker({"TALLY_API_TOKEN": TOKEN})
    assert worker.get("/incidents")[0] == 401
    assert worker.get("/incidents", headers={"Authorization": "Bearer wrong"})[0] == 401
    status, body = worker.get("/incidents", headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 200 and body.strip().startswith(b"[")
    assert worker.get("/health")[0] == 200
    assert worker.get("/metrics")[0] == 200
    assert TOKEN not in worker.log_tail(200_000)
