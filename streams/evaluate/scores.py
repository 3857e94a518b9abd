"""Turning matched articles and state checks into the report's scores and findings."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TypeVar

from schemas.claim import ActionClaim, FigureClaim
from streams.evaluate.gold import METRICS, GoldAction, GoldFigure, same_action
from streams.evaluate.match import ArticleMatch
from streams.evaluate.model import BCubed, EvalReport, FigureScore, Finding, Score
from streams.evaluate.states import StateCheck

S = TypeVar("S", bound=Score)
ACTIONS = ("dismissed", "resigned", "arrested", "charged", "released", "appointed")


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def finish(score: S) -> S:
    """Fill precision, recall and F1 from the counts (nothing to find and nothing found = 1)."""
    found, wanted = score.tp + score.fp, score.tp + score.fn
    score.precision = _ratio(score.tp, found) if found else 1.0
    score.recall = _ratio(score.tp, wanted) if wanted else 1.0
    total = score.precision + score.recall
    score.f1 = 2 * score.precision * score.recall / total if total else 0.0
    if isinstance(score, FigureScore) and score.tp:
        score.scope_accuracy = score.scope_correct / score.tp
        score.qualifier_accuracy = score.qualifier_correct / score.tp
    return score


def _claim_finding(article_id: str, claim: FigureClaim, note: str | None = None) -> Finding:
    what = f"{claim.metric} {claim.value} {claim.qualifier} [{claim.scope}]"
    return Finding(
        article_id=article_id,
        kind="figure",
        what=what,
        as_written=claim.as_written,
        sentence=claim.sentence.text,
        note=note,
    )


def _action_finding(article_id: str, claim: ActionClaim) -> Finding:
    return Finding(
        article_id=article_id,
        kind="action",
        what=f"{claim.action} {claim.subject}",
        as_written=claim.subject,
        sentence=claim.sentence.text,
    )


def _gold_finding(article_id: str, item: GoldFigure | GoldAction) -> Finding:
    kind = "figure" if isinstance(item, GoldFigure) else "action"
    as_written = item.as_written if isinstance(item, GoldFigure) else item.name
    return Finding(
        article_id=article_id,
        kind=kind,
        what=item.describe(),
        as_written=as_written,
        sentence=item.evidence,
    )


def _figure_scores(matches: Sequence[ArticleMatch], report: EvalReport) -> None:
    scores = {name: FigureScore(name=name) for name in (*METRICS, "total")}

    def count(metric: str, attr: str, by: int = 1) -> None:
        for name in (metric, "total"):
            setattr(scores[name], attr, getattr(scores[name], attr) + by)

    for m in matches:
        for item, claim in m.figure_pairs:
            count(item.metric, "tp")
            scope_ok = claim.scope.lower() == item.scope.lower()
            qualifier_ok = claim.qualifier == (item.qualifier or "exact")
            count(item.metric, "scope_correct", scope_ok)
            count(item.metric, "qualifier_correct", qualifier_ok)
            report.corrections += item.corrects
            # Gold marks corrections that may lower a figure; an update upwards (`rises`) is a
            # revision the gold calls no correction.
            report.corrections_flagged += item.corrects and claim.overrides
            if not (scope_ok and qualifier_ok and item.corrects == claim.overrides):
                says = "a correction" if item.corrects else "not a correction"
                told = f"gold: {item.describe()}, {says}"
                report.mismatches.append(_claim_finding(m.article_id, claim, note=told))
        for item in m.figure_misses:
            count(item.metric, "fn")
            report.corrections += item.corrects
            report.misses.append(_gold_finding(m.article_id, item))
        negatives = {id(claim): span for span, claim in m.negative_hits}
        for claim in m.figure_false:
            count(claim.metric, "fp")
            span = negatives.get(id(claim))
            if span is not None:
                count(claim.metric, "negative_hits")
            note = f"from negative {span!r}" if span is not None else None
            report.false_positives.append(_claim_finding(m.article_id, claim, note))
        for claim in m.figure_duplicates:
            count(claim.metric, "duplicates")
        for claim in m.figure_ignored:
            count(claim.metric, "ignored")
    report.figures = {name: finish(score) for name, score in scores.items()}
    report.negative_hits = scores["total"].negative_hits


def _action_scores(matches: Sequence[ArticleMatch], report: EvalReport) -> None:
    scores = {name: Score(name=name) for name in (*ACTIONS, "total")}

    def count(action: str, attr: str) -> None:
        for name in (same_action(action), "total"):
            score = scores.setdefault(name, Score(name=name))
            setattr(score, attr, getattr(score, attr) + 1)

    for m in matches:
        for item, _ in m.action_pairs:
            count(item.action, "tp")
        for item in m.action_misses:
            count(item.action, "fn")
            report.misses.append(_gold_finding(m.article_id, item))
        for claim in m.action_false:
            count(claim.action, "fp")
            report.false_positives.append(_action_finding(m.article_id, claim))
        for claim in m.action_duplicates:
            count(claim.action, "duplicates")
        for claim in m.action_ignored:
            count(claim.action, "ignored")
    report.actions = {name: finish(score) for name, score in scores.items()}


@dataclass(frozen=True)
class Grouping:
    """Counts for grouping scores, summable over gold files: article pairs compared and
    agreeing, and B-cubed precision and recall summed over articles."""

    pairs: int = 0
    agreed: int = 0
    articles: int = 0
    precision_sum: float = 0.0
    recall_sum: float = 0.0

    def __add__(self, other: "Grouping") -> "Grouping":
        return Grouping(
            self.pairs + other.pairs,
            self.agreed + other.agreed,
            self.articles + other.articles,
            self.precision_sum + other.precision_sum,
            self.recall_sum + other.recall_sum,
        )

    def bcubed(self) -> BCubed | None:
        if not self.articles:
            return None
        precision = self.precision_sum / self.articles
        recall = self.recall_sum / self.articles
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return BCubed(precision=round(precision, 4), recall=round(recall, 4), f1=round(f1, 4))


def grouping(gold: dict[str, str], predicted: dict[str, str | None]) -> Grouping:
    """Same gold incident iff same predicted incident, by pairs and by B-cubed (per article:
    the share of its predicted group that is its gold group, and the reverse). An article
    with no predicted incident is alone in its group."""
    pairs = agreed = 0
    for a, b in combinations(sorted(gold), 2):
        pa, pb = predicted.get(a), predicted.get(b)
        together = pa is not None and pa == pb
        pairs += 1
        agreed += together == (gold[a] == gold[b])
    groups = {
        article: {other for other in gold if _together(predicted, article, other)}
        for article in gold
    }
    precision = recall = 0.0
    for article, group in groups.items():
        right = sum(gold[other] == gold[article] for other in group)
        precision += right / len(group)
        recall += right / sum(gold[other] == gold[article] for other in gold)
    return Grouping(pairs, agreed, len(gold), precision, recall)


def _together(predicted: dict[str, str | None], a: str, b: str) -> bool:
    return a == b or (predicted.get(a) is not None and predicted.get(a) == predicted.get(b))


def build_report(
    gold_files: Iterable[str],
    matches: Sequence[ArticleMatch],
    checks: Sequence[StateCheck],
    groups: Grouping | None = None,
) -> EvalReport:
    groups = groups or Grouping()
    report = EvalReport(
        gold_files=list(gold_files),
        articles=len(matches),
        figures={},
        actions={},
        negative_hits=0,
        state_checks=len(checks),
        state_agreed=sum(check.ok for check in checks),
        state_score=_ratio(sum(check.ok for check in checks), len(checks)),
        grouping_pairs=groups.pairs,
        grouping_score=_ratio(groups.agreed, groups.pairs) if groups.pairs else None,
        grouping_bcubed=groups.bcubed(),
        state_failures=[check for check in checks if not check.ok],
    )
    _figure_scores(matches, report)
    _action_scores(matches, report)
    return report
