"""From a cleaned article and its parse to the claims it makes: figures, figures taken back
with none in their place, and actions.

Claim ids hash the article id, the claim kind, the sentence's body offsets and the claim's
index among its kind in that sentence, then all that with `EXTRACTOR_VERSION`, so
re-extracting an article with the same version gives the same ids, and another version other
ids that sort alike. Sentence offsets point into the original body.
"""

import hashlib
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from schemas.article import CleanedArticle
from schemas.claim import ActionClaim, Claim, FigureClaim, SentenceRef, WithdrawalClaim
from schemas.evidence import ExtractedArticle, IncidentEvidence
from streams.extract.actions import Found, find_actions
from streams.extract.figures import Figure, read_figures
from streams.extract.plausible import plausible
from streams.extract.texts import text_of
from streams.incidents.evidence import incident_evidence
from streams.incidents.link import own_incident

EXTRACTOR_VERSION = "1.92.0"


def extract(cleaned: CleanedArticle, doc: Doc) -> ExtractedArticle:
    """The incident evidence and every figure and action claim of one article, the claims
    under the article's own incident until linking; `doc` is the parse of `cleaned.text`."""
    evidence = incident_evidence(cleaned, doc)
    return ExtractedArticle(evidence=evidence, claims=_claims(cleaned, doc, evidence))


def _claims(cleaned: CleanedArticle, doc: Doc, evidence: IncidentEvidence) -> list[Claim]:
    article = cleaned.article
    published = article.published_at.date()
    country = evidence.country
    common = {
        "incident_id": own_incident(evidence),
        "article_id": article.id,
        "published_at": article.published_at,
        "extractor_version": EXTRACTOR_VERSION,
        "outlet": article.outlet,
        "url": article.url,
    }
    counts: dict[tuple[str, int], int] = {}
    claims: list[Claim] = []
    wave = evidence.grain == "year"
    figures, withdrawals = read_figures(
        doc, published, wave=wave, began=evidence.start, event=evidence.event, day=evidence.day
    )
    for figure in figures:
        if not plausible(figure.quantity.value, country):
            continue
        ref = _sentence(cleaned, figure.sentence)
        claims.append(
            FigureClaim(
                claim_id=_claim_id(article.id, "figure", ref, counts),
                sentence=ref,
                as_of=figure.as_of or published,
                **_figure_fields(figure),
                **common,
            )
        )
    for withdrawal in withdrawals:
        ref = _sentence(cleaned, withdrawal.sentence)
        claims.append(
            WithdrawalClaim(
                claim_id=_claim_id(article.id, "withdrawal", ref, counts),
                sentence=ref,
                as_of=published,
                metric=withdrawal.metric,
                withdraws=withdrawal.value,
                attribution=withdrawal.attribution,
                **common,
            )
        )
    for found in find_actions(doc, published, country, evidence.start):
        ref = _sentence(cleaned, found.sentence)
        claims.append(
            ActionClaim(
                claim_id=_claim_id(article.id, "action", ref, counts),
                sentence=ref,
                as_of=found.date or published,
                **_action_fields(found),
                **common,
            )
        )
    return sorted(claims, key=lambda c: (c.sentence.start, c.kind, c.claim_id))


def extract_many(
    cleaned: Sequence[CleanedArticle], nlp: Language, batch_size: int = 16
) -> list[ExtractedArticle]:
    """`extract` for many articles, parsing them in batches with `nlp.pipe`. The words and
    strings the parses add to the pipeline's vocabulary go when the batch is done (the
    claims keep copies): a worker parsing news for months would otherwise keep every new
    word it ever saw."""
    with nlp.memory_zone():
        docs = nlp.pipe((c.text for c in cleaned), batch_size=batch_size)
        return [extract(article, doc) for article, doc in zip(cleaned, docs, strict=True)]


def _figure_fields(figure: Figure) -> dict[str, object]:
    quantity = figure.quantity
    return {
        "metric": figure.metric,
        "scope": figure.scope,
        "value": quantity.value,
        "low": quantity.low,
        "high": quantity.high,
        "qualifier": quantity.qualifier,
        "as_written": quantity.as_written,
        "attribution": figure.attribution,
        "corrects": figure.corrects,
        "withdraws": figure.withdraws,
        "rises": figure.rises,
        "disputes": figure.disputes,
    }


def _action_fields(found: Found) -> dict[str, object]:
    return {
        "subject": found.subject,
        "aliases": found.aliases,
        "subject_kind": found.kind,
        "action": found.action,
        "role": found.role,
        "detail": found.detail,
        "by": found.by,
        "date": found.date,
    }


def _sentence(cleaned: CleanedArticle, sentence: Span) -> SentenceRef:
    text = text_of(sentence)
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    end = sentence.start_char + len(text.rstrip())
    body_start, body_end = cleaned.body_offset(start), cleaned.body_offset(end)
    return SentenceRef(
        text=cleaned.article.body[body_start:body_end], start=body_start, end=body_end
    )


def _claim_id(
    article_id: str, kind: str, ref: SentenceRef, counts: dict[tuple[str, int], int]
) -> str:
    index = counts.get((kind, ref.start), 0)
    counts[(kind, ref.start)] = index + 1
    place = f"{article_id}|{kind}|{ref.start}|{ref.end}|{index}"
    # The fold orders the claims of one sentence by id: the part without the version keeps
    # that order, and so the state, the same from one extractor version to the next.
    return _digest(place)[:16] + _digest(f"{place}|{EXTRACTOR_VERSION}")[:8]


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()
