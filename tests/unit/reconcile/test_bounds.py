"""A state message stays small however many claims its incident has, and says what it cut."""

import datetime as dt
import gc
import weakref

from pydantic import BaseModel

from schemas.claim import FigureClaim, SentenceRef
from streams.reconcile.bounds import (
    ARTICLE_IDS,
    CONFLICTS,
    HISTORY,
    SCOPES,
    SOURCES,
    STATE_BUDGET,
    _ByIdentity,
)
from streams.reconcile.fold import fold
from streams.reconcile.reconciler import Reconciler
from tests.unit.reconcile.test_examples import DAY1, action, figure


def _rising_toll(articles: int) -> list:  # type: ignore[type-arg]
    """A toll reported by many articles, rising and disputed, with scopes and arrests."""
    claims = []
    for n in range(articles):
        when = DAY1 + dt.timedelta(minutes=7 * n)
        article = f"article-{n:05d}"
        claims.append(figure(article, 0, when, "deaths", 10 + n // 3))
        claims.append(figure(article, 1, when, "deaths", 5 + n % 17, scope=f"town-{n % 40}"))
        if n % 5 == 0:
            claims.append(figure(article, 2, when, "deaths", 3 + n // 4, qualifier="about"))
        claims.append(action(article, 3, when, f"Official Number{n % 60}", "arrested"))
    return claims


def test_a_big_incident_fits_the_budget_and_counts_what_it_left_out() -> None:
    state = fold(_rising_toll(3000))
    size = len(state.model_dump_json())
    assert size <= STATE_BUDGET, size
    deaths = state.figures["deaths"]
    assert len(deaths.sources) <= SOURCES
    assert len(deaths.history) == HISTORY and deaths.omitted["history"] > 0
    assert len(deaths.conflicts) <= CONFLICTS
    assert len(state.articles.ids) == ARTICLE_IDS and state.articles.count == 3000
    assert state.omitted["article_ids"] == 3000 - ARTICLE_IDS
    assert deaths.value == 10 + 2999 // 3


def test_the_article_ids_kept_are_the_latest_published() -> None:
    # Ids that sort against their publication order: the latest, not the last by id, are kept.
    claims = [
        figure(f"z-{9999 - n:05d}", 0, DAY1 + dt.timedelta(minutes=n), "deaths", 10 + n)
        for n in range(ARTICLE_IDS + 20)
    ]
    state = fold(claims)
    assert state.articles.ids == [claim.article_id for claim in claims[-ARTICLE_IDS:]]
    # A checkpoint shares the ids its replay goes on adding to, and still sees its own.
    reconciler = Reconciler()
    for claim in claims:
        reconciler.apply([claim])
    middle = DAY1 + dt.timedelta(minutes=300)  # after a checkpoint, before the end
    past = reconciler.state_at(middle)
    assert past is not None and past.articles.ids == [c.article_id for c in claims[:301]]


def test_many_people_with_many_sourced_actions_fit_the_budget_too() -> None:
    kinds = ("arrested", "charged", "dismissed", "released", "resigned")
    claims = [
        action(f"article-{n:05d}", k, DAY1 + dt.timedelta(minutes=n), f"Official Number{p}", kind)
        for n in range(40)
        for p in range(60)
        for k, kind in enumerate(kinds)
        if (n + p) % 4 == 0
    ]
    state = fold(claims)
    assert len(state.model_dump_json()) <= STATE_BUDGET
    assert state.omitted["action_sources"] > 0
    kept = [
        source for person in state.people.values() for a in person.actions for source in a.sources
    ]
    assert kept and all(source.article_id for source in kept)


def test_of_many_sources_of_one_number_the_first_and_the_latest_are_kept() -> None:
    claims = [
        figure(f"article-{n:03d}", 0, DAY1 + dt.timedelta(hours=n), "deaths", 50) for n in range(30)
    ]
    deaths = fold(claims).figures["deaths"]
    assert [source.article_id for source in deaths.sources] == [
        "article-000",
        *(f"article-{n:03d}" for n in range(26, 30)),
    ]
    assert deaths.omitted == {"sources": 30 - SOURCES}


def test_a_small_incident_is_not_cut() -> None:
    state = fold(_rising_toll(3))
    assert state.omitted == {}
    assert all(figure.omitted == {} for figure in state.figures.values())


def _long(claim: FigureClaim, words: int) -> FigureClaim:
    text = " ".join([claim.sentence.text, *(["and so on"] * words)])
    return claim.model_copy(update={"sentence": SentenceRef(text=text, start=0, end=len(text))})


def test_figures_that_alone_outweigh_the_budget_are_cut_tighter() -> None:
    claims = [
        _long(figure(f"article-{n:05d}", k, DAY1 + dt.timedelta(minutes=n), metric, value), 200)
        for n in range(1500)
        for k, (metric, value) in enumerate(
            [("deaths", 10 + n // 3), ("injured", 40 + n % 23), ("arrested", 5 + n // 7)]
        )
    ] + [
        _long(
            figure(f"article-{n:05d}", 5 + s, DAY1 + dt.timedelta(minutes=n), "deaths", 4 + n // 9,
                   scope=f"town-{s}"),
            200,
        )
        for n in range(0, 1500, 10)
        for s in range(30)
    ]  # fmt: skip
    state = fold(claims)
    assert len(state.model_dump_json()) <= STATE_BUDGET
    deaths = state.figures["deaths"]
    assert len(deaths.breakdown) < SCOPES and deaths.omitted["breakdown"] > 0
    assert len(state.articles.ids) < ARTICLE_IDS
    assert state.omitted["article_ids"] == 1500 - len(state.articles.ids)


def test_an_incident_folded_and_let_go_leaves_nothing_behind() -> None:
    # A rebuild folds thousands of incidents one after another: what bounding one worked
    # out must go with it.
    claims = [
        action(f"article-{n:05d}", k, DAY1 + dt.timedelta(minutes=n), f"Official Number{p}", kind)
        for n in range(12)
        for p in range(30)
        for k, kind in enumerate(("arrested", "charged"))
    ]
    state = fold(claims)
    assert state.omitted["action_sources"] > 0
    person = weakref.ref(next(iter(state.people.values())))
    source = weakref.ref(next(iter(state.people.values())).actions[0].sources[0])
    del state
    gc.collect()
    assert person() is None and source() is None


class _Model(BaseModel):
    n: int


def test_lengths_are_kept_for_the_latest_models_only() -> None:
    cache: _ByIdentity[int] = _ByIdentity()
    cache.SIZE = 3
    models = [_Model(n=n) for n in range(5)]
    made: list[int] = []

    def length(model: _Model) -> int:
        return cache.get(model, 0, lambda: made.append(model.n) or model.n * 10)

    assert [length(m) for m in models] == [0, 10, 20, 30, 40]
    assert len(cache.entries) == 3
    # The latest are not worked out again; the oldest, dropped, are.
    assert [length(models[4]), length(models[0])] == [40, 0]
    assert made == [0, 1, 2, 3, 4, 0]


def test_people_within_every_limit_that_outweigh_the_budget_are_cut() -> None:
    # No list reaches its limit (each action has a single source), yet the whole is too big:
    # the state is measured, not only its lists counted.
    given = ("Anna", "Boris", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun")
    surnames = ("Abara", "Brekke", "Castel", "Dunmore", "Ekwall", "Fenner", "Gaspar", "Hollis")
    names = [f"{g} {s}" for g in given for s in surnames]
    claims = [
        action(f"article-{n:05d}", 0, DAY1 + dt.timedelta(minutes=n), name, "arrested")
        for n, name in enumerate(names)
    ]
    claims = [
        c.model_copy(update={"role": "deputy head of the regional emergency committee " * 20})
        for c in claims
    ]
    state = fold(claims)
    assert len(state.model_dump_json()) <= STATE_BUDGET
    assert state.omitted.get("people", 0) > 0
