"""People and bodies: action claims folded into one entry per subject, however spelled.

Spellings are clustered with `streams.names.match.cluster` (a claim's subject and its aliases
are one subject; spellings sharing a role may match on a typo). Each subject is shown under
its most frequent full spelling (names of two words or more first, ties broken
alphabetically), so the name does not depend on arrival order. Actions are a set: one entry
per action type, dated by the earliest credible date (a date after the article's
publication is not credible), with every source kept. Arrested and detained stay distinct.

Each subject keeps a running summary of its records, so folding a claim costs the same
however many subjects and records there are; only a new spelling, role or alias link makes
the spellings be clustered again, and then only subjects whose spellings changed are
summarised again from their records.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from schemas.claim import Action, ActionClaim, SubjectKind
from schemas.state import Person, PersonAction, Source
from streams.names.canonical import canonical_name, name_key
from streams.names.match import Clusters
from streams.reconcile.models import built

_PAST_ROLE = ("former ", "ex ", "then ", "acting ")

# (name, kind, ((action, date), ...)): what a reader sees of one subject.
Signature = tuple[str, SubjectKind, tuple[tuple[Action, dt.date | None], ...]]


def role_key(role: str) -> str:
    """'former head of the KNB' and 'head of the KNB' are one role for matching."""
    key = name_key(role)
    for prefix in _PAST_ROLE:
        key = key.removeprefix(prefix)
    return key


# Slots: a fold keeps a record of every action claim, and a dict each took twice the room.
@dataclass(frozen=True, slots=True)
class _Record:
    seq: int
    spelling: str
    kind: SubjectKind
    action: Action
    date: dt.date | None
    role: str | None
    detail: str | None
    by: str | None
    source: Source


def _longer(current: str | None, candidate: str | None) -> str | None:
    """The longest of the two, ties to the alphabetically first; empty values lose."""
    if not candidate:
        return current
    if not current:
        return candidate
    return min(current, candidate, key=lambda value: (-len(value), value))


@dataclass(eq=False)
class _ActionSummary:
    """One action type of one subject, summarised over its records in replay order."""

    date: dt.date | None = None
    role: str | None = None
    detail: str | None = None
    by: str | None = None
    sources: list[Source] = field(default_factory=list)
    model: PersonAction | None = None

    def add(self, record: _Record) -> None:
        if record.date is not None and (self.date is None or record.date < self.date):
            self.date = record.date
        self.role = _longer(self.role, record.role)
        self.detail = self.detail or record.detail or None
        self.by = self.by or record.by or None
        self.sources.append(record.source)
        self.model = None

    def build(self, action: Action) -> PersonAction:
        if self.model is None:
            self.model = built(
                PersonAction,
                action=action,
                date=self.date,
                role=self.role,
                detail=self.detail,
                by=self.by,
                sources=list(self.sources),
            )
        return self.model


@dataclass(eq=False)
class _Subject:
    """One cluster of spellings and the running summary of its records."""

    spellings: list[str]
    bodies: int = 0
    persons: int = 0
    role: str | None = None
    actions: dict[Action, _ActionSummary] = field(default_factory=dict)
    name: str = ""
    aliases: list[str] = field(default_factory=list)
    signature: Signature | None = None
    person: Person | None = None

    def __post_init__(self) -> None:
        # A subject's spellings never change: whether each is a bare name is worked out once.
        self._bare = {s: len(name_key(s).split()) < 2 for s in self.spellings}

    def add(self, record: _Record) -> None:
        if record.kind == "body":
            self.bodies += 1
        else:
            self.persons += 1
        self.role = _longer(self.role, record.role)
        summary = self.actions.get(record.action)
        if summary is None:
            summary = self.actions[record.action] = _ActionSummary()
        summary.add(record)
        self.signature = self.person = None

    def summarise(self, counts: Counter[str]) -> Signature:
        """Refreshes the shown name and the signature after records were added."""
        name = min(self.spellings, key=lambda s: (self._bare[s], -counts[s], s))
        if name != self.name:
            self.name, self.aliases = name, sorted(s for s in self.spellings if s != name)
        self.signature = (self.name, self.kind, tuple((a, s.date) for a, s in self._sorted()))
        return self.signature

    @property
    def kind(self) -> SubjectKind:
        return "body" if self.bodies > self.persons else "person"

    def _sorted(self) -> list[tuple[Action, _ActionSummary]]:
        return sorted(
            self.actions.items(),
            key=lambda item: (item[1].date is None, item[1].date or dt.date.min, item[0]),
        )

    def build(self) -> Person:
        if self.person is None:
            self.person = built(
                Person,
                name=self.name,
                aliases=list(self.aliases),
                kind=self.kind,
                role=self.role,
                actions=[summary.build(action) for action, summary in self._sorted()],
            )
        return self.person


def _credible_date(claim: ActionClaim) -> dt.date | None:
    published = claim.published_at.astimezone(dt.UTC).date()
    return claim.date if claim.date is not None and claim.date <= published else None


class PeopleFold:
    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._clusters = Clusters()
        self._records: dict[str, list[_Record]] = {}
        self._seq = 0
        # Records applied since the spellings last changed, not yet in any subject's summary.
        self._pending: list[_Record] = []
        self._subject_of: dict[str, _Subject] = {}
        self._subjects: list[_Subject] = []
        self._touched: set[_Subject] = set()
        self._dirty = False
        # Shown subjects by name, in name order; valid while no shown name changes.
        self._shown: dict[str, _Subject] | None = None
        self._people: dict[str, Person] | None = None
        self._signature: tuple[Signature, ...] | None = None
        # A frozen copy's number of records of each spelling it shares, see `copy`.
        self._frozen: dict[str, int] | None = None

    def apply(self, claim: ActionClaim, source: Source) -> None:
        subject = canonical_name(claim.subject) or claim.subject
        spellings = [subject, *(canonical_name(alias) for alias in claim.aliases)]
        role = role_key(claim.role) if claim.role else None
        for spelling in filter(None, spellings):
            if self._clusters.add(spelling, (role,) if role else ()):
                self._dirty = True
            if spelling != subject and self._clusters.join(subject, spelling):
                self._dirty = True
        self._counts[subject] += 1
        self._people = self._signature = None
        record = _Record(
            seq=self._seq,
            spelling=subject,
            kind=claim.subject_kind,
            action=claim.action,
            date=_credible_date(claim),
            role=claim.role,
            detail=claim.detail,
            by=claim.by,
            source=source,
        )
        self._seq += 1
        self._records.setdefault(subject, []).append(record)
        if self._dirty:
            self._pending.append(record)
        else:
            target = self._subject_of[subject]
            target.add(record)
            self._touched.add(target)

    def _recluster(self) -> None:
        known = {tuple(subject.spellings): subject for subject in self._subjects}
        subjects: list[_Subject] = []
        kept: set[_Subject] = set()
        for group in self._clusters.groups():
            subject = known.get(tuple(group))
            if subject is None:
                # A new subject is summarised from all the records of its spellings, in order.
                subject = _Subject(group)
                mine = [record for name in group for record in self._records.get(name, ())]
                for record in sorted(mine, key=lambda record: record.seq):
                    subject.add(record)
            else:
                kept.add(subject)
            subjects.append(subject)
        self._subjects = subjects
        self._subject_of = {name: subject for subject in subjects for name in subject.spellings}
        # A kept subject lacks only the records applied since the spellings changed.
        for record in self._pending:
            if self._subject_of[record.spelling] in kept:
                self._subject_of[record.spelling].add(record)
        self._touched = set(subjects)
        self._pending = []
        self._shown = None
        self._dirty = False

    def _view(self) -> dict[str, _Subject]:
        if self._dirty:
            self._recluster()
        for subject in self._touched:
            shown = subject.name
            subject.summarise(self._counts)
            if subject.name != shown:
                self._shown = None
        self._touched = set()
        if self._shown is None:
            ordered = sorted(self._subjects, key=lambda subject: subject.name)
            # Two subjects shown under one name: the later one is kept, as in a dict.
            self._shown = {subject.name: subject for subject in ordered}
        return self._shown

    def people(self) -> dict[str, Person]:
        if self._people is None:
            self._people = {name: subject.build() for name, subject in self._view().items()}
        return dict(self._people)

    def signature(self) -> tuple[Signature, ...]:
        """What a reader sees change: who, and which actions with which dates."""
        if self._signature is None:
            self._signature = tuple(
                subject.signature or subject.summarise(self._counts)
                for subject in self._view().values()
            )
        return self._signature

    def copy(self, frozen: bool = False) -> "PeopleFold":
        """An independent copy. Its subjects are summarised again from the records when first
        needed: copies are taken often and used rarely.

        A frozen copy (a checkpoint's) is never changed, only copied again: it shares each
        spelling's records with this fold, which only appends to them, up to their current
        number."""
        twin = PeopleFold()
        twin._counts = Counter(self._counts)
        twin._clusters = self._clusters.copy()
        if frozen:
            twin._records = dict(self._records)
            twin._frozen = self._frozen or {
                name: len(found) for name, found in self._records.items()
            }
        else:
            twin._records = {
                name: found[: len(found) if self._frozen is None else self._frozen[name]]
                for name, found in self._records.items()
            }
        twin._seq = self._seq
        twin._dirty = bool(twin._records)
        return twin
