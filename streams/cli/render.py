"""Human-readable tables of incident states and claims, for the terminal."""

from collections.abc import Iterable

from rich.console import Group
from rich.table import Table
from rich.text import Text

from schemas.claim import Claim, FigureClaim, WithdrawalClaim
from schemas.state import IncidentState, MetricState

_QUALIFIER_WORDS = {
    "exact": "",
    "more_than": "more than ",
    "at_least": "at least ",
    "about": "about ",
    "up_to": "up to ",
}


def figure_text(figure: MetricState) -> str:
    if figure.value is None:
        return "-"
    if figure.qualifier == "vague":
        return f"{figure.as_written or 'vague'} ({figure.low:,}-{figure.high or '?'})"
    words = _QUALIFIER_WORDS.get(figure.qualifier or "exact", "")
    derived = " (sum of scopes)" if figure.derived else ""
    return f"{words}{figure.value:,}{derived}"


def state_tables(state: IncidentState) -> Group:
    figures = Table(title=f"{state.label}  [{state.incident_id}]  version {state.version}")
    for column in ("metric", "value", "as of", "breakdown", "sources", "conflicts"):
        figures.add_column(column)
    for metric, figure in sorted(state.figures.items()):
        breakdown = ", ".join(f"{scope} {part.value:,}" for scope, part in figure.breakdown.items())
        sources = ", ".join(sorted({source.article_id for source in figure.sources}))
        figures.add_row(
            metric,
            figure_text(figure),
            str(figure.as_of or ""),
            breakdown,
            sources,
            str(len(figure.conflicts)),
        )
    people = Table(title="People and bodies")
    for column in ("name", "role", "actions", "sources"):
        people.add_column(column)
    for person in state.people.values():
        actions = ", ".join(
            f"{action.action}{f' {action.date}' if action.date else ''}"
            for action in person.actions
        )
        sources = ", ".join(
            sorted({source.article_id for action in person.actions for source in action.sources})
        )
        people.add_row(person.name, person.role or "", actions, sources)
    footer = Text(
        f"{state.articles.count} article(s), first seen {state.first_seen:%Y-%m-%d %H:%M}, "
        f"last updated {state.last_updated:%Y-%m-%d %H:%M} UTC"
    )
    return Group(figures, people, footer)


def claims_table(claims: Iterable[Claim]) -> Table:
    table = Table(title="Claims")
    for column in ("article", "incident", "claim", "as written / role", "sentence"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        if isinstance(claim, FigureClaim):
            what = f"{claim.metric} {claim.scope} {claim.qualifier} {claim.value:,}"
            detail = claim.as_written
        elif isinstance(claim, WithdrawalClaim):
            what = f"{claim.metric} {claim.withdraws:,} withdrawn"
            detail = claim.attribution or ""
        else:
            what = f"{claim.action} {claim.subject}"
            detail = claim.role or ""
        table.add_row(claim.article_id, claim.incident_id, what, detail, claim.sentence.text[:160])
    return table
