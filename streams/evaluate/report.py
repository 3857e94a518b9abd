"""`tally eval`: extract and fold the gold's articles, then score them against the gold.

Articles come from `--articles` if given, else from the gold's own `articles_path`
(relative to the gold file), else from the repository's `seeds/` folder.
"""

from collections.abc import Mapping, Sequence
from pathlib import Path

from schemas.article import Article
from schemas.claim import Claim, FigureClaim
from streams.evaluate.gold import METRICS, GoldSet, load_gold, spellings
from streams.evaluate.match import ArticleMatch, match_article
from streams.evaluate.model import EvalReport
from streams.evaluate.render import render
from streams.evaluate.scores import Grouping, build_report, grouping
from streams.evaluate.states import StateCheck, check_state, states_after
from streams.names.match import same_subject
from streams.reconcile.fold import fold

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def articles_for(gold: GoldSet, articles_path: Path | None) -> Path:
    return articles_path or gold.articles_location() or SEEDS


def score_set(
    gold: GoldSet,
    articles: Sequence[Article],
    claims: Mapping[str, Sequence[Claim]],
    linked: Mapping[str, str],
) -> tuple[list[ArticleMatch], list[StateCheck], Grouping]:
    """Matches, state checks and grouping counts of one gold file, from its claims and the
    incident each article is linked into."""
    bodies = {article.id: article.body for article in articles}
    annotated = sorted(set(gold.articles) & set(bodies))
    matches = [
        match_article(
            aid, bodies[aid], gold.articles[aid], _scored(claims.get(aid, [])), same_subject
        )
        for aid in annotated
    ]
    states = states_after(articles, claims, fold)
    known = spellings(gold)
    checks = [
        check
        for aid, want in gold.state_after.items()
        if aid in bodies
        for check in check_state(aid, want, states[aid], same_subject, known)
    ]
    incidents = {aid: a.incident for aid, a in gold.articles.items() if a.incident is not None}
    predicted = {aid: linked.get(aid) for aid in incidents}
    return matches, checks, grouping(incidents, predicted)


def _scored(claims: Sequence[Claim]) -> list[Claim]:
    """The claims the annotation can judge: the sets record no count of the missing."""
    return [c for c in claims if not (isinstance(c, FigureClaim) and c.metric not in METRICS)]


def run_eval(
    gold_paths: list[Path], articles_path: Path | None, as_json: bool
) -> tuple[str, EvalReport]:
    from streams.cli.sources import load_articles

    # Loads the language model: only when run.
    from streams.replay import extract_articles, link_articles

    matches: list[ArticleMatch] = []
    checks: list[StateCheck] = []
    groups = Grouping()
    for path in gold_paths:
        gold = load_gold(path)
        articles = load_articles([articles_for(gold, articles_path)])
        linked, claims = link_articles(extract_articles(articles))
        found, checked, grouped = score_set(gold, articles, claims, linked)
        matches += found
        checks += checked
        groups += grouped
    report = build_report([str(p) for p in gold_paths], matches, checks, groups)
    return (report.model_dump_json(indent=2) if as_json else render(report)), report
