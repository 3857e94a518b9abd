"""The development set is well formed: every annotation points at text that is there."""

import json
from pathlib import Path

import pytest

from schemas.article import Article
from streams.evaluate.gold import GoldSet, load_gold, spellings
from streams.evaluate.report import SEEDS, articles_for

DATA = Path(__file__).resolve().parents[1] / "data"
DEV_GOLD = DATA / "dev" / "dev.gold.json"
SEEDS_GOLD = DATA / "seeds.gold.json"


@pytest.fixture(scope="module")
def gold() -> GoldSet:
    return load_gold(DEV_GOLD)


@pytest.fixture(scope="module")
def articles(gold: GoldSet) -> dict[str, Article]:
    path = gold.articles_location()
    assert path is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [Article.model_validate(json.loads(line)) for line in lines]
    return {article.id: article for article in found}


def test_the_set_is_large_and_varied_enough(gold: GoldSet, articles: dict[str, Article]) -> None:
    assert len(articles) >= 40 and set(articles) == set(gold.articles) == set(gold.state_after)
    incidents = {a.incident for a in gold.articles.values()}
    assert len(incidents) >= 10
    assert len({incident.split("-")[0] for incident in incidents}) >= 8
    sizes = sorted(sum(a.incident == i for a in gold.articles.values()) for i in incidents)
    assert sizes[-4] >= 3  # several incidents followed over three articles or more
    words = [len(a.body.split()) for a in articles.values()]
    assert min(words) >= 150 and max(words) <= 900
    assert sum(w > 300 for w in words) * 3 >= len(words)
    assert sum(a.incident_hint is not None for a in articles.values()) <= 2


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
    assert sum(f.corrects for f in figures) >= 2
    assert {"vague", "more_than", "at_least", "about", "exact"} <= {f.qualifier for f in figures}
    assert {"protesters", "security_forces", "children"} <= {f.scope for f in figures}
    assert {"dismissed", "resigned", "arrested", "charged", "released", "appointed"} <= actions


def test_articles_come_from_the_option_then_the_gold_then_the_seeds(gold: GoldSet) -> None:
    assert articles_for(gold, None) == DEV_GOLD.parent / "articles.jsonl"
    assert articles_for(gold, Path("x.jsonl")) == Path("x.jsonl")
    assert articles_for(load_gold(SEEDS_GOLD), None) == SEEDS


def test_spellings_gather_every_alias_the_annotator_gave_a_name(gold: GoldSet) -> None:
    known = spellings(gold)
    assert {"Elmer Choquewanka"} <= set(known["Elmer Choquehuanca"])
    assert "Elmer Choquehuanca" not in known["Elmer Choquehuanca"]
