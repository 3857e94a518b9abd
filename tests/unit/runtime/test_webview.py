"""The web view's pages rendered from models built by hand (no Kafka), and its live feed."""

import asyncio
import datetime as dt
import html
import re
from typing import Any

import pytest
from markupsafe import escape

from schemas.claim import ActionClaim, FigureClaim, SentenceRef
from schemas.state import IncidentState
from streams.codec import encode_claim
from streams.reconcile.fold import fold, fold_at
from streams.runtime.incident_store import IncidentStore, table_key
from streams.runtime.webview.live import QUEUE_LIMIT, Hub, Watcher, catch_up, state_event
from streams.runtime.webview.model import cited_ids, event_type, figure_text, locate, segments
from streams.runtime.webview.render import render_incident, render_index, render_missing
from streams.runtime.webview.routes import BadMoment, parse_moment

INCIDENT = "kazakhstan-protests-2022"
DAY1 = dt.datetime(2022, 1, 8, 11, 22, tzinfo=dt.UTC)
DAY2 = dt.datetime(2022, 1, 9, 21, 0, tzinfo=dt.UTC)
DAY3 = dt.datetime(2022, 1, 10, 9, 0, tzinfo=dt.UTC)
HOSTILE = "<script>alert('outlet')</script> News"


def _base(article: str, n: int, published: dt.datetime, text: str, **extra: Any) -> dict[str, Any]:
    return {
        "claim_id": f"{article}-{n}",
        "incident_id": extra.pop("incident", INCIDENT),
        "article_id": article,
        "published_at": published,
        "extractor_version": "1.0",
        "sentence": SentenceRef(text=text, start=0, end=len(text)),
        **extra,
    }


def figure(
    article: str,
    n: int,
    published: dt.datetime,
    metric: str,
    value: int,
    text: str,
    written: str,
    **extra: Any,
) -> FigureClaim:
    qualifier = extra.pop("qualifier", "exact")
    low = extra.pop("low", value)
    high = extra.pop("high", None if qualifier in ("more_than", "at_least") else value)
    return FigureClaim.model_validate(
        {
            **_base(article, n, published, text, **extra),
            "metric": metric,
            "value": value,
            "low": low,
            "high": high,
            "qualifier": qualifier,
            "as_written": written,
        }
    )


def claims() -> list[FigureClaim | ActionClaim]:
    web = {"outlet": "WION", "url": "https://example.org/kz/1"}
    hostile = {"outlet": HOSTILE, "url": "javascript:alert('url')"}
    return [
        figure("a1", 1, DAY1, "deaths", 44, "Officials said 44 people had died.", "44", **web),
        figure(
            "a1",
            2,
            DAY1,
            "arrested",
            4400,
            "More than 4,400 people were detained, police said.",
            "more than 4,400",
            qualifier="more_than",
            attribution="police",
            **web,
        ),
        figure(
            "a2",
            1,
            DAY2,
            "deaths",
            164,
            "<b>Health ministry</b>: 164 people & more died, it said.",
            "164",
            attribution="health ministry",
            **hostile,
        ),
        figure(
            "a2",
            2,
            DAY2,
            "arrested",
            6000,
            "Around 6,000 were arrested.",
            "around 6,000",
            qualifier="about",
            low=5400,
            high=6600,
            **hostile,
        ),
        figure("a2", 3, DAY2, "deaths", 26, "Some 26 protesters were killed.", "26", **hostile),
        figure(
            "a3",
            1,
            DAY3,
            "deaths",
            103,
            "The figure of 164 was an error; 103 died.",
            "103",
            corrects=True,
            withdraws=164,
        ),
        ActionClaim.model_validate(
            {
                **_base("a1", 3, DAY1, "Karim Masimov was arrested on Saturday.", **web),
                "subject": "Karim Masimov",
                "aliases": ["Massimov"],
                "action": "arrested",
                "role": "former head of the KNB",
                "date": dt.date(2022, 1, 8),
            }
        ),
    ]


def state() -> IncidentState:
    return fold(claims())


def text_of(page: str) -> str:
    """The page's text, tags removed and entities decoded, spaces collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def test_the_incidents_page_lists_figures_with_their_qualifiers() -> None:
    page = render_index([state()])
    assert 'href="/incident/kazakhstan-protests-2022"' in page
    row = text_of(page)
    assert "Kazakhstan protests, 2022" in row and "Kazakhstan" in row
    assert "about 6,000" in row
    assert "2022-01-10 09:00 UTC" in row


def test_the_incidents_page_filters_and_sorts() -> None:
    other = state().model_copy(
        update={
            "incident_id": "morocco-earthquake-2023-09",
            "label": "Morocco",
            "country": "Morocco",
        }
    )
    both = [state(), other]
    only = render_index(both, country="Morocco")
    assert "/incident/morocco-earthquake-2023-09" in only
    assert "/incident/kazakhstan-protests-2022" not in only
    typed = render_index(both, type="protests")
    assert "/incident/morocco-earthquake-2023-09" not in typed
    by_label = render_index(both, sort="label", descending=False)
    assert by_label.index("/incident/kazakhstan") < by_label.index("/incident/morocco")
    assert 'aria-sort="ascending"' in by_label
    # An unknown sort key falls back to the default instead of failing.
    assert "/incident/morocco" in render_index(both, sort="<nope>")


def test_the_incident_page_highlights_the_figure_in_its_sentence_by_offsets() -> None:
    page = render_incident(state(), claims())
    # The sentence's own markup is text: escaped, with only the figure marked.
    assert (
        "&lt;b&gt;Health ministry&lt;/b&gt;: <mark>164</mark> people &amp; more died, it said."
        in page
    )
    assert "<mark>103</mark> died" in page
    assert "<mark>Around 6,000</mark> were arrested" in page  # the sentence's own words
    assert 'Deaths: <span class="value">103</span>' in page


def test_a_hostile_outlet_and_url_are_inert() -> None:
    page = render_incident(state(), claims())
    assert "<script>alert" not in page
    assert str(escape(HOSTILE)) in page
    assert "javascript:" not in page
    assert 'href="https://example.org/kz/1"' in page
    index = render_index([state().model_copy(update={"label": HOSTILE})])
    assert "<script>alert" not in index and "&lt;script&gt;" in index


def test_the_incident_page_shows_sources_withdrawals_conflicts_and_people() -> None:
    page = render_incident(state(), claims())
    text = text_of(page)
    assert "WION , 2022-01-08 11:22 UTC" in text
    assert "according to health ministry" in text
    assert "<del>164</del>" in page  # withdrawn, struck through
    assert 'class="withdrawn"' in page  # and marked on the chart
    assert "Karim Masimov" in text and "arrested 2022-01-08" in text
    assert "<mark>Karim Masimov</mark> was arrested" in page
    assert '<path class="step"' in page


def test_a_conflict_is_listed_and_marked() -> None:
    lower = figure("a4", 1, DAY3 + dt.timedelta(hours=1), "deaths", 12, "Only 12 died.", "12")
    page = render_incident(fold([*claims(), lower]), [*claims(), lower])
    assert 'class="conflict"' in page
    assert "<mark>12</mark> died" in page
    assert "Conflicting reports" in page


def test_the_page_as_it_stood_at_a_past_moment() -> None:
    moment = dt.datetime(2022, 1, 9, tzinfo=dt.UTC)
    past = fold_at(claims(), moment)
    assert past is not None
    page = render_incident(past, claims(), moment)
    assert 'Deaths: <span class="value">44</span>' in page
    assert 'data-live="' not in page  # a past state does not update
    assert 'aria-current="true"' not in page  # no article was published at that moment
    assert "live updates are off" in page


def test_missing_and_bad_moments() -> None:
    assert "No incident with this id" in render_missing("<x>", None)
    assert "<x>" not in render_missing("<x>", None)
    assert parse_moment("2022-01-09T00:00") == dt.datetime(2022, 1, 9, tzinfo=dt.UTC)
    assert parse_moment("") is None
    with pytest.raises(BadMoment):
        parse_moment("yesterday")


def test_formatting_helpers() -> None:
    assert figure_text(6000, "about") == "about 6,000"
    assert figure_text(4400, "more_than") == "more than 4,400"
    assert figure_text(12, "vague", "dozens", 12, 99) == "dozens (12–99)"
    assert figure_text(None, None) == "—"
    assert event_type("morocco-earthquake-2023-09") == "earthquake"
    assert event_type("story-abc") == "story"
    sentence = "Of 1,200 injured, 1,200 were <i>"
    span = locate(sentence, ["1,200"])
    assert span == (3, 8)
    assert [s.text for s in segments(sentence, span) if s.marked] == ["1,200"]


def test_a_slow_client_is_dropped_and_the_others_still_hear() -> None:
    async def scenario() -> None:
        hub = Hub(max_clients=2)
        slow, other = hub.subscribe(None), hub.subscribe(INCIDENT)
        assert slow is not None and other is not None
        assert hub.subscribe(None) is None  # the limit
        for version in range(QUEUE_LIMIT + 1):
            hub.publish(INCIDENT, b"event %d" % version)
            if not other.queue.empty():
                other.queue.get_nowait()
        assert slow.dropped and slow not in hub.clients
        assert not other.dropped
        hub.publish("another-incident", b"x")
        assert other.queue.empty()  # it listens to one incident only
        hub.close()
        assert other.dropped and not hub.clients

    asyncio.run(scenario())


def test_the_watcher_publishes_what_changed_only_while_someone_listens() -> None:
    async def scenario() -> None:
        current: dict[str, IncidentState] = {INCIDENT: state()}
        hub = Hub()
        watcher = Watcher(hub, lambda: dict(current))
        assert watcher.look() == 0 and watcher.seen is None  # nobody listens
        client = hub.subscribe(None)
        assert client is not None
        assert watcher.look() == 0  # the first look is the baseline
        current[INCIDENT] = state().model_copy(update={"version": 99})
        assert watcher.look() == 1
        event = client.queue.get_nowait()
        assert event is not None
        assert b"event: state\n" in event and b'"version":99' in event
        assert watcher.look() == 0
        del current[INCIDENT]
        assert watcher.look() == 1
        assert b'"removed":true' in (client.queue.get_nowait() or b"")

    asyncio.run(scenario())


def test_an_event_is_one_sse_message() -> None:
    hostile = state().model_copy(update={"label": "two\nlines"})
    event = state_event(INCIDENT, hostile).decode()
    assert event.endswith("\n\n") and event.count("\n") == 4


def test_the_live_page_needs_only_the_claims_it_cites() -> None:
    every = claims()
    store = IncidentStore({table_key(claim): encode_claim(claim) for claim in every}, {})
    cited = cited_ids(state())
    assert cited and cited <= {claim.claim_id for claim in every}
    found = store.claims_by_id(INCIDENT, [*cited, "not-a-claim"])
    assert set(found) == cited
    assert render_incident(state(), found.values()) == render_incident(state(), every)


def test_a_page_older_than_the_state_hears_of_it_at_once() -> None:
    async def scenario() -> None:
        hub = Hub()
        client = hub.subscribe(INCIDENT)
        assert client is not None
        current = state()
        catch_up(client, current, str(current.version))
        assert client.queue.empty()  # the page shows the current version
        catch_up(client, current, str(current.version - 1))
        assert b'"version":%d' % current.version in (client.queue.get_nowait() or b"")
        catch_up(client, current, None)
        assert client.queue.empty()

    asyncio.run(scenario())
