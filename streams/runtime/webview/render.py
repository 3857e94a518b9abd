"""Server-side rendering of the pages with Jinja2; autoescaping is on for every template."""

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from schemas.claim import Claim
from schemas.state import IncidentState
from streams.runtime.webview.model import (
    METRICS,
    SORTS,
    incident_page,
    iso,
    listing,
    number,
    when,
)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("streams.runtime.webview", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = when
    env.filters["iso"] = iso
    env.filters["number"] = number
    env.globals["METRICS"] = METRICS
    env.globals["SORTS"] = SORTS
    return env


def render_index(
    states: Iterable[IncidentState],
    *,
    country: str = "",
    type: str = "",
    sort: str = "updated",
    descending: bool = True,
) -> str:
    listed = listing(states, country=country, type=type, sort=sort, descending=descending)
    return environment().get_template("index.html").render(listing=listed)


def render_incident(
    state: IncidentState,
    claims: Iterable[Claim],
    at: dt.datetime | None = None,
    error: str | None = None,
) -> str:
    page = incident_page(state, claims, at)
    return environment().get_template("incident.html").render(page=page, error=error)


def render_missing(incident_id: str, at: dt.datetime | None, error: str | None = None) -> str:
    return (
        environment()
        .get_template("missing.html")
        .render(incident_id=incident_id, at=at, error=error)
    )
