"""HTTP views on the Faust web server: incidents, their history, health. /metrics comes from
Faust's Prometheus sensor (set up in streams/app.py), which serves tally's metrics too.

Views of one incident that need its claims (`?at=`, `/history`) are routed by Faust to the
worker that owns the incident's partition; the rest read every worker's full state view.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from faust.web import Request, Response, View
from faust.web.exceptions import ParseError
from pydantic import BaseModel, TypeAdapter

from schemas.change import StateChange
from schemas.claim import Claim
from schemas.state import IncidentState
from streams.reconcile.history import history
from streams.runtime.app import Topology
from streams.runtime.incident_store import IncidentStore
from streams.runtime.state_view import StateView
from streams.runtime.webview import register_webview
from streams.runtime.webview.routes import BadMoment, merged_redirect, to_moment

_CHANGES = TypeAdapter(list[StateChange])


def summary(state: IncidentState) -> dict[str, Any]:
    return {
        "incident_id": state.incident_id,
        "label": state.label,
        "country": state.country,
        "version": state.version,
        "last_updated": state.last_updated.isoformat(),
        "articles": state.articles.count,
        "figures": {
            metric: {"value": figure.value, "qualifier": figure.qualifier}
            for metric, figure in state.figures.items()
        },
        "people": sorted(state.people),
    }


def _json(view: View, model: BaseModel | Sequence[StateChange], status: int = 200) -> Response:
    body = (
        model.model_dump_json(indent=2)
        if isinstance(model, BaseModel)
        else _CHANGES.dump_json(list(model), indent=2).decode()
    )
    return view.bytes(body.encode(), content_type="application/json", status=status)


def moment_of(request: Request) -> dt.datetime | None:
    """The `?at=` of a request as an aware datetime (UTC when no offset is given), or None;
    a bad one is a 400 (Faust's views turn a ParseError into that response)."""
    at = request.query.get("at")
    if at is None:
        return None
    try:
        return to_moment(at)
    except BadMoment as bad:
        raise ParseError(f"?at= {bad}") from None


def register_views(
    topology: Topology,
    store: IncidentStore,
    state_view: StateView,
    health: Callable[[], str],
) -> None:
    app = topology.app

    @app.page("/health")
    class Health(View):
        async def get(self, request: Request) -> Response:
            status = health()
            body = {"status": status, "incidents": len(state_view.states)}
            return self.json(body, status=200 if status == "ready" else 503)

    @app.page("/incidents")
    class Incidents(View):
        async def get(self, request: Request) -> Response:
            return self.json([summary(state) for state in state_view.states.all().values()])

    def redirect(view: View, request: Request) -> Response | None:
        incident_id = request.match_info["incident_id"]
        return merged_redirect(view, request, state_view, incident_id, "/incidents/")

    def claims_of(incident_id: str) -> list[Claim]:
        return store.claims_of(incident_id)

    @app.page("/incidents/{incident_id}")
    class Incident(View):
        async def get(self, request: Request, **kwargs: Any) -> Response:
            moved = redirect(self, request)
            return moved if moved is not None else await self.routed(request, **kwargs)

        @app.topic_route(topic=topology.claims, match_info="incident_id")
        async def routed(self: View, request: Request, *args: Any, **kwargs: Any) -> Response:
            incident_id = request.match_info["incident_id"]
            moment = moment_of(request)
            if moment is None:
                state = state_view.states.get(incident_id) or store.state_of(incident_id)
            else:
                state = store.state_at(incident_id, moment)
            if state is None:
                return self.json({"error": f"no incident {incident_id!r}"}, status=404)
            return _json(self, state)

    @app.page("/incidents/{incident_id}/history")
    class History(View):
        async def get(self, request: Request, **kwargs: Any) -> Response:
            moved = redirect(self, request)
            return moved if moved is not None else await self.routed(request, **kwargs)

        @app.topic_route(topic=topology.claims, match_info="incident_id")
        async def routed(self: View, request: Request, *args: Any, **kwargs: Any) -> Response:
            incident_id = request.match_info["incident_id"]
            moment = moment_of(request)
            claims = claims_of(incident_id)
            if not claims:
                return self.json({"error": f"no incident {incident_id!r}"}, status=404)
            if moment is not None:
                claims = [claim for claim in claims if claim.published_at <= moment]
            return _json(self, history(claims))

    register_webview(topology, store, state_view)
