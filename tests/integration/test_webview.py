"""The web view on a real worker: the incidents page, an incident page with the sentence
behind its number, the past state, and a live event when an article changes a state."""

import queue
import threading
import time
import urllib.request
from typing import Any

from tests.integration.harness import Deployment, article_ids, seed_records, wait_until

NEW_ARTICLE: dict[str, Any] = {
    "id": "webview-live-1",
    "published_at": "2022-01-11T10:00:00Z",
    "outlet": "<script>alert('outlet')</script> Times",
    "url": "javascript:alert('url')",
    "title": "Kazakhstan toll rises",
    "body": (
        "ALMATY, Kazakhstan - Kazakhstan's health ministry said on Tuesday that 225 people "
        "were killed in the unrest that swept the country after protests over fuel prices."
    ),
}


def _listen(url: str, lines: "queue.Queue[str]") -> None:
    try:
        with urllib.request.urlopen(url, timeout=60) as stream:
            for raw in stream:
                lines.put(raw.decode())
    except OSError as error:
        lines.put(f"closed: {error}")
    lines.put("closed")


def _next_event(lines: "queue.Queue[str]", timeout_s: float) -> dict[str, str] | None:
    """The next event within `timeout_s` (keep-alive comments do not extend it), or None."""
    deadline = time.monotonic() + timeout_s
    event: dict[str, str] = {}
    while True:
        try:
            line = lines.get(timeout=max(deadline - time.monotonic(), 0)).rstrip("\n")
        except queue.Empty:
            return None
        assert not line.startswith("closed"), line
        if not line:
            if "event" in event:
                return event
            continue
        field, _, value = line.partition(": ")
        event[field] = value


def test_pages_and_a_live_event(deployment: Deployment) -> None:
    worker = deployment.start_worker()
    records = seed_records()
    deployment.publish_records(records)
    states = deployment.wait_for_articles(article_ids(records))
    (incident,) = [
        s.incident_id for s in states.values() if "000_83ccc92644785bfc" in s.articles.ids
    ]
    path = f"/incident/{incident}"

    status, index = wait_until(lambda: worker.get("/"), lambda r: incident.encode() in r[1])
    assert status == 200, index[:500]
    assert f'href="{path}"'.encode() in index

    status, page = wait_until(lambda: worker.get(path), lambda r: b"<mark>164</mark>" in r[1])
    assert status == 200 and b"<mark>164</mark>" in page, page[:2000]
    assert b'<span class="outlet">WION</span>' in page

    status, past = worker.get(f"{path}?at=2022-01-09T00:00:00Z")
    assert status == 200 and b'Deaths: <span class="value">44</span>' in past

    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_listen, args=(f"{worker.web_url}/live", lines), daemon=True).start()
    assert lines.get(timeout=10).startswith("retry:")
    deployment.publish_records([NEW_ARTICLE])
    event = _next_event(lines, timeout_s=120)
    assert event is not None, f"no event in 120 s:\n{worker.log_tail()}"
    assert event["event"] == "state" and incident in event["data"], event

    status, page = worker.get(path)
    assert b'Deaths: <span class="value">225</span>' in page
    assert b"<script>alert" not in page and b"&lt;script&gt;alert" in page
    assert b"javascript:" not in page

    # A second worker: the page is served by either, one of them routing it to the owner of
    # the incident's partition.
    other = deployment.start_worker()
    for serving in (worker, other):
        status, page = wait_until(
            lambda w=serving: w.get(path),
            lambda r: r[0] == 200 and b"<mark>225</mark>" in r[1],
            timeout_s=60,
        )
        assert status == 200 and b"<mark>225</mark>" in page, page[:500]
    deployment.stop_worker(other)

    # An open event stream does not hold up a clean stop.
    deployment.stop_worker(worker)
    assert worker.process.returncode == 0, worker.log_tail()
