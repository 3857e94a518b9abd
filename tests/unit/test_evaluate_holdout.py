"""The held-out set is well formed: every annotation points at text that is there."""

import json
from pathlib import Path

import pytest

from schemas.article import Article
from streams.evaluate.gold import GoldSet, load_gold
from streams.evaluate.report import articles_for

DATA = Path(__file__).resolve().parents[1] / "data"
HOLDOUT_GOLD = DATA / "holdout" / "holdout.gold.json"
DEV_GOLD = DATA / "dev" / "dev.gold.json"


def _countries(gold: GoldSet) -> set[str]:
    return {a.incident.split("-")[0] for a in gold.articles.values() if a.incident is not None}


@pytest.fixture(scope="module")
def gold() -> GoldSet:
    return load_gold(HOLDOUT_GOLD)


@pytest.fixture(scope="module")
def lines(gold: GoldSet) -> list[Article]:
    path = gold.articles_location()
    assert path is not None
    rows = path.read_text(encoding="utf-8").splitlines()
    return [Article.model_validate(json.loads(row)) for row in rows]


@pytest.fixture(scope="module")
def articles(lines: list[Article]) -> dict[str, Article]:
    return {article.id: article for article in lines}


def test_ids_are_unique_and_every_article_is_annotated_with_a_state(
    gold: GoldSet, lines: list[Article], articles: dict[str, Article]
) -> None:
    assert len(articles) == len(lines)
    assert set(articles) == set(gold.articles) == set(gold.state_after)
    assert all(a.incident is not None for a in gold.articles.values())


def test_the_set_is_large_long_and_varied_enough(
    gold: GoldSet, articles: dict[str, Article]
) -> None:
    assert len(articles) >= 25
    assert len(_countries(gold)) >= 8
    incidents = {a.incident for a in gold.articles.values()}
    sizes = sorted(sum(a.incident == i for a in gold.articles.values()) for i in incidents)
    assert len(sizes) >= 6 and sizes[-6] >= 3  # six incidents followed over three articles
    words = [len(a.body.split()) for a in articles.values()]
    assert min(words) >= 150 and max(words) <= 1100
    assert sum(w > 500 for w in words) >= 10
    assert all(a.incident_hint is None for a in articles.values())


def test_no_country_of_the_development_set_comes_back(gold: GoldSet) -> None:
    assert not _countries(gold) & _countries(load_gold(DEV_GOLD))


def test_every_evidence_and_negative_is_in_its_article(
    gold: GoldSet, articles: dict[str, Article]
) -> None:
    for aid, annotated in gold.articles.items():
        body = articles[aid].body
        spans = [f.evidence for f in annotated.figures] + [a.evidence for a in annotated.actions]
        spans += [p.evidence for p in annotated.ambiguous] + annotated.negatives
        missing = [span for span in spans if span is not None and span not in body]
        assert not missing, (aid, missing)


def test_the_traps_the_set_promises_are_annotated(gold: GoldSet) -> None:
    figures = [f for a in gold.articles.values() for f in a.figures]
    actions = {x.action for a in gold.articles.values() for x in a.actions}
    assert sum(f.corrects for f in figures) >= 3
    qualifiers = {f.qualifier for f in figures}
    assert {"vague", "more_than", "at_least", "about", "up_to", "exact"} <= qualifiers
    scopes = {f.scope for f in figures}
    assert {"security_forces", "civilians", "children"} <= scopes
    named = scopes - {"total", "protesters", "security_forces", "civilians", "children"}
    assert len(named) >= 4  # breakdowns by named place ("12 in X and 7 in Y")
    assert {"dismissed", "resigned", "arrested", "charged", "released", "appointed"} <= actions


def test_the_gold_names_its_own_articles(gold: GoldSet) -> None:
    assert articles_for(gold, None) == HOLDOUT_GOLD.parent / "articles.jsonl"
