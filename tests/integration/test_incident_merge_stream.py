"""Two workers on the real broker: an article that bridges two incidents merges them. The
absorbed incident gets a tombstone and a `merged` change, its old address answers 308, and
the final state is what `tally replay` gives the same articles in another order."""

import datetime as dt
from typing import Any

from schemas.article import Article
from schemas.change import StateChange
from streams.clients.state_read import read_topic
from streams.replay import replay
from tests.integration.harness import Deployment, dumps, wait_until

DAY = dt.datetime(2025, 2, 3, 9, 0, tzinfo=dt.UTC)


def _article(key: str, days: int, title: str, body: str) -> dict[str, Any]:
    when = DAY + dt.timedelta(days=days)
    return {"id": key, "published_at": when.isoformat(), "title": title, "body": body}


# Two fires in two towns of one country, then a report that ties them together.
FIRST = _article(
    "merge-first", 0, "Market fire in Rancagua",
    "A fire at the central market of Rancagua, Chile, killed nine people on Monday, the fire "
    "service said.",
)  # fmt: skip
SECOND = _article(
    "merge-second", 3, "Warehouse fire in Talca",
    "A fire at a timber warehouse in Talca, Chile, killed four people on Thursday, firefighters "
    "said.",
)  # fmt: skip
BRIDGE = _article(
    "merge-bridge", 2, "Rancagua market fire spread along the rail line",
    "Investigators said the fire that killed nine people at the Rancagua market in Chile on "
    "Monday was carried by a freight train that later burned in Talca, where four more people "
    "died in the fire.",
)  # fmt: skip


def test_a_bridging_article_merges_two_incidents(deployment: Deployment) -> None:
    first = deployment.start_worker()
    second = deployment.start_worker()
    deployment.publish_records([FIRST, SECOND])
    apart = deployment.wait_for_articles({"merge-first", "merge-second"})
    assert len(apart) == 2, sorted(apart)
    survivor = next(i for i, s in apart.items() if "merge-first" in s.articles.ids)
    absorbed = next(i for i, s in apart.items() if "merge-second" in s.articles.ids)

    deployment.publish_records([BRIDGE])
    states = wait_until(
        deployment.states,
        lambda found: (
            set(found) == {survivor}
            and set(found[survivor].articles.ids) == {"merge-first", "merge-second", "merge-bridge"}
        ),
        timeout_s=120,
    )
    assert set(states) == {survivor}

    settings = deployment.settings
    tombstones = [
        key.decode()
        for key, value in read_topic(deployment.connection, settings.topic_state)
        if key is not None and value is None
    ]
    assert absorbed in tombstones
    changes = [
        StateChange.model_validate_json(value)
        for key, value in read_topic(deployment.connection, settings.topic_changes)
        if key == absorbed.encode() and value is not None
    ]
    assert [change.merged_into for change in changes if change.merged_into] == [survivor]

    for worker in (first, second):
        status, _ = worker.get(f"/incidents/{absorbed}")
        assert status == 200  # urllib follows the 308 to the survivor
    for worker in (first, second):
        assert _redirect(worker.web_url, f"/incidents/{absorbed}/history") == (
            308,
            f"/incidents/{survivor}/history",
        )
        assert _redirect(worker.web_url, f"/incident/{absorbed}?at=2025-02-04") == (
            308,
            f"/incident/{survivor}?at=2025-02-04",
        )

    quiet = deployment.wait_quiet()
    replayed = replay([Article.model_validate(r) for r in (BRIDGE, SECOND, FIRST)])
    assert dumps(replayed) == dumps(quiet)


def _redirect(base: str, path: str) -> tuple[int, str]:
    import http.client
    import urllib.parse

    parsed = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(parsed.hostname or "", parsed.port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.getheader("Location") or ""
    finally:
        connection.close()
