"""Matching one article's claims against its gold annotation.

A figure claim matches a gold figure of the same metric and value (a vague gold figure: the
same vague word, or a claim range inside the gold's `low`/`high`). An action claim matches a
gold action of the same action (detained = arrested) whose subject is the same under
`same_subject`, aliases included. Gold items are matched greedily in order, each to the
best unmatched claim (the one from the gold's evidence sentence first, then the one with
the right scope and qualifier).

A claim whose words come from a negative span is a negative hit (and a false positive)
before any matching: the right value read from the wrong words is not a find. Claims left
over after matching are, in this order:
- a duplicate, when it restates a gold item already matched (neither rewarded nor penalised:
  a headline and a body repeating one figure are one fact);
- ignored, when its sentence holds an ambiguous passage;
- otherwise a false positive.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from schemas.claim import ActionClaim, Claim, FigureClaim, SentenceRef
from streams.evaluate.gold import GoldAction, GoldArticle, GoldFigure, GoldSpan, same_action

SameSubject = Callable[[str, str], bool]

_VAGUE = re.compile(r"\b(tens|dozens?|scores?|hundreds?|thousands?|several|many|few)\b", re.I)


def vague_word(text: str | None) -> str | None:
    """The vague quantity word of a phrase, singular ("Dozens of" -> "dozen")."""
    found = _VAGUE.search(text or "")
    if found is None:
        return None
    word = found.group(1).lower()
    return word if word in {"tens", "several", "many", "few"} else word.rstrip("s")


def figure_matches(gold: GoldFigure, claim: FigureClaim) -> bool:
    if gold.metric != claim.metric:
        return False
    if gold.value is not None and gold.qualifier != "vague":
        # A vague word's conservative low end ("dozens" = 12) is not the number 12.
        return claim.value == gold.value and claim.qualifier != "vague"
    word = vague_word(gold.as_written)
    if word is not None and vague_word(claim.as_written) == word:
        return True
    if gold.low is None:
        return False
    claim_high = claim.high if claim.high is not None else claim.low
    gold_high = gold.high if gold.high is not None else claim_high
    return gold.low <= claim.low and claim_high <= gold_high


def action_matches(gold: GoldAction, claim: ActionClaim, same: SameSubject) -> bool:
    if gold.action != same_action(claim.action):
        return False
    return any(same(g, c) for g in gold.names for c in [claim.subject, *claim.aliases])


def _locate(text: str, sentence: SentenceRef, body: str) -> tuple[int, int] | None:
    """Where `text` sits in the body within its sentence, if it can be found there."""
    if not text:
        return None
    at = body.lower().find(text.lower(), max(sentence.start, 0), max(sentence.end, 0))
    return (at, at + len(text)) if at >= 0 else None


def _occurrences(span: str, body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(span.lower()), body.lower())]


def _numbers(text: str) -> set[int]:
    """The numbers written in digits in a text, separators ("4,400", "4.400") removed."""
    return {int(re.sub(r"\D", "", n)) for n in re.findall(r"\d+(?:[.,\s]\d{3})*", text)}


def from_negative(claim: FigureClaim, span: str, body: str) -> bool:
    """True when the claim's words (or, failing them, its number) come from a negative span."""
    where = _locate(claim.as_written, claim.sentence, body)
    for start, end in _occurrences(span, body):
        if where is not None:
            inside = start <= where[0] and where[1] <= end
            overlaps = where[0] < end and start < where[1]
            hit = inside or (overlaps and claim.value in _numbers(span))
        else:
            # The claim's words were normalised away from the text: judge by its number.
            within = claim.sentence.start <= start and end <= claim.sentence.end
            hit = within and claim.value in _numbers(span)
        if hit:
            return True
    return False


def in_passage(sentence: SentenceRef, passage: GoldSpan, body: str) -> bool:
    """True when the claim's sentence and an ambiguous passage overlap."""
    if passage.evidence.lower() in sentence.text.lower():
        return True
    return any(
        start < sentence.end and sentence.start < end
        for start, end in _occurrences(passage.evidence, body)
    )


@dataclass
class ArticleMatch:
    """Everything the scores need from one article."""

    article_id: str
    body: str
    figure_pairs: list[tuple[GoldFigure, FigureClaim]] = field(default_factory=list)
    figure_misses: list[GoldFigure] = field(default_factory=list)
    figure_false: list[FigureClaim] = field(default_factory=list)
    negative_hits: list[tuple[str, FigureClaim]] = field(default_factory=list)
    figure_duplicates: list[FigureClaim] = field(default_factory=list)
    figure_ignored: list[FigureClaim] = field(default_factory=list)
    action_pairs: list[tuple[GoldAction, ActionClaim]] = field(default_factory=list)
    action_misses: list[GoldAction] = field(default_factory=list)
    action_false: list[ActionClaim] = field(default_factory=list)
    action_duplicates: list[ActionClaim] = field(default_factory=list)
    action_ignored: list[ActionClaim] = field(default_factory=list)


def _evidence_first(evidence: str | None, sentence: SentenceRef) -> bool:
    return evidence is not None and evidence.lower() in sentence.text.lower()


def _match_figures(gold: GoldArticle, claims: Sequence[FigureClaim], out: ArticleMatch) -> None:
    left: list[FigureClaim] = []
    for claim in claims:
        # A number read from a negative span never counts, even when its value is right.
        span = next((s for s in gold.negatives if from_negative(claim, s, out.body)), None)
        if span is None:
            left.append(claim)
        else:
            out.negative_hits.append((span, claim))
            out.figure_false.append(claim)
    for item in gold.figures:
        candidates = [claim for claim in left if figure_matches(item, claim)]
        if not candidates:
            out.figure_misses.append(item)
            continue
        best = max(
            candidates,
            key=lambda c: (
                _evidence_first(item.evidence, c.sentence),
                c.scope.lower() == item.scope.lower(),
                c.qualifier == (item.qualifier or "exact"),
            ),
        )
        left.remove(best)
        out.figure_pairs.append((item, best))
    matched = [item for item, _ in out.figure_pairs]
    for claim in left:
        if any(figure_matches(item, claim) for item in matched):
            out.figure_duplicates.append(claim)
        elif any(in_passage(claim.sentence, p, out.body) for p in gold.ambiguous):
            out.figure_ignored.append(claim)
        else:
            out.figure_false.append(claim)


def _match_actions(
    gold: GoldArticle, claims: Sequence[ActionClaim], same: SameSubject, out: ArticleMatch
) -> None:
    left = list(claims)
    for item in gold.actions:
        candidates = [claim for claim in left if action_matches(item, claim, same)]
        if not candidates:
            out.action_misses.append(item)
            continue
        best = max(candidates, key=lambda c: _evidence_first(item.evidence, c.sentence))
        left.remove(best)
        out.action_pairs.append((item, best))
    matched = [item for item, _ in out.action_pairs]
    for claim in left:
        if any(action_matches(item, claim, same) for item in matched):
            out.action_duplicates.append(claim)
        elif any(in_passage(claim.sentence, p, out.body) for p in gold.ambiguous):
            out.action_ignored.append(claim)
        else:
            out.action_false.append(claim)


def match_article(
    article_id: str,
    body: str,
    gold: GoldArticle,
    claims: Sequence[Claim],
    same: SameSubject,
) -> ArticleMatch:
    out = ArticleMatch(article_id=article_id, body=body)
    _match_figures(gold, [c for c in claims if isinstance(c, FigureClaim)], out)
    _match_actions(gold, [c for c in claims if isinstance(c, ActionClaim)], same, out)
    return out
