"""The annotated sets are well formed: every annotation points at text that is there, and each
set is as large, long and varied as it promises. The held-out sets share no country with the
sets written before them, so they measure reporting the rules were not written against."""

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from schemas.article import Article
from streams.evaluate.gold import GoldSet, load_gold, spellings
from streams.evaluate.report import SEEDS, articles_for

DATA = Path(__file__).resolve().parents[2] / "data"
DEV = DATA / "dev" / "dev.gold.json"
HOLDOUT = DATA / "holdout" / "holdout.gold.json"
HOLDOUT2 = DATA / "holdout2" / "holdout2.gold.json"
ACTIONS = {"dismissed", "resigned", "arrested", "charged", "released", "appointed"}


@dataclass(frozen=True)
class Promise:
    gold: Path
    articles: int
    countries: int
    followed: int  # incidents followed over three articles or more
    words: tuple[int, int]
    long_over: int
    long_articles: int
    corrections: int
    qualifiers: frozenset[str]
    scopes: frozenset[str]
    places: int  # scopes that are named places
    max_hints: int = 0
    earlier: tuple[Path, ...] = field(default=())


SETS = [
    Promise(
        DEV, 40, 8, 4, (150, 900), 300, 14, 2,
        frozenset({"vague", "more_than", "at_least", "about", "exact"}),
        frozenset({"protesters", "security_forces", "children"}), 0, max_hints=2,
    ),
    Promise(
        HOLDOUT, 25, 8, 6, (150, 1100), 500, 10, 3,
        frozenset({"vague", "more_than", "at_least", "about", "up_to", "exact"}),
        frozenset({"security_forces", "civilians", "children"}), 4, earlier=(DEV,),
    ),
    Promise(
        HOLDOUT2, 20, 7, 5, (200, 1000), 500, 6, 3,
        frozenset({"vague", "more_than", "at_least", "about", "up_to", "exact"}),
        frozenset({"security_forces", "civilians", "children", "foreigners"}), 4,
        earlier=(DEV, HOLDOUT),
    ),
]  # fmt: skip
KNOWN_SCOPES = {"total", "protesters", "security_forces", "civilians", "children", "foreigners"}


def _countries(gold: GoldSet) -> set[str]:
    return {a.incident.split("-")[0] for a in gold.articles.values() if a.incident is not None}


def _articles(gold: GoldSet) -> list[Article]:
    path = gold.articles_location()
    assert path is not None
    rows = path.read_text(encoding="utf-8").splitlines()
    return [Article.model_validate(json.loads(row)) for row in rows]


@pytest.fixture(params=SETS, ids=lambda promise: promise.gold.parent.name)
def promise(request: pytest.FixtureRequest) -> Promise:
    found: Promise = request.param
    return found


def test_ids_are_unique_and_every_article_is_annotated_with_a_state(promise: Promise) -> None:
    gold = load_gold(promise.gold)
    articles = _articles(gold)
    ids = {article.id for article in articles}
    assert len(ids) == len(articles)
    assert ids == set(gold.articles) == set(gold.state_after)
    assert all(a.incident is not None for a in gold.articles.values())
    assert articles_for(gold, None) == promise.gold.parent / "articles.jsonl"


def test_the_set_is_large_long_and_varied_enough(promise: Promise) -> None:
    gold = load_gold(promise.gold)
    articles = _articles(gold)
    assert len(articles) >= promise.articles
    assert len(_countries(gold)) >= promise.countries
    incidents = {a.incident for a in gold.articles.values()}
    sizes = sorted(sum(a.incident == i for a in gold.articles.values()) for i in incidents)
    assert len(sizes) >= promise.followed and sizes[-promise.followed] >= 3
    words = [len(a.body.split()) for a in articles]
    low, high = promise.words
    assert min(words) >= low and max(words) <= high
    assert sum(w > promise.long_over for w in words) >= promise.long_articles
    assert sum(a.incident_hint is not None for a in articles) <= promise.max_hints


def test_no_country_of_an_earlier_set_comes_back(promise: Promise) -> None:
    countries = _countries(load_gold(promise.gold))
    for earlier in promise.earlier:
        assert not countries & _countries(load_gold(earlier)), earlier.parent.name


def test_every_evidence_and_negative_is_in_its_article(promise: Promise) -> None:
    gold = load_gold(promise.gold)
    bodies = {article.id: article.body for article in _articles(gold)}
    for aid, annotated in gold.articles.items():
        spans = [f.evidence for f in annotated.figures] + [a.evidence for a in annotated.actions]
        spans += [p.evidence for p in annotated.ambiguous] + annotated.negatives
        missing = [span for span in spans if span is not None and span not in bodies[aid]]
        assert not missing, (aid, missing)


def test_the_traps_the_set_promises_are_annotated(promise: Promise) -> None:
    gold = load_gold(promise.gold)
    figures = [f for a in gold.articles.values() for f in a.figures]
    assert sum(f.corrects for f in figures) >= promise.corrections
    assert promise.qualifiers <= {f.qualifier for f in figures}
    scopes = {f.scope for f in figures}
    assert promise.scopes <= scopes
    assert len(scopes - KNOWN_SCOPES) >= promise.places  # breakdowns by named place
    assert {x.action for a in gold.articles.values() for x in a.actions} >= ACTIONS


def test_articles_come_from_the_option_then_the_gold_then_the_seeds() -> None:
    gold = load_gold(DEV)
    assert articles_for(gold, Path("x.jsonl")) == Path("x.jsonl")
    assert articles_for(load_gold(DATA / "seeds.gold.json"), None) == SEEDS


def test_spellings_gather_every_alias_the_annotator_gave_a_name() -> None:
    known = spellings(load_gold(DEV))
    assert {"Elmer Choquewanka"} <= set(known["Elmer Choquehuanca"])
    assert "Elmer Choquehuanca" not in known["Elmer Choquehuanca"]
