"""Incident ids and their readable labels.

An incident id is `{country}-{kind}-{yyyy}-{mm}` (e.g. `kazakhstan-unrest-2022-01`), or
`story-{slug}` when the publisher gave an `incident_hint`. The label is derived from the id
alone, so every stage and every reader names an incident the same way.
"""

import calendar
import re
from typing import NamedTuple

KINDS = ("unrest", "disaster", "conflict", "incident")
UNKNOWN_COUNTRY = "unknown"
_ID = re.compile(r"^(?P<country>[a-z0-9-]+)-(?P<kind>[a-z]+)-(?P<year>\d{4})-(?P<month>\d{2})$")


class IncidentLabel(NamedTuple):
    label: str
    country: str | None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or UNKNOWN_COUNTRY


def incident_id(country: str | None, kind: str, year: int, month: int) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown incident kind {kind!r}; expected one of {KINDS}")
    return f"{slug(country or UNKNOWN_COUNTRY)}-{kind}-{year:04d}-{month:02d}"


def hinted_incident_id(hint: str) -> str:
    return f"story-{slug(hint)}"


def describe(incident: str) -> IncidentLabel:
    """'kazakhstan-unrest-2022-01' -> ('Kazakhstan unrest, January 2022', 'Kazakhstan')."""
    if incident.startswith("story-"):
        return IncidentLabel(f"Story {incident.removeprefix('story-')}", None)
    match = _ID.match(incident)
    if match is None:
        return IncidentLabel(incident, None)
    words = match["country"].split("-")
    country = (
        None if match["country"] == UNKNOWN_COUNTRY else " ".join(w.capitalize() for w in words)
    )
    place = country or "Unknown place"
    month = calendar.month_name[int(match["month"])]
    return IncidentLabel(f"{place} {match['kind']}, {month} {match['year']}", country)
