"""People and bodies: action claims folded into one entry per subject, however spelled.

Spellings are clustered with `streams.names.match.cluster` (a claim's subject and its aliases
are one subject; spellings sharing a role may match on a typo). Each subject is shown under
its most frequent full spelling (names of two words or more first, ties broken
alphabetically), so the name does not depend on arrival order. Actions are a set: one entry
per action type, dated by the earliest credible date (a date after the article's
publication is not credible), with every source kept. Arrested and detained stay distinct.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from schemas.claim import Action, ActionClaim, SubjectKind
from schemas.state import Person, PersonAction, Source
from streams.names.canonical import canonical_name, name_key
from streams.names.match import cluster

_PAST_ROLE = ("former ", "ex ", "then ", "acting ")


def role_key(role: str) -> str:
    """'former head of the KNB' and 'head of the KNB' are one role for matching."""
    key = name_key(role)
    for prefix in _PAST_ROLE:
        key = key.removeprefix(prefix)
    return key


@dataclass
class _Record:
    spelling: str
    kind: SubjectKind
    action: Action
    date: dt.date | None
    role: str | None
    detail: str | None
    by: str | None
    source: Source


@dataclass
class _Subject:
    spellings: list[str]
    records: list[_Record] = field(default_factory=list)
    cached: Person | None = None


def _credible_date(claim: ActionClaim) -> dt.date | None:
    published = claim.published_at.astimezone(dt.UTC).date()
    return claim.date if claim.date is not None and claim.date <= published else None


def _longest(values: list[str | None]) -> str | None:
    present = [value for value in values if value]
    return min(present, key=lambda value: (-len(value), value)) if present else None


class PeopleFold:
    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._roles: dict[str, set[str]] = {}
        self._linked: set[tuple[str, str]] = set()
        self._records: list[_Record] = []
        self._subject_of: dict[str, str] = {}
        self._subjects: dict[str, _Subject] = {}
        self._dirty = False
        self._people: dict[str, Person] | None = None
        self._signature: tuple[object, ...] | None = None

    def apply(self, claim: ActionClaim, source: Source) -> None:
        subject = canonical_name(claim.subject) or claim.subject
        spellings = [subject, *(canonical_name(alias) for alias in claim.aliases)]
        role = role_key(claim.role) if claim.role else None
        for spelling in filter(None, spellings):
            if spelling not in self._roles:
                self._roles[spelling] = set()
                self._dirty = True
            if role and role not in self._roles[spelling]:
                self._roles[spelling].add(role)
                self._dirty = True
            if spelling != subject and (subject, spelling) not in self._linked:
                self._linked.add((subject, spelling))
                self._dirty = True
        self._counts[subject] += 1
        self._people = self._signature = None
        record = _Record(
            spelling=subject,
            kind=claim.subject_kind,
            action=claim.action,
            date=_credible_date(claim),
            role=claim.role,
            detail=claim.detail,
            by=claim.by,
            source=source,
        )
        self._records.append(record)
        if not self._dirty:
            target = self._subjects[self._subject_of[subject]]
            target.records.append(record)
            target.cached = None

    def _recluster(self) -> None:
        groups = cluster(self._roles, linked=self._linked, roles=self._roles)
        self._subjects = {group[0]: _Subject(group) for group in groups}
        self._subject_of = {name: group[0] for group in groups for name in group}
        for record in self._records:
            self._subjects[self._subject_of[record.spelling]].records.append(record)
        self._dirty = False

    def people(self) -> dict[str, Person]:
        if self._people is None:
            if self._dirty:
                self._recluster()
            built = sorted(map(self._person, self._subjects.values()), key=lambda p: p.name)
            self._people = {person.name: person for person in built}
        return dict(self._people)

    def signature(self) -> tuple[object, ...]:
        """What a reader sees change: who, and which actions with which dates."""
        if self._signature is None:
            self._signature = tuple(
                (name, person.kind, tuple((a.action, a.date) for a in person.actions))
                for name, person in self.people().items()
            )
        return self._signature

    def _person(self, subject: _Subject) -> Person:
        if subject.cached is not None:
            return subject.cached
        counts = self._counts
        name = min(
            subject.spellings,
            key=lambda s: (len(name_key(s).split()) < 2, -counts[s], s),
        )
        kinds = Counter(record.kind for record in subject.records)
        by_action: dict[Action, list[_Record]] = {}
        for record in subject.records:
            by_action.setdefault(record.action, []).append(record)
        actions = [_action(action, records) for action, records in by_action.items()]
        actions.sort(key=lambda a: (a.date is None, a.date or dt.date.min, a.action))
        subject.cached = Person.model_construct(
            name=name,
            aliases=sorted(s for s in subject.spellings if s != name),
            kind="body" if kinds["body"] > kinds["person"] else "person",
            role=_longest([record.role for record in subject.records]),
            actions=actions,
        )
        return subject.cached


def _action(action: Action, records: list[_Record]) -> PersonAction:
    dates = [record.date for record in records if record.date is not None]
    return PersonAction.model_construct(
        action=action,
        date=min(dates, default=None),
        role=_longest([record.role for record in records]),
        detail=next((record.detail for record in records if record.detail), None),
        by=next((record.by for record in records if record.by), None),
        sources=[record.source for record in records],
    )
