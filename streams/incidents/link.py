"""Which articles report one real event: incidents as the connected groups of related articles.

Two articles are related (`related`, symmetric) when:
- both carry the same publisher `incident_hint` (an article with a hint relates to no other);
- or they have one main country, or, for events that cross borders (earthquake, flood,
  storm, ..., a poisoning by a product sold abroad, an outbreak), the main country of one
  weighs in the other (a report from next door
  that names the epicentre), or, for one targeted event on a border (a ferry sunk between
  two capitals), each weighs the other's country and names where the other puts the event,
  days apart, or one, filed from a town of another country and weighing the event's, which
  the other does not weigh, says it happened in the same town too small for the gazetteer as
  the other does, days apart (suspects of a siege caught next door); tell of one kind of
  event (the same type, or a type the other names again and again: protests over a flood, a
  tower that fell in the quake; or a natural event and another it brings: a storm and its
  floods, the landslides of the rains; or
  violence of any kind in one town too small for the gazetteer: an ambush and the clashes it
  set off); and lie
  close in time: the gap between their spans (from the month the text says the event
  began, else the publication day, to the publication day) is at most `SUDDEN_DAYS` for
  sudden events and `WAVE_DAYS` for waves, and two sudden events whose texts date them
  `APART_MONTHS` or more apart are two (a new flood in a region within the months that an
  anniversary report of the last one spans). Two targeted events (bombings, shootings,
  crashes, ...) must also happen in one main town, or share a town and be published within
  `TARGETED_DAYS` of each other or date their event to one day: two bombings in two cities
  ten days apart stay apart even when the reports on the second recall the first, and a
  report weeks on from the capital joins the crash it dates. Two targeted events whose
  texts say on which day each happened (`when.event_day`), more than `DAY_SLACK` days apart,
  are two whatever their towns: two gas explosions in one city two weeks apart; nor does a
  report published more than `DAY_SLACK` days before the day the other dates its event to
  tell of that event. When both
  articles say where their event happened, the town shared must be one of those (a third
  town both name, a capital or a route's other end, ties nothing), here and for an article
  of no event type. An article that names no event type relates only through a shared town (to a
  targeted event, the town where it happened) or, except to a targeted event, `SHARED_PEOPLE` people
  named in full, however transliterated (a cabinet reshuffle after the protests; the
  leaders who speak after every attack in a country link no report to one of them); one
  that names no country, through such people (or a single one that a report naming its
  country names too: a local report on the minister of the crisis), or a town too small
  for the gazetteer (or one that several countries have, one of them the other report's),
  one kind of event and closeness in time (as above, by sudden event or wave).

An incident is a connected group of related articles, so the partition of a set of articles
depends on the set alone: any order, duplicates, one process or several. A long crisis stays
one incident as long as its reports keep touching each other; a report weeks later that
names the event's month joins it. When a new article relates to articles of two incidents,
they merge.

An incident's id is that of its founding article (the earliest published; ties by article
id): `{country}-{type}-{yyyy}-{mm}-{dd}-{tag}`, where the date is the founding article's day and
`tag` 4 hex digits of its article id, so that two bombings reported on one day in one country
keep two ids. Merging keeps the id of the incident whose founder is earlier.
"""

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from functools import lru_cache

from schemas.evidence import IncidentEvidence
from streams.incidents.event_types import BY_SLUG, UNTYPED
from streams.incidents.gazetteer import countries_having, country_of, place_of, shared_name
from streams.incidents.label import hinted_incident_id, slug
from streams.incidents.when import DAY_SLACK
from streams.names.match import same_subject, skeleton

SUDDEN_DAYS = 21
WAVE_DAYS = 90
TARGETED_DAYS = 7
# Sudden events the texts date this many months apart are two (one a month apart may have
# begun at the end of a month and been dated by the next one).
APART_MONTHS = 2
# Events that happen at one spot: two of them in two towns are two events.
TARGETED = frozenset(
    {"bombing", "explosion", "shooting", "lynching", "crash", "fire", "collapse", "crush"}
)
SHARED_PEOPLE = 2
# Most landslides are set off by rain: one that names no cause, in the days of a storm or
# floods in its country, is theirs (one weeks after an earthquake that it does not name is not).
_RAIN_BORNE = frozenset({"landslide"})
_RAIN = frozenset({"storm", "flood"})
_VIOLENCE = frozenset({"shooting", "lynching", "bombing", "conflict", "protests"})
# Events of no natural cause that reach several countries at once: a tainted medicine sold
# in three, an outbreak.
_SPREADING = frozenset({"poisoning", "epidemic"})
_WEEK = 7
_UNKNOWN = "unknown"


def span(evidence: IncidentEvidence) -> tuple[dt.date, dt.date]:
    """From the event's start (as the text says, else the publication day) to publication."""
    start = evidence.start if evidence.start is not None else evidence.published
    return min(start, evidence.published), evidence.published


def gap_days(a: IncidentEvidence, b: IncidentEvidence) -> int:
    (a_from, a_to), (b_from, b_to) = span(a), span(b)
    return max((b_from - a_to).days, (a_from - b_to).days, 0)


def _share_country(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    return (a.country is not None and a.country in b.countries) or (
        b.country is not None and b.country in a.countries
    )


def _one_kind(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    named = a.event == b.event or a.event in b.also or b.event in a.also
    return named or _cause_and_effect(a.event, b.event)


def _cause_and_effect(one: str, other: str) -> bool:
    """A natural event and another it brings: a storm and its floods, an earthquake and its
    tsunami (reports of one storm call it a storm or floods by turns), the rains and the
    landslides (`_RAIN_BORNE`) they set off."""
    if {one, other} & _RAIN_BORNE and {one, other} & _RAIN:
        return True
    first, second = BY_SLUG.get(one), BY_SLUG.get(other)
    if first is None or second is None or not (first.cause and second.cause):
        return False
    return one in second.follows or other in first.follows


def _violence_in_one_town(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """Violence of one kind or another in one town too small for the gazetteer: an ambush
    there, the clashes it set off, the fighting over its road, the riots and curfew (the
    reports of one feud call it each of these in turn). A city's name ties nothing: every
    attack in the country is reported from it."""
    if a.event not in _VIOLENCE or b.event not in _VIOLENCE:
        return False
    return bool(set(_towns(a)) & set(_towns(b)) & (_where(a) | _where(b)))


def _dated_apart(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """Both texts date their sudden event, `APART_MONTHS` or more apart: two floods in one
    region, the second within the months an anniversary report of the first spans. Not when
    the later date falls after a report on an event it dates less than `APART_MONTHS` months
    before: floods "since July" reported on August 28 and a report of September 15 that dates
    them by its own week are one flood season."""
    if a.start is None or b.start is None:
        return False
    (early_start, early), (late_start, _) = sorted(
        ((a.start, a), (b.start, b)), key=lambda dated: dated[0]
    )
    running = _months(early_start, early.published) < APART_MONTHS
    return _months(early_start, late_start) >= APART_MONTHS and not (
        running and _months(early.published, late_start) >= 0
    )


def _on_days_apart(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """Both texts say on which day their event happened, days apart: two gas explosions in
    one city two weeks apart."""
    gap = _days_between(a, b)
    return gap is not None and gap > DAY_SLACK


def _told_before(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """`a` was published more than `DAY_SLACK` days before the day `b` dates its event to:
    it cannot tell of it (a pipeline fire's reports and another fire twelve days on)."""
    return b.day is not None and (b.day - a.published).days > DAY_SLACK


def _on_one_day(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """Both texts date their event to one day, give or take `DAY_SLACK`."""
    gap = _days_between(a, b)
    return gap is not None and gap <= DAY_SLACK


def _days_between(a: IncidentEvidence, b: IncidentEvidence) -> int | None:
    """Days between the two events' days, when both texts tell them."""
    return None if a.day is None or b.day is None else abs((a.day - b.day).days)


def _months(first: dt.date, then: dt.date) -> int:
    """Calendar months from `first` to `then` (negative when `then` is earlier)."""
    return (then.year - first.year) * 12 + then.month - first.month


def _share_places(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """They name a place in common; when both say where their event happened, one of those
    places: a third both name (a capital, a road's other end, a province) ties nothing."""
    if _where(a) and _where(b):
        return _names_where(a, b) or _names_where(b, a)
    # The main place is among the places named, though it may weigh too little to be listed.
    return bool((set(a.places) | _where(a)) & (set(b.places) | _where(b)))


def _across_a_border(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """One event at a spot on a border, each report placed on its own side: a ferry sunk on
    the river between two capitals, a refinery's blast and the fire it set, each report
    weighing the other country and naming the town where the other places the event, days
    apart."""
    return (
        a.event in TARGETED
        and b.event in TARGETED
        and _one_kind(a, b)
        and a.country in b.countries
        and b.country in a.countries
        and _names_where(a, b)
        and _names_where(b, a)
        and abs((a.published - b.published).days) <= TARGETED_DAYS
    )


def _one_place_both_sides(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """One main place, each report weighing the other's country: shelling of a border town,
    one report filed from it, the other from across the border, where its wounded are
    treated."""
    return (
        a.place is not None
        and a.place == b.place
        and a.country in b.countries
        and b.country in a.countries
    )


def _told_from_abroad(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """One event at one spot, one report filed from a town of another country (suspects of a
    siege caught next door), weighing the event's country, which the other report does not
    weigh: both say it happened in a town too small for the gazetteer, the same, days apart.
    (Reports that weigh each other's country are of an event on a border, or of two events,
    one from across it.)"""
    if not (a.event in TARGETED and b.event in TARGETED and _one_kind(a, b)):
        return False
    if (a.country in b.countries) == (b.country in a.countries):
        return False
    abroad = a if b.country in a.countries else b
    return (
        _placed(abroad)
        and bool(set(_towns(a)) & set(_towns(b)))
        and abs((a.published - b.published).days) <= TARGETED_DAYS
    )


def _names_where(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """`a` names a place where `b`'s event happened (its main place is among those it names,
    though it may weigh too little to be listed)."""
    return bool(_where(b) & (set(a.places) | _where(a)))


def _where(evidence: IncidentEvidence) -> set[str]:
    """Where the article's event happened: its main place and the towns it names that the
    gazetteer does not know (a village too small for it is where the event was, though less
    surely named; the main place may be a route's end or where the hurt were taken); empty
    when it says neither."""
    main = {evidence.place} if evidence.place is not None else set()
    return main | set(_towns(evidence))


@lru_cache(maxsize=65536)
def sounds(person: str) -> str:
    """A person's name as it sounds, the same for its transliterations ("Mohammad" and
    "Muhammad"): the key people are indexed under."""
    return " ".join(skeleton(token) for token in person.split())


def _in_both(ours: list[str], theirs: list[str]) -> int:
    """How many people both articles name, however transliterated; the same both ways round
    (two spellings of one person in one article count once)."""
    return min(_named_in(ours, theirs), _named_in(theirs, ours))


def _named_in(ours: list[str], theirs: list[str]) -> int:
    return sum(
        any(p == q or (sounds(p) == sounds(q) and same_subject(p, q)) for q in theirs) for p in ours
    )


def crosses_borders(evidence: IncidentEvidence) -> bool:
    row = BY_SLUG.get(evidence.event)
    return row is not None and (row.cause or row.slug in _SPREADING)


def related(a: IncidentEvidence, b: IncidentEvidence) -> bool:
    """Whether two articles report one event (see the module docstring)."""
    if a.hint is not None or b.hint is not None:
        return a.hint == b.hint
    if (
        a.event in TARGETED
        and b.event in TARGETED
        and (_on_days_apart(a, b) or _told_before(a, b) or _told_before(b, a))
    ):
        return False
    if a.country is None or b.country is None:
        wave = "year" in (a.grain, b.grain)
        near = gap_days(a, b) <= (WAVE_DAYS if wave else SUDDEN_DAYS)
        # A town that only one country has, though the gazetteer does not know it; or a name
        # several countries have, one of them the country of the report that names it.
        located = a.country or b.country
        towns = any(
            not shared_name(p) or located in countries_having(p)
            for p in set(a.places) & set(b.places)
        )
        # A local report that names no country joins a located one through one person.
        needed = 1 if (a.country or b.country) is not None else SHARED_PEOPLE
        through_people = _in_both(a.people, b.people) >= needed
        return (through_people or towns) and _one_kind(a, b) and near
    if not _share_country(a, b):
        return False
    if a.country != b.country and not (
        (crosses_borders(a) and crosses_borders(b))
        or _across_a_border(a, b)
        or _told_from_abroad(a, b)
        or _one_place_both_sides(a, b)
    ):
        return False
    shared_places = _share_places(a, b)
    if UNTYPED.slug in (a.event, b.event):
        typed, other = (b, a) if a.event == UNTYPED.slug else (a, b)
        if typed.event in TARGETED:
            # An event at one spot is tied only by that spot: the capital or the province
            # both name is where officials speak after every attack in the country.
            shared_places = shared_places and bool(_where(typed) & set(other.places))
        # The leaders who speak after every attack in a country are no link to one of them.
        through_people = (
            typed.event not in TARGETED and _in_both(a.people, b.people) >= SHARED_PEOPLE
        )
        return (shared_places or through_people) and gap_days(a, b) <= SUDDEN_DAYS
    if not (_one_kind(a, b) or _violence_in_one_town(a, b)):
        return False
    wave = "year" in (a.grain, b.grain)
    if gap_days(a, b) > (WAVE_DAYS if wave else SUDDEN_DAYS):
        return False
    if not wave and _dated_apart(a, b):
        return False
    if a.event in TARGETED and b.event in TARGETED:
        if a.place is not None and a.place == b.place:
            return True
        # Reports days apart that share a town tell of one event that spans towns (a train
        # between two cities); one that recalls an older event names that event's town too,
        # unless both date their event to one day (a report weeks on from the capital).
        near = abs((a.published - b.published).days) <= TARGETED_DAYS
        if shared_places and (near or _on_one_day(a, b)):
            return True
        # Dated to one day, and neither puts it in a town of its country: one event at a spot
        # the gazetteer cannot place (a refinery in an industrial zone), whatever home towns
        # of the dead abroad the reports name.
        return _on_one_day(a, b) and not (_placed(a) or _placed(b))
    return True


def _placed(evidence: IncidentEvidence) -> bool:
    """It says where in its country its event happened (a town the gazetteer does not know
    may be anywhere, so it counts)."""
    place = evidence.place
    if place is None:
        return False
    countries = countries_having(place)
    return not countries or evidence.country in countries


def own_incident(evidence: IncidentEvidence) -> str:
    """The id of an incident this article founds (see the module docstring)."""
    if evidence.hint is not None:
        return hinted_incident_id(evidence.hint)
    tag = hashlib.sha1(evidence.article_id.encode()).hexdigest()[:4]
    day = evidence.published.isoformat()
    return f"{slug(evidence.country or _UNKNOWN)}-{evidence.event}-{day}-{tag}"


def _founding_order(evidence: IncidentEvidence) -> tuple[dt.date, str]:
    return evidence.published, evidence.article_id


@dataclass
class Linked:
    """What adding one article did: the incident it is in, the other articles whose incident
    changed, and the incidents that merged into another (old id -> survivor)."""

    incident: str
    moved: list[str] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)


class Directory:
    """The articles seen so far and their incidents, kept in a mapping (a dict in a replay, a
    changelog-backed Faust table in the stream). Keys:

    - `a/{article_id}`: the article's evidence and incident;
    - `i/{incident}`: its articles and its founder's evidence;
    - `k/{country}/{week}`: the articles whose span touches that week, by each country that
      weighs in them; `p/{sounds}/{week}` the same by each person named in full, and
      `t/{town}/{week}` (`u/` for an article that names no country) by each town the
      gazetteer does not know (an article that names no country links through people and
      towns); `h/{hint}`: the articles with that hint.
      A new article is compared only with the articles under its own countries, people,
      towns and the weeks within reach, so the cost of linking stays flat as the history grows.
    """

    def __init__(self, store: MutableMapping[str, str]) -> None:
        self.store = store

    def incident_of(self, article_id: str) -> str | None:
        record = self.store.get(f"a/{article_id}")
        return None if record is None else str(json.loads(record)["incident"])

    def members(self, incident: str) -> list[str]:
        record = self.store.get(f"i/{incident}")
        return [] if record is None else list(json.loads(record)["articles"])

    def add(self, evidence: IncidentEvidence) -> Linked:
        """Link one article; adding an article already seen changes nothing."""
        known = self.incident_of(evidence.article_id)
        if known is not None:
            return Linked(known)
        touched = sorted({self._incident(other) for other in self._related(evidence)})
        founders = [self._founder(incident) for incident in touched]
        founder = min([evidence, *founders], key=_founding_order)
        survivor = own_incident(founder)
        linked = Linked(survivor)
        articles = [evidence.article_id]
        for incident in touched:
            members = self.members(incident)
            articles.extend(members)
            if incident != survivor:
                linked.merged[incident] = survivor
                linked.moved.extend(members)
                del self.store[f"i/{incident}"]
        for article_id in linked.moved:
            self._set_incident(article_id, survivor)
        self.store[f"a/{evidence.article_id}"] = json.dumps(
            {"evidence": evidence.model_dump(mode="json"), "incident": survivor}
        )
        self.store[f"i/{survivor}"] = json.dumps(
            {"articles": sorted(articles), "founder": founder.model_dump(mode="json")}
        )
        for index_key in _index_keys(evidence):
            entries = json.loads(self.store.get(index_key, "[]"))
            self.store[index_key] = json.dumps([*entries, evidence.article_id])
        linked.moved.sort()
        return linked

    def assignments(self) -> dict[str, str]:
        """Article id -> incident, for every article seen."""
        return {
            key.removeprefix("a/"): str(json.loads(value)["incident"])
            for key, value in self.store.items()
            if key.startswith("a/")
        }

    def _related(self, evidence: IncidentEvidence) -> Iterator[IncidentEvidence]:
        seen: set[str] = set()
        for index_key in _lookup_keys(evidence):
            for article_id in json.loads(self.store.get(index_key, "[]")):
                if article_id in seen:
                    continue
                seen.add(article_id)
                other = self.evidence_of(article_id)
                if related(evidence, other):
                    yield other

    def evidence_of(self, article_id: str) -> IncidentEvidence:
        record = json.loads(self.store[f"a/{article_id}"])
        return IncidentEvidence.model_validate(record["evidence"])

    def _incident(self, other: IncidentEvidence) -> str:
        return str(json.loads(self.store[f"a/{other.article_id}"])["incident"])

    def _founder(self, incident: str) -> IncidentEvidence:
        return IncidentEvidence.model_validate(json.loads(self.store[f"i/{incident}"])["founder"])

    def _set_incident(self, article_id: str, incident: str) -> None:
        record = json.loads(self.store[f"a/{article_id}"])
        record["incident"] = incident
        self.store[f"a/{article_id}"] = json.dumps(record)


def link(evidence: Iterable[IncidentEvidence]) -> dict[str, str]:
    """Article id -> incident id for a set of articles (the same for any order)."""
    directory = Directory({})
    for one in evidence:
        directory.add(one)
    return directory.assignments()


def _countries(evidence: IncidentEvidence) -> list[str]:
    found = set(evidence.countries)
    if evidence.country is not None:
        found.add(evidence.country)
    return sorted(found)


def _weeks(first: dt.date, last: dt.date) -> range:
    return range(first.toordinal() // _WEEK, last.toordinal() // _WEEK + 1)


def _towns(evidence: IncidentEvidence) -> list[str]:
    """The places the gazetteer does not know, which an article naming no country may share."""
    return [p for p in evidence.places if place_of(p) is None and country_of(p) is None]


def _keys(evidence: IncidentEvidence, weeks: range, towns: Iterable[str]) -> list[str]:
    # People and towns too: an article that names no country links through them.
    return [
        *(f"k/{c}/{w}" for c in _countries(evidence) for w in weeks),
        *(f"p/{sounds(p)}/{w}" for p in evidence.people for w in weeks),
        *(f"{t}/{w}" for t in towns for w in weeks),
    ]


def _town_keys(evidence: IncidentEvidence, prefixes: tuple[str, ...]) -> list[str]:
    return [f"{prefix}/{town}" for prefix in prefixes for town in _towns(evidence)]


# Towns are keyed apart for articles with a country (`t/`) and without (`u/`): only an
# article without one looks up both, so two reports with countries never meet through a town.
def _index_keys(evidence: IncidentEvidence) -> list[str]:
    if evidence.hint is not None:
        return [f"h/{evidence.hint}"]
    own = ("t",) if evidence.country is not None else ("u",)
    return _keys(evidence, _weeks(*span(evidence)), _town_keys(evidence, own))


def _lookup_keys(evidence: IncidentEvidence) -> list[str]:
    if evidence.hint is not None:
        return [f"h/{evidence.hint}"]
    first, last = span(evidence)
    reach = dt.timedelta(days=max(SUDDEN_DAYS, WAVE_DAYS))
    other = ("u",) if evidence.country is not None else ("t", "u")
    return _keys(evidence, _weeks(first - reach, last + reach), _town_keys(evidence, other))
