"""The web view in a real browser (Debian's chromium) against a real worker fed with the seeds
and other crises: the pages, the highlighted sentence, a live update without a reload, the
time control, and article text that stays inert. Screenshots go to bench-results/."""

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import aiohttp

from tests.integration.browser import Page, chromium, require_chromium
from tests.integration.harness import (
    REPO,
    Deployment,
    RunningWorker,
    article_ids,
    generated_articles,
    seed_records,
)

SCREENSHOTS = REPO / "bench-results"
HOSTILE: dict[str, Any] = {
    "id": "browser-live-1",
    "published_at": "2022-01-11T10:00:00Z",
    "outlet": "<script>window.__pwned = 1</script> Times",
    "url": "javascript:window.__pwned = 3",
    "title": "Kazakhstan toll rises",
    "body": (
        "ALMATY, Kazakhstan - Kazakhstan's health ministry said on Tuesday that 225 people "
        "were killed in the unrest that swept the country after protests over fuel prices.\n\n"
        '<img src=x onerror="window.__pwned = 2"> More than 9,900 people were arrested, '
        "the interior ministry said."
    ),
}
DEATHS = "document.querySelector('#deaths-h .value')?.textContent"


async def _api_deaths(session: aiohttp.ClientSession, url: str) -> int | None:
    async with session.get(url) as response:
        if response.status != 200:
            return None
        state = json.loads(await response.text())
    value = state.get("figures", {}).get("deaths", {}).get("value")
    return value if isinstance(value, int) else None


async def _scenario(
    binary: str, worker: RunningWorker, deployment: Deployment, incident: str, shots: Path
) -> None:
    base = worker.web_url
    async with chromium(binary) as page:
        await _incidents_page(page, base, incident, shots)
        await page.goto(f"{base}/incident/{incident}")
        assert await page.evaluate(DEATHS) == "164"
        marks = await page.evaluate(
            "[...document.querySelectorAll('#deaths .sources mark')].map(m => m.textContent)"
        )
        assert "164" in marks, marks
        await page.screenshot(shots / "webview-incident.png")

        # Live: the open page changes without a reload once the worker has the new state.
        await page.wait_for("document.querySelector('[data-live-status]').textContent === 'Live'")
        await page.evaluate("window.__kept = 'this document'")
        deployment.publish_records([HOSTILE])
        async with aiohttp.ClientSession() as session:
            api = f"{base}/incidents/{incident}"
            deadline = time.monotonic() + 120
            while await _api_deaths(session, api) != 225:
                assert time.monotonic() < deadline, "the worker never reached 225"
                await asyncio.sleep(0.05)
        # Bounded, not timed: how fast the page follows is measured by `make bench`.
        followed = await page.wait_for(f"{DEATHS} === '225'", timeout_s=60)
        print(f"the open page showed the new toll {followed:.2f}s after the API had it")
        assert await page.evaluate("window.__kept") == "this document"

        # Article text is inert: shown as text, never run.
        await asyncio.sleep(0.5)  # an injected handler would have fired by now
        assert await page.evaluate("window.__pwned") is None
        assert await page.evaluate("document.scripts.length") == 1
        body = await page.evaluate("document.body.innerText")
        assert "<script>window.__pwned = 1</script> Times" in body
        assert '<img src=x onerror="window.__pwned = 2">' in body
        links = await page.evaluate("[...document.links].map(a => a.href)")
        assert not [link for link in links if link.startswith("javascript:")]

        await page.goto(f"{base}/incident/{incident}?at=2022-01-09T00:00Z")
        assert await page.evaluate(DEATHS) == "44"


async def _incidents_page(page: Page, base: str, incident: str, shots: Path) -> None:
    await page.goto(f"{base}/")
    listed = await page.evaluate(
        "[...document.querySelectorAll('tbody tr[data-incident]')].map(r => r.dataset.incident)"
    )
    assert incident in listed and len(listed) >= 2, listed
    await page.screenshot(shots / "webview-incidents.png", height=900)
    # Keyboard: the first Tab reaches the skip link, which leads to the content.
    await page.call("Input.dispatchKeyEvent", type="keyDown", key="Tab", code="Tab")
    await page.call("Input.dispatchKeyEvent", type="keyUp", key="Tab", code="Tab")
    assert await page.evaluate("document.activeElement.className") == "skip"


def test_the_web_view_in_a_browser(deployment: Deployment) -> None:
    binary = require_chromium()
    worker = deployment.start_worker()
    records = [*seed_records(), *generated_articles(10, 5, prefix="browser")]
    deployment.publish_records(records)
    states = deployment.wait_for_articles(article_ids(records))
    (incident,) = [
        s.incident_id for s in states.values() if "000_83ccc92644785bfc" in s.articles.ids
    ]
    deployment.wait_quiet()
    asyncio.run(_scenario(binary, worker, deployment, incident, SCREENSHOTS))
