"""The pages on the worker's web server: `/`, `/incident/{id}`, `/live` (SSE), `/static/`.

The incident page needs the incident's claims (sources, `?at=`), so Faust routes it to the
worker that owns the incident's partition, like `/incidents/{id}` of the JSON API.
"""

import asyncio
import datetime as dt
from importlib import resources
from typing import Any, cast

from aiohttp import web as aiohttp_web
from faust.web import Request, Response, View
from pydantic import TypeAdapter, ValidationError

from schemas.state import IncidentState
from streams.runtime.app import Topology
from streams.runtime.incident_store import IncidentStore
from streams.runtime.state_view import StateView
from streams.runtime.webview.live import HEARTBEAT_S, RETRY_MS, Hub, Watcher, catch_up
from streams.runtime.webview.model import cited_ids
from streams.runtime.webview.render import render_incident, render_index, render_missing

_AT = TypeAdapter(dt.datetime)
STATIC: dict[str, str] = {"view.css": "text/css", "live.js": "text/javascript"}
# Defence in depth behind the escaping: no inline script or style, nothing from elsewhere.
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class BadMoment(ValueError):
    pass


def to_moment(text: str) -> dt.datetime:
    """A timestamp as an aware datetime; without an offset it is UTC (what the pages show).
    The one reading of `?at=` for the pages and the JSON API alike."""
    try:
        moment = _AT.validate_python(text)
    except ValidationError:
        raise BadMoment(f"not a timestamp: {text!r}; use e.g. 2022-01-09T00:00:00Z") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def parse_moment(text: str | None) -> dt.datetime | None:
    """The page's `?at=`: an empty field is no moment."""
    if text is None or not text.strip():
        return None
    return to_moment(text.strip())


def _static(name: str) -> bytes:
    return resources.files("streams.runtime.webview").joinpath("static", name).read_bytes()


def merged_redirect(
    view: View, request: Request, state_view: StateView, incident: str, prefix: str
) -> Response | None:
    """308 to the incident this one merged into (the same path and query), or None. Checked
    before a request is routed to the incident's worker: Faust's routing would follow the
    redirect and answer with the survivor's page under the old address."""
    survivor = state_view.states.merged_into(incident)
    if survivor is None:
        return None
    url = request.url
    path = url.path.replace(f"{prefix}{incident}", f"{prefix}{survivor}", 1)
    location = f"{path}?{url.query_string}" if url.query_string else path
    return view.text("", status=308, headers={"Location": location})


def register_webview(topology: Topology, store: IncidentStore, state_view: StateView) -> Hub:
    app = topology.app
    hub = Hub()
    watcher = Watcher(hub, state_view.states.all)

    def page(view: View, html: str, status: int = 200) -> Response:
        return view.html(html, status=status, headers=dict(HEADERS))

    @app.page("/")
    class Index(View):
        async def get(self, request: Request) -> Response:
            query = request.query
            html = render_index(
                state_view.states.all().values(),
                country=query.get("country", ""),
                type=query.get("type", ""),
                sort=query.get("sort", "updated"),
                descending=query.get("order", "desc") != "asc",
            )
            return page(self, html)

    def latest(incident_id: str) -> IncidentState | None:
        # The owner's own fold may be ahead of the state topic it has just written to.
        seen, own = state_view.states.get(incident_id), store.state_of(incident_id)
        if seen is None or (own is not None and own.version > seen.version):
            return own
        return seen

    @app.page("/incident/{incident_id}")
    class Incident(View):
        async def get(self, request: Request, **kwargs: Any) -> Response:
            incident_id = request.match_info["incident_id"]
            moved = merged_redirect(self, request, state_view, incident_id, "/incident/")
            return moved if moved is not None else await self.routed(request, **kwargs)

        @app.topic_route(topic=topology.claims, match_info="incident_id")
        async def routed(self: View, request: Request, *args: Any, **kwargs: Any) -> Response:
            incident_id = request.match_info["incident_id"]
            error: str | None = None
            try:
                moment = parse_moment(request.query.get("at"))
            except BadMoment as bad:
                moment, error = None, str(bad)
            # A past moment comes from the incident's nearest checkpoint, not a full fold.
            state = latest(incident_id) if moment is None else store.state_at(incident_id, moment)
            # Only the claims the page cites: a key lookup each, however big the incident.
            cited = cited_ids(state) if state is not None else set()
            claims = list(store.claims_by_id(incident_id, cited).values())
            if state is None:
                missing = render_missing(incident_id, moment, error)
                return page(self, missing, 404 if error is None else 400)
            return page(
                self, render_incident(state, claims, moment, error), 200 if error is None else 400
            )

    @app.page("/live")
    class Live(View):
        async def get(self, request: Request) -> Any:
            client = hub.subscribe(request.query.get("incident") or None)
            if client is None:
                return self.text("too many live clients", status=503)
            # Compare from now, not from the feed's next look: a change landing in between
            # would otherwise count as already seen.
            watcher.look()
            if client.incident is not None:
                state = state_view.states.get(client.incident)
                catch_up(client, state, request.query.get("since"))
            raw = cast(aiohttp_web.Request, request)
            response = aiohttp_web.StreamResponse(
                headers={
                    "Content-Type": "text/event-stream",
                    "Cache-Control": "no-store",
                    "X-Accel-Buffering": "no",
                }
            )
            try:
                await response.prepare(raw)
                await response.write(f"retry: {RETRY_MS}\n\n".encode())
                while not client.dropped:
                    try:
                        event = await asyncio.wait_for(client.queue.get(), HEARTBEAT_S)
                    except TimeoutError:
                        event = b": keep-alive\n\n"  # finds a client that went away
                    if event is None or client.dropped:
                        break
                    await response.write(event)
            except ConnectionError:
                pass  # the browser went away
            finally:
                hub.unsubscribe(client)
            return response

    @app.page("/static/{name}")
    class Static(View):
        async def get(self, request: Request, name: str) -> Response:
            content_type = STATIC.get(name)
            if content_type is None:
                return self.text("not found", status=404)
            return self.bytes(
                _static(name),
                content_type=content_type,
                headers={"Cache-Control": "max-age=300", "X-Content-Type-Options": "nosniff"},
            )

    async def feed() -> None:
        await watcher.run()

    def stop_streams(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        hub.close()

    app.task(feed)
    app.on_before_shutdown.connect(stop_streams)
    return hub
