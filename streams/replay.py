"""The whole pipeline in one process, no Kafka: the same stage functions the agents call.

`tally extract`, `tally replay`, `tally eval` and the benchmarks use it.
"""

from collections import defaultdict
from collections.abc import Sequence

from spacy.language import Language

from schemas.article import Article
from schemas.claim import Claim
from schemas.state import IncidentState
from streams.clean.boilerplate import clean
from streams.extract.nlp import load_nlp
from streams.extract.pipeline import extract_many
from streams.reconcile.fold import fold


def extract_articles(
    articles: Sequence[Article], nlp: Language | None = None, batch_size: int = 16
) -> dict[str, list[Claim]]:
    """Article id -> its claims."""
    pipeline = nlp if nlp is not None else load_nlp()
    cleaned = [clean(article) for article in articles]
    claims = extract_many(cleaned, pipeline, batch_size=batch_size)
    return {article.id: found for article, found in zip(articles, claims, strict=True)}


def fold_by_incident(claims: Sequence[Claim]) -> dict[str, IncidentState]:
    """Incident id -> its state, in incident order."""
    by_incident: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_incident[claim.incident_id].append(claim)
    return {incident: fold(found) for incident, found in sorted(by_incident.items())}


def replay(articles: Sequence[Article], nlp: Language | None = None) -> dict[str, IncidentState]:
    extracted = extract_articles(articles, nlp)
    return fold_by_incident([claim for claims in extracted.values() for claim in claims])
