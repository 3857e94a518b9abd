"""The whole pipeline in one process, no Kafka: the same stage functions the agents call.

`tally extract`, `tally replay`, `tally eval` and the benchmarks use it.
"""

from collections import defaultdict
from collections.abc import Sequence

from spacy.language import Language

from schemas.article import Article
from schemas.claim import Claim
from schemas.evidence import ExtractedArticle
from schemas.state import IncidentState
from streams.clean.boilerplate import clean
from streams.extract.nlp import load_nlp
from streams.extract.pipeline import extract_many
from streams.incidents.link import link
from streams.incidents.membership import as_members
from streams.reconcile.fold import fold


def extract_articles(
    articles: Sequence[Article], nlp: Language | None = None, batch_size: int = 16
) -> dict[str, ExtractedArticle]:
    """Article id -> its evidence and claims, the claims under the article's own incident."""
    pipeline = nlp if nlp is not None else load_nlp()
    cleaned = [clean(article) for article in articles]
    extracted = extract_many(cleaned, pipeline, batch_size=batch_size)
    return {article.id: one for article, one in zip(articles, extracted, strict=True)}


def link_articles(
    extracted: dict[str, ExtractedArticle],
) -> tuple[dict[str, str], dict[str, list[Claim]]]:
    """Article id -> the incident it is linked into, and article id -> its claims under it."""
    incidents = link(one.evidence for one in extracted.values())
    claims = {
        article_id: as_members(one.claims, incidents[article_id], one.evidence)
        for article_id, one in extracted.items()
    }
    return incidents, claims


def fold_by_incident(claims: Sequence[Claim]) -> dict[str, IncidentState]:
    """Incident id -> its state, in incident order."""
    by_incident: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_incident[claim.incident_id].append(claim)
    return {incident: fold(found) for incident, found in sorted(by_incident.items())}


def replay(articles: Sequence[Article], nlp: Language | None = None) -> dict[str, IncidentState]:
    _, linked = link_articles(extract_articles(articles, nlp))
    return fold_by_incident([claim for claims in linked.values() for claim in claims])
