"""Incident ids and their readable labels.

An incident id is `{country}-{type}-{yyyy}` for a type anchored on the year (a protest wave,
a war: `kenya-protests-2024`), `{country}-{type}-{yyyy}-{mm}` for one anchored on the month
(`morocco-earthquake-2023-09`), or `story-{slug}` when the publisher gave an
`incident_hint`. The label is derived from the id alone, so every stage and every reader
names an incident the same way.
"""

import calendar
import re
from functools import lru_cache
from typing import NamedTuple

from streams.incidents.events import BY_SLUG, UNTYPED
from streams.incidents.gazetteer import names

UNKNOWN_COUNTRY = "unknown"
# Ids made before event types keep their labels: claims already on the topic carry them.
_FAMILIES = ("unrest", "disaster", "conflict")
_TYPES = "|".join(sorted({*BY_SLUG, UNTYPED.slug, *_FAMILIES}, key=len, reverse=True))
_ID = re.compile(
    rf"^(?P<country>[a-z0-9-]+?)-(?P<type>{_TYPES})-(?P<year>\d{{4}})"
    r"(?:-(?P<month>\d{2}))?$"
)


class IncidentLabel(NamedTuple):
    label: str
    country: str | None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or UNKNOWN_COUNTRY


def incident_id(country: str | None, event: str, year: int, month: int | None) -> str:
    if event not in BY_SLUG and event != UNTYPED.slug:
        raise ValueError(f"unknown event type {event!r}")
    made = f"{slug(country or UNKNOWN_COUNTRY)}-{event}-{year:04d}"
    return made if month is None else f"{made}-{month:02d}"


def hinted_incident_id(hint: str) -> str:
    return f"story-{slug(hint)}"


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {slug(country): country for country in set(names().values())}


def describe(incident: str) -> IncidentLabel:
    """'pakistan-bombing-2024-11' -> ('Pakistan bombing, November 2024', 'Pakistan')."""
    if incident.startswith("story-"):
        return IncidentLabel(f"Story {incident.removeprefix('story-')}", None)
    match = _ID.match(incident)
    if match is None:
        return IncidentLabel(incident, None)
    country = _countries().get(match["country"])
    if country is None and match["country"] != UNKNOWN_COUNTRY:
        country = " ".join(w.capitalize() for w in match["country"].split("-"))
    month = f"{calendar.month_name[int(match['month'])]} " if match["month"] else ""
    label = f"{country or 'Unknown place'} {match['type']}, {month}{match['year']}"
    return IncidentLabel(label, country)
