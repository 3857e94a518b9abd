"""The state after each article, and its field-by-field check against the gold state.

An article's incident is the one most of its claims name (ties: the smallest id). The state
after it is the fold of that incident's claims from the articles published up to and
including it (ties in time broken by article id, as the fold orders them).
"""

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from pydantic import BaseModel

from schemas.article import Article
from schemas.claim import Claim
from schemas.state import IncidentState, MetricState
from streams.evaluate.gold import METRICS, PEOPLE_KEYS, GoldMetricState, GoldState
from streams.evaluate.match import SameSubject, vague_word

Fold = Callable[[list[Claim]], IncidentState]


class StateCheck(BaseModel):
    article_id: str
    field: str
    expected: str
    got: str
    ok: bool


def incident_of(claims: Sequence[Claim]) -> str | None:
    if not claims:
        return None
    counts = Counter(claim.incident_id for claim in claims)
    return min(counts, key=lambda incident: (-counts[incident], incident))


def states_after(
    articles: Sequence[Article], claims: Mapping[str, Sequence[Claim]], fold: Fold
) -> dict[str, IncidentState | None]:
    """Article id -> the state of its incident once it has arrived (None: no incident)."""
    ordered = sorted(articles, key=lambda a: (a.published_at, a.id))
    seen: list[Claim] = []
    states: dict[str, IncidentState | None] = {}
    for article in ordered:
        own = list(claims.get(article.id, []))
        seen.extend(own)
        incident = incident_of(own)
        mine = [claim for claim in seen if claim.incident_id == incident]
        states[article.id] = fold(mine) if incident is not None else None
    return states


def _show_metric(state: MetricState | None) -> str:
    if state is None or (state.value is None and state.as_written is None):
        return "none"
    if state.qualifier == "vague":
        return f"vague {state.as_written!r}"
    return f"{state.value} {state.qualifier or 'exact'}"


def _show_gold_metric(gold: GoldMetricState | None) -> str:
    if gold is None:
        return "none"
    if gold.value is None:
        return f"vague {gold.as_written!r}"
    return f"{gold.value} {gold.qualifier or 'exact'}"


def metric_agrees(gold: GoldMetricState | None, got: MetricState | None) -> bool:
    if gold is None:
        return got is None or (got.value is None and got.as_written is None)
    if got is None:
        return False
    if gold.value is None:
        return got.qualifier == "vague" and vague_word(got.as_written) == vague_word(
            gold.as_written
        )
    return got.value == gold.value and (got.qualifier or "exact") == (gold.qualifier or "exact")


def breakdown_agrees(gold: dict[str, int], got: MetricState | None) -> bool:
    """Every scope the gold names is in the state with its value (more scopes are fine)."""
    have = {scope.lower(): f.value for scope, f in (got.breakdown if got else {}).items()}
    return all(have.get(scope.lower()) == value for scope, value in gold.items())


def people_with(state: IncidentState | None, actions: frozenset[str]) -> list[list[str]]:
    """The spellings of each person the state has done one of `actions` to."""
    if state is None:
        return []
    return [
        [person.name, *person.aliases]
        for person in state.people.values()
        if any(done.action in actions for done in person.actions)
    ]


def people_agree(gold: list[list[str]], got: list[list[str]], same: SameSubject) -> bool:
    """The two lists (each person given by all their spellings) name the same subjects."""

    def one(a: list[str], b: list[str]) -> bool:
        return any(same(x, y) for x in a for y in b)

    return all(any(one(g, p) for p in got) for g in gold) and all(
        any(one(g, p) for g in gold) for p in got
    )


def check_state(
    article_id: str,
    gold: GoldState,
    state: IncidentState | None,
    same: SameSubject,
    spellings: Mapping[str, Sequence[str]] | None = None,
) -> list[StateCheck]:
    """Field-by-field checks; `spellings` gives the other spellings the gold knows for a name."""
    known = spellings or {}
    checks: list[StateCheck] = []
    figures = state.figures if state is not None else {}
    for metric in METRICS:
        want, got = gold.metric(metric), figures.get(metric)
        checks.append(
            StateCheck(
                article_id=article_id,
                field=metric,
                expected=_show_gold_metric(want),
                got=_show_metric(got),
                ok=metric_agrees(want, got),
            )
        )
        if want is not None and want.breakdown:
            have = got.breakdown if got else {}
            checks.append(
                StateCheck(
                    article_id=article_id,
                    field=f"{metric}.breakdown",
                    expected=str(want.breakdown),
                    got=str({scope: f.value for scope, f in have.items()}),
                    ok=breakdown_agrees(want.breakdown, got),
                )
            )
    for key, actions in PEOPLE_KEYS.items():
        names = gold.people(key)
        if names is None:
            continue
        found = people_with(state, actions)
        checks.append(
            StateCheck(
                article_id=article_id,
                field=key,
                expected=", ".join(sorted(names)) or "none",
                got=", ".join(sorted(p[0] for p in found)) or "none",
                ok=people_agree([[n, *known.get(n, [])] for n in names], found, same),
            )
        )
    return checks
