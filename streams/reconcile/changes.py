"""The changes a reader would care about between two states of one incident."""

from typing import Any

from schemas.change import StateChange
from schemas.claim import Metric
from schemas.state import Conflict, IncidentState, MetricState, Person, Source


def _figure(state: MetricState | None, *, conflicts: bool = True) -> dict[str, Any] | None:
    if state is None:
        return None
    summary = {
        "value": state.value,
        "low": state.low,
        "high": state.high,
        "qualifier": state.qualifier,
        "as_written": state.as_written,
        "derived": state.derived,
        "breakdown": {scope: fig.value for scope, fig in state.breakdown.items()},
        "withdrawn": [entry.value for entry in state.withdrawn],
    }
    if conflicts:
        summary["conflicts"] = len(state.conflicts)
    return summary


def _actions(person: Person | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {
        "kind": person.kind,
        "actions": {
            a.action: None if a.date is None else a.date.isoformat() for a in person.actions
        },
    }


def _new(before: list[Source], after: list[Source]) -> list[Source]:
    """Sources in `after` not in `before`; all of `after` when none is new."""
    old = {source.claim_id for source in before}
    fresh = [source for source in after if source.claim_id not in old]
    return fresh or after


def _change(
    state: IncidentState, sources: list[Source], conflicts: list[Conflict], **fields: Any
) -> StateChange:
    causes = [(s.claim_id, s.sentence) for s in sources]
    causes += [(c.claim_id, c.sentence) for c in conflicts]
    # What took a figure back: a withdrawal leaves no source of its own in the state.
    causes += [
        (c.withdrawn_by, c.withdrawn_in)
        for c in conflicts
        if c.withdrawn_by is not None and c.withdrawn_in is not None
    ]
    return StateChange(
        incident_id=state.incident_id,
        version=state.version,
        because=list(dict.fromkeys(claim_id for claim_id, _ in causes)),
        sentences=list(dict.fromkeys(sentence for _, sentence in causes)),
        at=state.last_updated,
        **fields,
    )


def diff(before: IncidentState | None, after: IncidentState) -> list[StateChange]:
    """One change per metric whose figure changed and per subject whose actions changed."""
    changes: list[StateChange] = []
    old_figures: dict[Metric, MetricState] = {} if before is None else dict(before.figures)
    for metric, figure in after.figures.items():
        old = old_figures.get(metric)
        # The fold hands out the same model for a figure or a person it did not change.
        if old is figure or _figure(old) == _figure(figure):
            continue
        only_conflicts = old is not None and _figure(old, conflicts=False) == _figure(
            figure, conflicts=False
        )
        sources = [] if only_conflicts else _new(old.sources if old else [], figure.sources)
        # Conflicts and withdrawals are appended in replay order, so the new ones are the tail.
        conflicts = figure.conflicts[len(old.conflicts) if old else 0 :]
        conflicts += figure.withdrawn[len(old.withdrawn) if old else 0 :]
        changes.append(
            _change(
                after,
                sources,
                conflicts,
                metric=metric,
                before=_figure(old),
                after=_figure(figure),
            )
        )
    old_people = {} if before is None else before.people
    people = after.people
    touched = [
        name
        for name in old_people.keys() | people.keys()
        if old_people.get(name) is not people.get(name)
    ]
    for name in sorted(touched):
        old_person, person = old_people.get(name), people.get(name)
        if _actions(old_person) == _actions(person):
            continue
        old_sources = [s for a in old_person.actions for s in a.sources] if old_person else []
        new_sources = [s for a in person.actions for s in a.sources] if person else []
        changes.append(
            _change(
                after,
                _new(old_sources, new_sources),
                [],
                subject=name,
                before=_actions(old_person),
                after=_actions(person),
            )
        )
    return changes
