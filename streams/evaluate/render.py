"""The report as text a developer can act on: tables, then every miss and false positive."""

from collections.abc import Iterable

from streams.evaluate.model import EvalReport, Finding, Score


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{value * 100:5.1f}%"


def _row(score: Score, extra: str = "") -> str:
    return (
        f"  {score.name:<10} {score.tp:>4} {score.fp:>4} {score.fn:>4}  "
        f"{_pct(score.precision)} {_pct(score.recall)} {_pct(score.f1)}"
        f"  {score.duplicates:>4} {score.ignored:>4}{extra}"
    )


def _findings(title: str, findings: Iterable[Finding]) -> list[str]:
    lines = [f"{title}:"]
    for f in findings:
        written = f" {f.as_written!r}" if f.as_written else ""
        note = f"  ({f.note})" if f.note else ""
        lines.append(f"  {f.article_id}  {f.kind} {f.what}{written}{note}")
        if f.sentence:
            lines.append(f"      | {' '.join(f.sentence.split())}")
    if len(lines) == 1:
        lines.append("  none")
    return lines


def render(report: EvalReport) -> str:
    head = "  kind         tp   fp   fn  precis recall     f1   dup  ign"
    lines = [f"Gold: {', '.join(report.gold_files)}  ({report.articles} articles)", ""]
    lines += ["Figures", head + "  negs  scope  qualif"]
    for score in report.figures.values():
        extra = (
            f"  {score.negative_hits:>4}  {_pct(score.scope_accuracy)} "
            f"{_pct(score.qualifier_accuracy)}"
        )
        lines.append(_row(score, extra))
    lines += ["", "Actions", head]
    lines += [_row(score) for score in report.actions.values() if score.tp + score.fp + score.fn]
    lines += [
        "",
        f"Negative spans extracted: {report.negative_hits} (must be 0)",
        f"Corrections flagged: {report.corrections_flagged}/{report.corrections}",
        f"State after each article: {report.state_agreed}/{report.state_checks} checks agree"
        f" ({_pct(report.state_score).strip()})",
    ]
    if report.grouping_score is not None:
        lines.append(
            f"Incident grouping: {_pct(report.grouping_score).strip()} of "
            f"{report.grouping_pairs} article pairs as annotated"
        )
    if report.grouping_bcubed is not None:
        b = report.grouping_bcubed
        lines.append(
            f"Incident grouping, B-cubed: precision {b.precision:.3f}, recall {b.recall:.3f}, "
            f"F1 {b.f1:.3f}"
        )
    lines.append("")
    lines += _findings("Misses", report.misses)
    lines += _findings("False positives", report.false_positives)
    lines += _findings("Scope, qualifier or correction wrong", report.mismatches)
    lines.append("State disagreements:")
    for check in report.state_failures:
        lines.append(f"  {check.article_id}  {check.field}: want {check.expected}, got {check.got}")
    if not report.state_failures:
        lines.append("  none")
    return "\n".join(lines)
