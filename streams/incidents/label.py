"""Readable labels of incident ids.

An incident id is `{country}-{type}-{yyyy}-{mm}-{dd}-{tag}` (`morocco-earthquake-2023-09-09-4f1c`,
see `link.py`), or `story-{slug}` when the publisher gave an `incident_hint`; ids of earlier
versions (`kenya-protests-2024`, `morocco-earthquake-2023-09`) still have labels. The label is
derived from the id alone, so every stage and every reader names an incident the same way.
"""

import calendar
import re
from functools import lru_cache
from typing import NamedTuple

from streams.incidents.event_types import BY_SLUG, UNTYPED
from streams.incidents.gazetteer import names

UNKNOWN_COUNTRY = "unknown"
# Ids made before event types keep their labels: claims already on the topic carry them.
_FAMILIES = ("unrest", "disaster", "conflict")
_TYPES = "|".join(sorted({*BY_SLUG, UNTYPED.slug, *_FAMILIES}, key=len, reverse=True))
_ID = re.compile(
    rf"^(?P<country>[a-z0-9-]+?)-(?P<type>{_TYPES})-(?P<year>\d{{4}})"
    r"(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?:-[0-9a-f]{4})?$"
)


class IncidentLabel(NamedTuple):
    label: str
    country: str | None
    event: str | None = None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or UNKNOWN_COUNTRY


def hinted_incident_id(hint: str) -> str:
    return f"story-{slug(hint)}"


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {slug(country): country for country in set(names().values())}


def describe(incident: str) -> IncidentLabel:
    """'pakistan-bombing-2024-11-09-3fa2' -> ('Pakistan bombing, 9 November 2024', 'Pakistan')."""
    if incident.startswith("story-"):
        return IncidentLabel(f"Story {incident.removeprefix('story-')}", None)
    match = _ID.match(incident)
    if match is None:
        return IncidentLabel(incident, None)
    country = _countries().get(match["country"])
    if country is None and match["country"] != UNKNOWN_COUNTRY:
        country = " ".join(w.capitalize() for w in match["country"].split("-"))
    month = f"{calendar.month_name[int(match['month'])]} " if match["month"] else ""
    day = f"{int(match['day'])} " if match["day"] else ""
    label = f"{country or 'Unknown place'} {match['type']}, {day}{month}{match['year']}"
    return IncidentLabel(label, country, match["type"])
