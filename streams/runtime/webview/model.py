"""What the pages show, computed from the models: formatted figures, highlighted sentences,
the geometry of the step charts. Pure functions, so pages can be tested without Kafka.

Every text here is plain (unescaped); the templates escape it. A highlight is a list of
segments cut at character offsets, never markup spliced into the sentence.
"""

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from schemas.claim import Claim, FigureClaim, Metric, Qualifier
from schemas.state import Conflict, IncidentState, MetricState, Person, ScopeFigure, Source
from streams.incidents.event_types import BY_SLUG, UNTYPED

METRICS: tuple[Metric, ...] = ("deaths", "injured", "arrested", "missing")
# A page stays small however long an incident runs: the latest of each list is shown, with
# the count of the rest (all of it is in the JSON history and the claims).
SHOWN_STEPS = 50
SHOWN_DISPUTED = 25
SHOWN_MOMENTS = 30
CHART_MARKS = 300
SHOWN_ACTION_SOURCES = 5

_WORDS: dict[Qualifier, str] = {
    "exact": "",
    "more_than": "more than ",
    "at_least": "at least ",
    "about": "about ",
    "up_to": "up to ",
    "vague": "",
}
# Ids made before event types keep their older family names (see streams/incidents/label.py).
_TYPES = sorted({*BY_SLUG, UNTYPED.slug, "unrest", "disaster", "conflict"}, key=len, reverse=True)
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)


def number(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def figure_text(
    value: int | None,
    qualifier: Qualifier | None,
    as_written: str | None = None,
    low: int | None = None,
    high: int | None = None,
) -> str:
    """'about 6,000', 'more than 4,400', 'dozens (12–99)'; a dash when nothing is known."""
    if value is None and qualifier is None:
        return "—"
    if qualifier == "vague":
        words = as_written or "some"
        if low is not None:
            return f"{words} ({low:,}–{number(high) if high is not None else '…'})"
        return words
    return f"{_WORDS.get(qualifier or 'exact', '')}{number(value)}"


def when(moment: dt.datetime | None) -> str:
    """ISO 8601 in UTC, to the minute: what every date on the pages looks like."""
    if moment is None:
        return "—"
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def event_type(incident_id: str) -> str:
    """The event type named in an incident id ('kazakhstan-protests-2022' -> 'protests')."""
    if incident_id.startswith("story-"):
        return "story"
    for slug in _TYPES:
        if re.search(rf"-{re.escape(slug)}-\d{{4}}(?:-\d{{2}})?$", incident_id):
            return slug
    return UNTYPED.slug


def safe_url(url: str | None) -> str | None:
    """Only http(s) links: a `javascript:` URL from an article must not become a link."""
    return url if url is not None and _SAFE_URL.match(url) else None


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False


def locate(sentence: str, written: Iterable[str | None]) -> tuple[int, int] | None:
    """Offsets of the first of `written` found in the sentence (case-insensitive)."""
    lowered = sentence.lower()
    for text in written:
        if text:
            at = lowered.find(text.lower())
            if at >= 0:
                return at, at + len(text)
    return None


def segments(sentence: str, span: tuple[int, int] | None) -> list[Segment]:
    if span is None:
        return [Segment(sentence)]
    start, end = span
    parts = [Segment(sentence[:start]), Segment(sentence[start:end], True), Segment(sentence[end:])]
    return [part for part in parts if part.text]


def figure_span(sentence: str, claim: Claim | None, value: int | None) -> tuple[int, int] | None:
    """Where the figure is in its sentence: the words of the claim, else its number."""
    candidates: list[str | None] = []
    if isinstance(claim, FigureClaim):
        candidates.append(claim.as_written)
        value = claim.value
    if value is not None:
        candidates += [f"{value:,}", str(value)]
    return locate(sentence, candidates)


@dataclass(frozen=True)
class Row:
    """One incident on the incidents page."""

    incident_id: str
    label: str
    country: str
    type: str
    figures: dict[Metric, str]
    values: dict[Metric, int]
    last_updated: dt.datetime
    articles: int
    conflicts: int
    version: int


def row(state: IncidentState) -> Row:
    figures: dict[Metric, str] = {}
    values: dict[Metric, int] = {}
    for metric in METRICS:
        found = state.figures.get(metric)
        if found is None:
            figures[metric] = "—"
            continue
        figures[metric] = figure_text(
            found.value, found.qualifier, found.as_written, found.low, found.high
        )
        values[metric] = found.value if found.value is not None else -1
    return Row(
        incident_id=state.incident_id,
        label=state.label,
        country=state.country or "",
        type=event_type(state.incident_id),
        figures=figures,
        values=values,
        last_updated=state.last_updated,
        articles=state.articles.count,
        conflicts=sum(len(found.conflicts) for found in state.figures.values()),
        version=state.version,
    )


SORTS = ("label", "country", *METRICS, "updated", "articles", "conflicts")


@dataclass(frozen=True)
class Listing:
    rows: list[Row]
    countries: list[str]
    types: list[str]
    country: str
    type: str
    sort: str
    descending: bool
    total: int


def listing(
    states: Iterable[IncidentState],
    *,
    country: str = "",
    type: str = "",
    sort: str = "updated",
    descending: bool = True,
) -> Listing:
    every = [row(state) for state in states]
    if sort not in SORTS:
        sort = "updated"
    chosen = [
        r for r in every if (not country or r.country == country) and (not type or r.type == type)
    ]

    def key(r: Row) -> tuple[object, str]:
        if sort in METRICS:
            return r.values.get(sort, -1), r.incident_id
        by: dict[str, object] = {
            "label": r.label.lower(),
            "country": r.country.lower(),
            "updated": r.last_updated,
            "articles": r.articles,
            "conflicts": r.conflicts,
        }
        return by[sort], r.incident_id

    chosen.sort(key=key, reverse=descending)
    return Listing(
        rows=chosen,
        countries=sorted({r.country for r in every if r.country}),
        types=sorted({r.type for r in every}),
        country=country,
        type=type,
        sort=sort,
        descending=descending,
        total=len(every),
    )


@dataclass(frozen=True)
class Cited:
    """A source of a number or an action, with what a reader needs to cite it."""

    claim_id: str
    article_id: str
    outlet: str | None
    url: str | None
    published_at: dt.datetime | None
    attribution: str | None
    sentence: list[Segment]


def cited(source: Source, claim: Claim | None, value: int | None) -> Cited:
    return Cited(
        claim_id=source.claim_id,
        article_id=source.article_id,
        outlet=claim.outlet if claim is not None else None,
        url=safe_url(claim.url) if claim is not None else None,
        published_at=claim.published_at if claim is not None else None,
        attribution=source.attribution,
        sentence=segments(source.sentence, figure_span(source.sentence, claim, value)),
    )


@dataclass(frozen=True)
class Disputed:
    """A conflicting or withdrawn figure, with its own sentence."""

    value: str
    scope: str
    reason: str
    source: Cited


def disputed(conflict: Conflict, claims: Mapping[str, Claim]) -> Disputed:
    claim = claims.get(conflict.claim_id)
    source = Source(
        claim_id=conflict.claim_id,
        article_id=conflict.article_id,
        attribution=claim.attribution if isinstance(claim, FigureClaim) else None,
        sentence=conflict.sentence,
    )
    written = claim.as_written if isinstance(claim, FigureClaim) else None
    return Disputed(
        value=figure_text(conflict.value, conflict.qualifier, written),
        scope=conflict.scope,
        reason=conflict.reason,
        source=cited(source, claim, conflict.value),
    )


@dataclass(frozen=True)
class Mark:
    """A point of a chart in pixels, with its label for the tooltip and the legend."""

    x: float
    y: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    path: str
    steps: list[Mark]
    conflicts: list[Mark]
    withdrawn: list[Mark]
    y_ticks: list[Mark]
    x_ticks: list[Mark]


@dataclass(frozen=True)
class Breakdown:
    scope: str
    value: str
    as_of: dt.date | None
    sources: list[Cited]


@dataclass(frozen=True)
class Step:
    at: dt.datetime
    value: str
    because: list[str]


@dataclass(frozen=True)
class FigureView:
    metric: Metric
    value: str
    as_of: dt.date | None
    derived: bool
    sources: list[Cited]
    breakdown: list[Breakdown]
    conflicts: list[Disputed]
    withdrawn: list[Disputed]
    history: list[Step]
    chart: Chart | None
    conflicts_total: int = 0
    withdrawn_total: int = 0
    history_total: int = 0


CHART_W, CHART_H = 640, 200
_PAD_L, _PAD_R, _PAD_T, _PAD_B = 64, 16, 12, 28


def _nice_top(top: int) -> int:
    """A round number at or above `top`, for the y axis."""
    if top <= 0:
        return 1
    magnitude = 10 ** (len(str(top)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        bound = int(step * magnitude)
        if bound >= top:
            return bound
    return top


def chart(
    found: MetricState, claims: Mapping[str, Claim], until: dt.datetime | None
) -> Chart | None:
    """The metric's value over time as a step line, conflicts and withdrawn values as marks.

    Conflicts and withdrawn values are placed at their article's publication time; one whose
    claim is not at hand has no time and is listed below the chart only.
    """
    points = [(entry.at, entry.value) for entry in found.history if entry.value is not None]
    if not points:
        return None

    def placed(items: Sequence[Conflict]) -> list[tuple[dt.datetime, int, str]]:
        out = []
        for item in items:
            claim = claims.get(item.claim_id)
            if claim is not None:
                out.append((claim.published_at, item.value, item.reason))
        return out

    conflicts, withdrawn = placed(found.conflicts), placed(found.withdrawn)
    times = [at for at, _ in points] + [at for at, _, _ in conflicts + withdrawn]
    start = min(times)
    end = max([*times, until] if until is not None else times)
    if end <= start:
        end = start + dt.timedelta(hours=1)
    top = _nice_top(max([v for _, v in points] + [v for _, v, _ in conflicts + withdrawn]))
    inner_w, inner_h = CHART_W - _PAD_L - _PAD_R, CHART_H - _PAD_T - _PAD_B
    span = (end - start).total_seconds()

    def x(at: dt.datetime) -> float:
        return round(_PAD_L + inner_w * (at - start).total_seconds() / span, 1)

    def y(value: int) -> float:
        return round(_PAD_T + inner_h * (1 - value / top), 1)

    coords = [(x(at), y(value)) for at, value in points]
    path = [f"M{coords[0][0]},{coords[0][1]}"]
    path += [f"H{cx}V{cy}" for cx, cy in coords[1:]]
    if x(end) > coords[-1][0]:
        path.append(f"H{x(end)}")

    def marks(items: Sequence[tuple[dt.datetime, int, str]]) -> list[Mark]:
        # Beyond a few hundred, marks are a blur of dots that cost more than they tell.
        return [
            Mark(x(at), y(v), f"{when(at)}: {v:,}{f' ({why})' if why else ''}")
            for at, v, why in items[-CHART_MARKS:]
        ]

    return Chart(
        width=CHART_W,
        height=CHART_H,
        path="".join(path),
        steps=marks([(at, value, "") for at, value in points]),
        conflicts=marks(conflicts),
        withdrawn=marks(withdrawn),
        y_ticks=[Mark(_PAD_L, y(v), f"{v:,}") for v in (0, top // 2, top)],
        x_ticks=[Mark(x(at), CHART_H - 8, when(at)[:10]) for at in (start, end)],
    )


def _breakdown(scope: str, figure: ScopeFigure, claims: Mapping[str, Claim]) -> Breakdown:
    return Breakdown(
        scope=scope.replace("_", " "),
        value=figure_text(figure.value, figure.qualifier, None, figure.low, figure.high),
        as_of=figure.as_of,
        sources=[cited(s, claims.get(s.claim_id), figure.value) for s in figure.sources],
    )


def figure_view(
    metric: Metric, found: MetricState, claims: Mapping[str, Claim], until: dt.datetime | None
) -> FigureView:
    return FigureView(
        metric=metric,
        value=figure_text(found.value, found.qualifier, found.as_written, found.low, found.high),
        as_of=found.as_of,
        derived=found.derived,
        sources=[cited(s, claims.get(s.claim_id), found.value) for s in found.sources],
        breakdown=[_breakdown(scope, f, claims) for scope, f in sorted(found.breakdown.items())],
        conflicts=[disputed(c, claims) for c in found.conflicts[-SHOWN_DISPUTED:]][::-1],
        withdrawn=[disputed(c, claims) for c in found.withdrawn[-SHOWN_DISPUTED:]][::-1],
        history=[
            Step(e.at, figure_text(e.value, e.qualifier, None, e.low, e.high), e.because)
            for e in found.history[-SHOWN_STEPS:]
        ][::-1],
        chart=chart(found, claims, until),
        conflicts_total=len(found.conflicts),
        withdrawn_total=len(found.withdrawn),
        history_total=len(found.history),
    )


@dataclass(frozen=True)
class ActionView:
    action: str
    date: dt.date | None
    role: str | None
    detail: str | None
    by: str | None
    sources: list[Cited]
    sources_total: int


@dataclass(frozen=True)
class PersonView:
    name: str
    kind: str
    role: str | None
    aliases: list[str]
    actions: list[ActionView]


def person_view(person: Person, claims: Mapping[str, Claim]) -> PersonView:
    names = sorted([person.name, *person.aliases], key=len, reverse=True)
    actions = []
    for act in sorted(person.actions, key=lambda a: (a.date or dt.date.max, a.action)):
        sources = []
        for source in act.sources[:SHOWN_ACTION_SOURCES]:
            claim = claims.get(source.claim_id)
            # An action's sentence highlights whom it is about, not a number.
            span = locate(source.sentence, names)
            sources.append(
                replace(cited(source, claim, None), sentence=segments(source.sentence, span))
            )
        actions.append(
            ActionView(
                act.action, act.date, act.role, act.detail, act.by, sources, len(act.sources)
            )
        )
    return PersonView(person.name, person.kind, person.role, person.aliases, actions)


@dataclass(frozen=True)
class Moment:
    """A link of the time control: the state after one article."""

    at: dt.datetime
    iso: str
    current: bool


@dataclass
class IncidentPage:
    state: IncidentState
    type: str
    at: dt.datetime | None
    figures: list[FigureView]
    people: list[PersonView]
    moments: list[Moment] = field(default_factory=list)


def cited_ids(state: IncidentState) -> set[str]:
    """Every claim the page of this state cites: what it needs of the incident's claims."""
    ids: set[str] = set()
    for found in state.figures.values():
        ids.update(source.claim_id for source in found.sources)
        for part in found.breakdown.values():
            ids.update(source.claim_id for source in part.sources)
        ids.update(item.claim_id for item in [*found.conflicts, *found.withdrawn])
    for person in state.people.values():
        for act in person.actions:
            ids.update(source.claim_id for source in act.sources)
    return ids


def incident_page(
    state: IncidentState, claims: Iterable[Claim], at: dt.datetime | None = None
) -> IncidentPage:
    """The page of a state; `claims` needs to hold only the cited ones (see `cited_ids`)."""
    by_id = {claim.claim_id: claim for claim in claims}
    # The time control offers the moments something changed: every step of a figure, and the
    # articles the page cites.
    changed = {entry.at for found in state.figures.values() for entry in found.history}
    changed.update(claim.published_at for claim in by_id.values())
    published = sorted(moment for moment in changed if at is None or moment <= at)
    published = published[-SHOWN_MOMENTS:]
    until = at if at is not None else None
    return IncidentPage(
        state=state,
        type=event_type(state.incident_id),
        at=at,
        figures=[
            figure_view(metric, state.figures[metric], by_id, until)
            for metric in METRICS
            if metric in state.figures
        ],
        people=[
            person_view(person, by_id)
            for _, person in sorted(state.people.items(), key=lambda kv: kv[1].name.lower())
        ],
        moments=[Moment(moment, iso(moment), moment == at) for moment in published],
    )
