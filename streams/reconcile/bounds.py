"""Keeps a state message small however many claims its incident has.

Every list that grows with the claims is cut to the entries a reader needs most, and the
number left out is recorded beside it (`omitted`), so a consumer can tell that a list was
cut. The full provenance stays in the `claims` topic and `GET /incidents/{id}/history`.

What is kept, and why:
- sources of a figure or an action: the latest few (they say what the number is now), plus
  the first (who reported it first);
- history: the first step and the latest ones (how it started, how it stands);
- conflicts and withdrawals: the latest (the open questions);
- breakdown scopes: the largest;
- articles: the latest ids (the count stays the true total);
- people: all of them while few; beyond that, those with the most actions;
- and when all that still weighs more than `STATE_BUDGET` (64 KB of JSON), people keep fewer
  sources (down to the first), then only those with the most actions are kept; and if even
  that is too much, the figures' lists and the article ids are cut to tighter `LIMITS`.
The fold keeps every claim; only the message is cut, so the state stays a pure function of
the set of claims.
"""

import json
import weakref
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Generic, NamedTuple, TypeVar

from pydantic import BaseModel

from schemas.claim import Metric
from schemas.state import IncidentState, MetricState, Person, PersonAction, Source
from streams.reconcile.models import changed

SOURCES = 5
SCOPE_SOURCES = 2
HISTORY = 20
CONFLICTS = 10
# Earlier reported totals a fold keeps to fall back on when the current one is withdrawn.
EARLIER = 8
SCOPES = 20
ARTICLE_IDS = 500
PEOPLE = 200
ACTION_SOURCES = 5
# The whole message's budget. When the lists cut to the limits above still weigh more (many
# people, each with several actions and sources), people keep fewer sources, then those with
# the fewest actions are left out, step by step, until it fits.
STATE_BUDGET = 64 * 1024
_TIGHTER = ((2, PEOPLE), (1, PEOPLE), (1, 100), (1, 50), (1, 20))

T = TypeVar("T")
V = TypeVar("V")


def first_and_latest(items: Sequence[T], limit: int) -> tuple[list[T], int]:
    """The first item and the latest `limit - 1`, and how many were left out."""
    if len(items) <= limit:
        return list(items), 0
    return [items[0], *items[len(items) - limit + 1 :]], len(items) - limit


def latest(items: Sequence[T], limit: int) -> tuple[list[T], int]:
    if len(items) <= limit:
        return list(items), 0
    return list(items[len(items) - limit :]), len(items) - limit


class Limits(NamedTuple):
    """How many of each growing list of a figure, and of the article ids, a state keeps."""

    sources: int
    history: int
    conflicts: int
    scopes: int
    scope_sources: int
    article_ids: int


# The limits above, then tighter ones for an incident whose figures alone, with the fewest
# people, still weigh more than the budget.
LIMITS = (
    Limits(SOURCES, HISTORY, CONFLICTS, SCOPES, SCOPE_SOURCES, ARTICLE_IDS),
    Limits(3, 10, 5, 10, 1, 200),
    Limits(2, 5, 3, 5, 1, 50),
)


def _fits(metric: MetricState, limits: Limits) -> bool:
    """Nothing of the figure to cut at `limits`, and nothing the fold left out already."""
    return (
        not metric.omitted
        and len(metric.sources) <= limits.sources
        and len(metric.history) <= limits.history
        and len(metric.conflicts) <= limits.conflicts
        and len(metric.withdrawn) <= limits.conflicts
        and len(metric.breakdown) <= limits.scopes
        and all(len(f.sources) <= limits.scope_sources for f in metric.breakdown.values())
    )


def bounded_metric(metric: MetricState, limits: Limits = LIMITS[0]) -> MetricState:
    if _fits(metric, limits):
        return metric
    omitted: dict[str, int] = {}
    sources, omitted["sources"] = first_and_latest(metric.sources, limits.sources)
    history, omitted["history"] = first_and_latest(metric.history, limits.history)
    conflicts, omitted["conflicts"] = latest(metric.conflicts, limits.conflicts)
    withdrawn, omitted["withdrawn"] = latest(metric.withdrawn, limits.conflicts)
    scopes = sorted(metric.breakdown.items(), key=lambda item: (-item[1].value, item[0]))
    omitted["breakdown"] = max(len(scopes) - limits.scopes, 0)
    breakdown = {}
    for scope, figure in sorted(scopes[: limits.scopes]):
        kept, cut = first_and_latest(figure.sources, limits.scope_sources)
        omitted["breakdown_sources"] = omitted.get("breakdown_sources", 0) + cut
        breakdown[scope] = changed(figure, sources=kept) if cut else figure
    for name, count in metric.omitted.items():  # what the fold left out already
        omitted[name] = omitted.get(name, 0) + count
    left_out = {name: count for name, count in omitted.items() if count}
    if not left_out:
        return metric
    return changed(
        metric,
        sources=sources,
        history=history,
        conflicts=conflicts,
        withdrawn=withdrawn,
        breakdown=breakdown,
        omitted=left_out,
    )


class _Ref(weakref.ref):  # type: ignore[type-arg]
    """A weak reference that knows its entry's key: one object per entry, no closure."""

    __slots__ = ("key",)
    key: tuple[int, int]


class _ByIdentity(Generic[V]):
    """Values worked out from models the fold keeps and reuses until they change (people,
    their actions, sources), by the model's identity and a level. An entry goes with its
    model (a weak reference drops it), so the cache holds no more than the states in memory
    do, however many incidents were folded and let go (a rebuild folds thousands), and an id
    is never reused while its entry stands. At most `SIZE` entries, the oldest dropped first:
    one incident keeps every source it was told, but only its newest are asked about."""

    SIZE = 16_384

    def __init__(self) -> None:
        self.entries: OrderedDict[tuple[int, int], tuple[_Ref, V]] = OrderedDict()

    def get(self, model: BaseModel, level: int, make: Callable[[], V]) -> V:
        key = (id(model), level)
        known = self.entries.get(key)
        if known is not None and known[0]() is model:
            return known[1]
        value = make()
        if len(self.entries) >= self.SIZE:
            self.entries.popitem(last=False)
        ref = _Ref(model, self._drop)
        ref.key = key
        self.entries[key] = (ref, value)
        return value

    def _drop(self, ref: _Ref) -> None:
        known = self.entries.get(ref.key)
        if known is not None and known[0] is ref:
            del self.entries[ref.key]


# A value must not hold its own model, or the model would never go: an uncut person is None.
_CUTS: _ByIdentity[tuple[Person | None, int]] = _ByIdentity()
_SOURCE_LENGTHS: _ByIdentity[int] = _ByIdentity()
# By the number of sources each action keeps, from 1 to `ACTION_SOURCES`.
_CUT_LENGTHS: _ByIdentity[tuple[int, ...]] = _ByIdentity()


def _person_cut(person: Person, sources: int) -> tuple[Person, int]:
    """The person with each action keeping `sources` sources, and how many were cut."""

    def cut() -> tuple[Person | None, int]:
        count = 0
        actions = []
        for action in person.actions:
            kept, left = first_and_latest(action.sources, sources)
            count += left
            actions.append(changed(action, sources=kept) if left else action)
        return (changed(person, actions=actions) if count else None), count

    made, count = _CUTS.get(person, sources, cut)
    return made or person, count


def _length(model: BaseModel, emptied: str | None = None) -> int:
    """The length of the model's JSON, with its list field `emptied` (if named) empty."""
    if emptied is None:
        return len(model.model_dump_json())
    # Left out, the field takes `"name":[]` and a comma less, wherever it stands.
    return len(model.model_dump_json(exclude={emptied})) + len(emptied) + 6


def _person_lengths(person: Person) -> tuple[int, ...]:
    """The length of the JSON of `_person_cut(person, n)` for n = 1... `ACTION_SOURCES`, added
    up from its parts (compact JSON of a list is its items' JSON joined by commas), so that
    trying a tighter cut builds and serialises nothing but what changed since the last state;
    each action's lengths are worked out once, for every cut at a time."""

    def add_up() -> tuple[int, ...]:
        if all(len(action.sources) <= 1 for action in person.actions):
            return (_length(person),) * ACTION_SOURCES  # nothing to cut: one serialisation
        empty = _length(person, "actions") + max(len(person.actions) - 1, 0)
        actions = zip(*(_action_lengths(action) for action in person.actions), strict=True)
        return tuple(empty + sum(lengths) for lengths in actions)

    return _CUT_LENGTHS.get(person, 0, add_up)


def _action_lengths(action: PersonAction) -> tuple[int, ...]:
    def add_up() -> tuple[int, ...]:
        if len(action.sources) <= 1:
            return (_length(action),) * ACTION_SOURCES
        empty = _length(action, "sources")
        # Every cut keeps the first source and some of the latest: those of the widest cut.
        widest = [
            _source_length(source) for source in first_and_latest(action.sources, ACTION_SOURCES)[0]
        ]
        lengths = []
        for sources in range(1, ACTION_SOURCES + 1):
            kept = first_and_latest(widest, sources)[0]
            lengths.append(empty + sum(kept) + len(kept) - 1)
        return tuple(lengths)

    return _CUT_LENGTHS.get(action, 0, add_up)


def _source_length(source: Source) -> int:
    """Sources outlive the actions that list them: each is measured once."""
    return _SOURCE_LENGTHS.get(source, 0, lambda: _length(source))


def bounded(state: IncidentState) -> IncidentState:
    """The state with every growing list cut to its limit, and what was left out; within
    `STATE_BUDGET` bytes of JSON."""
    if _within_limits(state):
        return state
    ranked = sorted(state.people.items(), key=lambda item: (-len(item[1].actions), item[0]))
    # Each person's size in the people's JSON object (`"key":{...}` and a comma), by sources
    # kept; added up rank by rank when a number of sources is first tried.
    lengths = [(_key_bytes(key), _person_lengths(person)) for key, person in ranked[:PEOPLE]]
    running: dict[int, list[int]] = {}
    for limits in LIMITS:
        figures = {m: bounded_metric(figure, limits) for m, figure in state.figures.items()}
        # Everything but the people, once; the people's sizes are added up from their parts.
        rest = _bounded(state, ranked, figures, ACTION_SOURCES, 0, limits.article_ids)
        weight = len(rest.model_dump_json()) + _MARGIN
        for sources, kept in ((ACTION_SOURCES, PEOPLE), *_TIGHTER):
            if sources not in running:
                running[sources] = [0, *accumulate(k + cut[sources - 1] for k, cut in lengths)]
            sizes = running[sources]
            if weight + sizes[min(kept, len(sizes) - 1)] <= STATE_BUDGET:
                return _bounded(state, ranked, figures, sources, kept, limits.article_ids)
    return _bounded(state, ranked, figures, sources, kept, limits.article_ids)


# Room for what the count of the people left out and of their sources adds to `omitted`.
_MARGIN = 256


def _within_limits(state: IncidentState) -> bool:
    """No list of the state reaches its first limit, the fold left nothing out, and its JSON
    fits: the state is its own bounded state, found with one serialisation instead of the
    measuring of its parts (most incidents are small)."""
    first = LIMITS[0]
    articles = state.articles
    if len(articles.ids) > first.article_ids or articles.count > len(articles.ids):
        return False  # ids beyond the limit, or some the fold left out: counted in `omitted`
    if len(state.people) > PEOPLE:
        return False
    if not all(_fits(figure, first) for figure in state.figures.values()):
        return False
    for person in state.people.values():
        if any(len(action.sources) > ACTION_SOURCES for action in person.actions):
            return False
    # The margin, as the measuring of parts has it, and room for its commas.
    return len(state.model_dump_json()) + 2 * _MARGIN <= STATE_BUDGET


@lru_cache(maxsize=4096)
def _key_bytes(key: str) -> int:
    return len(json.dumps(key)) + 2


def _bounded(
    state: IncidentState,
    ranked: list[tuple[str, Person]],
    figures: dict[Metric, MetricState],
    sources: int,
    kept_people: int,
    article_ids: int,
) -> IncidentState:
    """The state with the first `kept_people` of `ranked`, each action keeping `sources`, and
    the latest `article_ids` article ids."""
    omitted: dict[str, int] = {}
    ids = latest(state.articles.ids, article_ids)[0]
    omitted["article_ids"] = state.articles.count - len(ids)
    omitted["people"] = max(len(ranked) - kept_people, 0)
    people = {}
    for key, person in sorted(ranked[:kept_people]):
        people[key], cut = _person_cut(person, sources)
        omitted["action_sources"] = omitted.get("action_sources", 0) + cut
    left_out = {name: count for name, count in omitted.items() if count}
    if not left_out and all(figures[m] is state.figures[m] for m in figures):
        return state
    return changed(
        state,
        articles=changed(state.articles, ids=ids),
        people=people,
        figures=figures,
        omitted=left_out,
    )
