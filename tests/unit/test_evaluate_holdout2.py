"""The second held-out set is well formed: every annotation points at text that is there."""

import json
from pathlib import Path

import pytest

from schemas.article import Article
from streams.evaluate.gold import GoldSet, load_gold
from streams.evaluate.report import articles_for

DATA = Path(__file__).resolve().parents[1] / "data"
HOLDOUT2_GOLD = DATA / "holdout2" / "holdout2.gold.json"
OTHER_GOLD = [DATA / "dev" / "dev.gold.json", DATA / "holdout" / "holdout.gold.json"]


def _countries(gold: GoldSet) -> set[str]:
    return {a.incident.split("-")[0] for a in gold.articles.values() if a.incident is not None}


@pytest.fixture(scope="module")
def gold() -> GoldSet:
    return load_gold(HOLDOUT2_GOLD)


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
    assert len(articles) >= 20
    assert len(_countries(gold)) >= 7
    incidents = {a.incident for a in gold.articles.values()}
    sizes = sorted(sum(a.incident == i for a in gold.articles.values()) for i in incidents)
    assert len(sizes) >= 5 and sizes[-5] >= 3  # five incidents followed over three articles
    words = [len(a.body.split()) for a in articles.values()]
    assert min(words) >= 200 and max(words) <= 1000
    assert sum(w > 500 for w in words) >= 6
    assert all(a.incident_hint is None for a in articles.values())


@pytest.mark.parametrize("other", OTHER_GOLD, ids=lambda p: p.parent.name)
def test_no_country_of_the_other_sets_comes_back(gold: GoldSet, other: Path) -> None:
    assert not _countries(gold) & _countries(load_gold(other))


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
    kinds = {"total", "protesters", "security_forces", "civilians", "children", "foreigners"}
    assert kinds - {"total", "protesters"} <= scopes
    named = scopes - kinds
    assert len(named) >= 4  # breakdowns by named place ("21 in Sofala and 12 in Zambezia")
    assert {"dismissed", "resigned", "arrested", "charged", "released", "appointed"} <= actions


def test_the_gold_names_its_own_articles(gold: GoldSet) -> None:
    assert articles_for(gold, None) == HOLDOUT2_GOLD.parent / "articles.jsonl"
