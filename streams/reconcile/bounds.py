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
- people: all of them while few; beyond that, those with the most actions.
The fold keeps every claim; only the message is cut, so the state stays a pure function of
the set of claims.
"""

from collections.abc import Sequence
from typing import TypeVar

from schemas.state import IncidentState, MetricState, Person, PersonAction

SOURCES = 5
SCOPE_SOURCES = 2
HISTORY = 20
CONFLICTS = 10
SCOPES = 20
ARTICLE_IDS = 500
PEOPLE = 200
ACTION_SOURCES = 5

T = TypeVar("T")


def first_and_latest(items: Sequence[T], limit: int) -> tuple[list[T], int]:
    """The first item and the latest `limit - 1`, and how many were left out."""
    if len(items) <= limit:
        return list(items), 0
    return [items[0], *items[len(items) - limit + 1 :]], len(items) - limit


def latest(items: Sequence[T], limit: int) -> tuple[list[T], int]:
    if len(items) <= limit:
        return list(items), 0
    return list(items[len(items) - limit :]), len(items) - limit


def bounded_metric(metric: MetricState) -> MetricState:
    omitted: dict[str, int] = {}
    sources, omitted["sources"] = first_and_latest(metric.sources, SOURCES)
    history, omitted["history"] = first_and_latest(metric.history, HISTORY)
    conflicts, omitted["conflicts"] = latest(metric.conflicts, CONFLICTS)
    withdrawn, omitted["withdrawn"] = latest(metric.withdrawn, CONFLICTS)
    scopes = sorted(metric.breakdown.items(), key=lambda item: (-item[1].value, item[0]))
    omitted["breakdown"] = max(len(scopes) - SCOPES, 0)
    breakdown = {}
    for scope, figure in sorted(scopes[:SCOPES]):
        kept, cut = first_and_latest(figure.sources, SCOPE_SOURCES)
        omitted["breakdown_sources"] = omitted.get("breakdown_sources", 0) + cut
        breakdown[scope] = figure.model_copy(update={"sources": kept}) if cut else figure
    left_out = {name: count for name, count in omitted.items() if count}
    if not left_out:
        return metric
    return metric.model_copy(
        update={
            "sources": sources,
            "history": history,
            "conflicts": conflicts,
            "withdrawn": withdrawn,
            "breakdown": breakdown,
            "omitted": left_out,
        }
    )


# Built people are kept and reused by the fold until their actions change, so the cut of
# each is kept too (by identity, with the person held so its id cannot be reused).
_PEOPLE_CUT: dict[int, tuple[Person, Person, int]] = {}
_PEOPLE_CUT_SIZE = 4096


def bounded_person(person: Person) -> tuple[Person, int]:
    known = _PEOPLE_CUT.get(id(person))
    if known is not None and known[0] is person:
        return known[1], known[2]
    result = _cut_person(person)
    if len(_PEOPLE_CUT) >= _PEOPLE_CUT_SIZE:
        _PEOPLE_CUT.clear()
    _PEOPLE_CUT[id(person)] = (person, *result)
    return result


def _cut_person(person: Person) -> tuple[Person, int]:
    cut = 0
    actions = []
    for action in person.actions:
        kept, left = first_and_latest(action.sources, ACTION_SOURCES)
        cut += left
        actions.append(_with(action, sources=kept) if left else action)
    return (_with(person, actions=actions) if cut else person), cut


M = TypeVar("M", PersonAction, Person)


def _with(model: M, **changes: object) -> M:
    """A copy of `model` with some fields changed; cheaper than `model_copy`, which copies
    the model's internals as well."""
    return type(model).model_construct(**{**model.__dict__, **changes})


def bounded(state: IncidentState) -> IncidentState:
    """The state with every growing list cut to its limit, and what was left out."""
    omitted: dict[str, int] = {}
    ids, omitted["article_ids"] = latest(state.articles.ids, ARTICLE_IDS)
    ranked = sorted(state.people.items(), key=lambda item: (-len(item[1].actions), item[0]))
    omitted["people"] = max(len(ranked) - PEOPLE, 0)
    people = {}
    for key, person in sorted(ranked[:PEOPLE]):
        people[key], cut = bounded_person(person)
        omitted["action_sources"] = omitted.get("action_sources", 0) + cut
    figures = {metric: bounded_metric(figure) for metric, figure in state.figures.items()}
    left_out = {name: count for name, count in omitted.items() if count}
    if not left_out and all(figures[m] is state.figures[m] for m in figures):
        return state
    return state.model_copy(
        update={
            "articles": state.articles.model_copy(update={"ids": ids}),
            "people": people,
            "figures": figures,
            "omitted": left_out,
        }
    )
