"""One metric (deaths, injured, arrested, missing) folded claim by claim, in publication order.

Rules, for a claim against the current figure of its scope (for the total scope: against
the headline, which may be the sum of the scopes):
- Counts do not go down by themselves: a lower figure is a conflict, recorded with a reason
  and not applied, unless the claim corrects (`corrects=True`), which replaces it even lower
  (not a correction the text dates before the current figure: the story of an old one);
  an update upwards (`rises`, "rose to N") is a revision that is judged like any figure,
  and so is a party's figure set against another's (`disputes`: "rights groups reported 31,
  but the president insisted the count is 22"), which is a conflict when lower.
  The missing are the exception (`falls`): people are found, so a later precise count of
  the missing replaces the current one, lower or higher, unless the text dates it before
  the current one.
  A lower figure whose range still contains the current one ("more than 20" against 44) is
  consistent and changes nothing.
- A higher figure replaces the current one; an equal one adds its source (and "about N"
  beside an exact N makes the figure "about N").
- Vague figures are ranges: one never displaces a precise figure inside its range, and a
  precise figure inside or above a vague range displaces it (below it, it is a conflict);
  so does an exact figure inside an "about N" range ("around 3,000", then 2,946).
  A vague range wholly above the figure raises it.
- A figure that a correction withdrew (the figure it replaced, or the one it names as
  wrong: "16, not 26") does not come back uncorrected; it stays listed under `withdrawn`
  with its own sentence. Given again more than `WITHDRAWN_DAYS` after its withdrawal, it is
  a new count that the toll has since reached, and counts as any other.
- Disjoint scopes add up: protesters + security forces + civilians, or the named places,
  give a derived total, from the parts one article gave together (at least two places, in
  one sentence or by one body, or one group or more): parts of different articles may name
  one place twice or count it at different dates, and two bodies' counts for two places
  may overlap. Overlapping groups (children, journalists...) and parts that are neither
  a group nor a place (in hospital, one day, "including five who...") never add up; the
  largest count in care ("40 treated in hospital") or of one day of a wave ("17 killed on
  Thursday") stands, marked derived, as a lower bound when nothing larger does.
- Place scopes are compared in ASCII lowercase: "Bogota" and "Bogotá" are one place; a
  place inside a country the same breakdown names is already in that country's count.
  A reported total outranks the derived one unless it was reported before the parts and is
  smaller, or is a vague range the parts' precise sum falls in or above; a correction of
  the total made after the last scope figure stands.
"""

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache

from anyascii import anyascii

from schemas.claim import FigureClaim, Qualifier, WithdrawalClaim
from schemas.state import Conflict, HistoryEntry, MetricState, ScopeFigure, Source
from streams.extract.lexicon import OVERLAPPING_GROUPS, PART_SCOPES
from streams.incidents.gazetteer import country_of, is_country, place_of
from streams.reconcile.bounds import CONFLICTS, EARLIER, HISTORY, SOURCES, first_and_latest
from streams.reconcile.models import built
from streams.reconcile.trail import Trail

# Groups of people counted separately; the overlapping groups and parts overlap all of them.
ACTORS = ("civilians", "militants", "protesters", "security_forces")
NEVER_SUMMED = frozenset(OVERLAPPING_GROUPS) | frozenset(PART_SCOPES)
# Parts that alone bound their metric's toll from below: counts in care, one day of a wave.
LOWER_BOUNDS = ("in_hospital", "critical", "one_day")
# Which derived figure stands when two are equal: a group as written ("at least 19 civilians")
# before a sum of places, a sum before a lone lower bound.
_SUM_RANK = {"actors": 2, "places": 1, "bound": 0}
_OPEN: frozenset[Qualifier] = frozenset({"more_than", "at_least"})
# Days after its withdrawal during which a withdrawn figure given again is the withdrawn one
# repeated (a slow outlet, a recap), not a new count.
WITHDRAWN_DAYS = 2


@dataclass
class Figure:
    value: int
    low: int
    high: int | None
    qualifier: Qualifier
    as_written: str
    as_of: dt.date | None
    sources: list[Source]
    step: int
    # The date it was reported: a total reported on a day covers the parts known by then.
    day: dt.date
    corrected: bool = False
    _built: ScopeFigure | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, claim: FigureClaim, source: Source, step: int) -> "Figure":
        return cls(
            value=claim.value,
            low=claim.low,
            high=claim.high,
            qualifier=claim.qualifier,
            as_written=claim.as_written,
            as_of=claim.as_of,
            sources=[source],
            step=step,
            day=claim.published_at.date(),
            corrected=claim.overrides,
        )

    def corroborate(self, claim: FigureClaim, source: Source) -> None:
        self.sources.append(source)
        # A count a later source still gives is true as of that later day: "nearly 3,000, as
        # of" the last report, not the quake's date that the first one named.
        if claim.as_of is not None and (self.as_of is None or claim.as_of > self.as_of):
            self.as_of = claim.as_of
        self.hedge(claim)
        self._built = None

    def hedge(self, claim: FigureClaim) -> None:
        """The same number stated exactly and as "about" reads as about: the exact form is
        usually the rounded one of a headline or lead. Symmetric, so order cannot matter."""
        if self.qualifier == "exact" and claim.qualifier == "about":
            self.qualifier, self.low, self.high = claim.qualifier, claim.low, claim.high
            self.as_written = claim.as_written

    def contains(self, value: int) -> bool:
        return self.low <= value and (self.high is None or value <= self.high)

    def scope_figure(self) -> ScopeFigure:
        if self._built is None:
            self._built = built(
                ScopeFigure,
                value=self.value,
                low=self.low,
                high=self.high,
                qualifier=self.qualifier,
                as_of=self.as_of,
                sources=list(self.sources),
            )
        return self._built

    def copy(self) -> "Figure":
        return replace(self, sources=list(self.sources), _built=self._built)


def _day(claim: FigureClaim | WithdrawalClaim) -> dt.date:
    return claim.as_of if claim.as_of is not None else claim.published_at.date()


def _counted_before(claim: FigureClaim, current: Figure) -> bool:
    return claim.as_of is not None and current.as_of is not None and claim.as_of < current.as_of


def _corrects_another(claim: FigureClaim, current: Figure) -> bool:
    """A correction down from a figure that is not the current one, and below the current
    one: "the civil defence put the toll at 18 before revising it down to 15", told after the
    toll has risen to 17. It says what became of 18, not that 17 is wrong. (Not "revised
    down to 46, saying six deaths were wrongly counted": six is the size of the mistake.)"""
    return (
        claim.withdraws is not None
        and claim.value < claim.withdraws
        and claim.withdraws != current.value
        and claim.value < current.value
    )


def _recounted(claim: FigureClaim, current: Figure) -> bool:
    """A correction the text dates before the current, higher figure ("on Friday the
    collector corrected it to 29", in a report of 36 dead a week on): the story of an old
    correction, which lowers nothing counted since."""
    return _counted_before(claim, current) and claim.value < current.value


def _sum_qualifier(parts: list[Figure]) -> Qualifier:
    kinds = {part.qualifier for part in parts}
    if kinds == {"exact"}:
        return "exact"
    if "vague" in kinds:
        return "vague"
    if kinds <= {"exact", *_OPEN}:
        return "more_than" if "more_than" in kinds else "at_least"
    return "about"


def _breakdown(scopes: dict[str, Figure], group: tuple[str, ...], places: bool) -> tuple[str, ...]:
    """The group's parts that one article gave together (a breakdown its writer made
    disjoint), the latest such: one group or more, or two places or more told together.
    Parts of different articles may name one place twice ("Settat", "Settat province") or
    count it at different dates."""
    latest = max(scopes[name].step for name in group)
    names = _outermost(tuple(name for name in group if scopes[name].step == latest))
    if places and (len(names) < 2 or not _told_together(scopes, names)):
        return ()
    return names


def _told_together(scopes: dict[str, Figure], names: tuple[str, ...]) -> bool:
    """The places are one breakdown: given in one sentence, or by one body. Two bodies'
    counts in two sentences of one article (an agency's for one country, a charity's for a
    region next door) may overlap or leave people out: no sum of them is a toll."""
    sentences = [{source.sentence for source in scopes[name].sources} for name in names]
    if set.intersection(*sentences):
        return True
    bodies = [{s.attribution for s in scopes[name].sources if s.attribution} for name in names]
    return all(bodies) and bool(set.intersection(*bodies))


def _sum(scopes: dict[str, Figure], names: tuple[str, ...]) -> Figure:
    """The figure the parts add up to."""
    parts = [scopes[name] for name in names]
    highs = [part.high for part in parts]
    return Figure(
        value=sum(part.value for part in parts),
        low=sum(part.low for part in parts),
        high=None if None in highs else sum(h for h in highs if h is not None),
        qualifier=_sum_qualifier(parts),
        as_written=" + ".join(
            f"{part.as_written} {name}" for name, part in zip(names, parts, strict=True)
        ),
        as_of=max((p.as_of for p in parts if p.as_of is not None), default=None),
        sources=[source for part in parts for source in part.sources],
        step=max(part.step for part in parts),
        day=max(part.day for part in parts),
    )


# Cached: the same few breakdowns come again claim after claim, and each look-up of a name
# folds it to ASCII again.
@lru_cache(maxsize=4096)
def _outermost(names: tuple[str, ...]) -> tuple[str, ...]:
    """The places of a breakdown less those inside a country it also names: with "12 in
    Ecuador, 24 in Peru, two in Loja", Loja's two are some of Ecuador's 12."""
    countries = {name for name in names if is_country(name)}
    if not countries:
        return names
    return tuple(
        name
        for name in names
        if name in countries or (country_of(name) or place_of(name)) not in countries
    )


def _covers(total: Figure, derived: Figure) -> bool:
    """Whether a reported total stands over the sum of the scopes."""
    if total.corrected and total.step >= derived.step:
        return True
    if total.qualifier == "vague":
        return derived.value < total.low  # a precise sum in or above a range displaces it
    return total.day >= derived.day or derived.value <= total.value


class Verdict(Enum):
    apply = "apply"  # the claim becomes the figure
    corroborate = "corroborate"  # the claim agrees: one more source


@lru_cache(maxsize=4096)  # every figure claim's scope, among few distinct ones
def _folded(scope: str) -> str:
    """The form scope names are compared in: ASCII, lowercase, single spaces."""
    return " ".join(anyascii(scope).lower().split())


@dataclass(frozen=True)
class Conflicting:
    """The claim disagrees and is recorded as a conflict, with why; `lower` when only for
    being lower than the current total with no correction."""

    reason: str
    lower: bool = False


@dataclass
class MetricFold:
    falls: bool = False  # a count that goes down without correction (the missing)
    total: Figure | None = None
    scopes: dict[str, Figure] = field(default_factory=dict)
    retracted: dict[int, dt.date] = field(default_factory=dict)  # value -> its withdrawal day
    # The reported totals the current one replaced, latest last (at most `EARLIER`): what a
    # withdrawal with no new figure falls back to.
    earlier: list[Figure] = field(default_factory=list)
    # The reported totals given after the current one but lower, with no correction, latest
    # last (at most `EARLIER`): the latest of them replaces it if it is withdrawn.
    lower: list[Figure] = field(default_factory=list)
    conflicts: Trail[Conflict] = field(default_factory=Trail)
    withdrawn: Trail[Conflict] = field(default_factory=Trail)
    history: Trail[HistoryEntry] = field(default_factory=Trail)
    # A place scope's first spelling, by its folded form: "Bogota" and "Bogotá" are one place
    # and must never add up as two.
    spellings: dict[str, str] = field(default_factory=dict)
    headline: Figure | None = None
    derived: bool = False
    _sum_of_scopes: Figure | None = None
    # The largest sum of one article's breakdown so far, per kind of group (actors, places).
    _sums: dict[str, Figure] = field(default_factory=dict)
    # The scope names of each kind of group, sorted, for `_named` scopes (scopes are only
    # ever added): worked out again only when a new scope comes.
    _kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _named: int = 0
    _cached: MetricState | None = None
    _signature: tuple[object, ...] | None = None

    def apply(self, claim: FigureClaim, source: Source, step: int) -> bool:
        """Folds one claim in; True when it was applied or added a source."""
        scope = self.spellings.setdefault(_folded(claim.scope), claim.scope)
        current = self.headline if scope == "total" else self.scopes.get(scope)
        verdict = self._judge(current, claim)
        if verdict is None:
            return False
        self._cached = self._signature = None
        if verdict is Verdict.apply:
            if claim.corrects and not claim.disputes:
                self._withdraw(current, claim)
            figure = Figure.of(claim, source, step)
            if scope == "total":
                if self.total is not None:
                    self.earlier = [*self.earlier, self.total][-EARLIER:]
                self.total = figure
                self.lower = []
            else:
                self.scopes[scope] = figure
                self._sum_of_scopes = self._derived(scope)
                if claim.corrects and claim.withdraws is not None:
                    # A part that names a wrong total takes that total back.
                    self.withdraw(claim, floor=claim.value)
        elif verdict is Verdict.corroborate:
            assert current is not None
            if scope == "total" and self.derived:
                # A reported total equal to the sum of the scopes covers them from now on.
                self.total = Figure.of(claim, source, step)
            else:
                # A part one more source agrees with keeps its count, so no sum grows (the
                # sums are kept until a larger one comes): the derived total stands.
                current.corroborate(claim, source)
        else:
            if scope == "total" and verdict.lower:
                self.lower = [*self.lower, Figure.of(claim, source, step)][-EARLIER:]
            self.conflicts.append(
                Conflict(
                    claim_id=claim.claim_id,
                    article_id=claim.article_id,
                    scope=scope,
                    value=claim.value,
                    qualifier=claim.qualifier,
                    reason=verdict.reason,
                    sentence=claim.sentence.text,
                )
            )
            # A correction that replaces nothing here still says the figure it names was
            # wrong ("the figure cited was incorrect; 61 are being held"): it is taken back.
            return (
                claim.corrects
                and claim.withdraws is not None
                and self.withdraw(claim, floor=claim.value)
            )
        self._rehead()
        return True

    def withdraw(self, claim: FigureClaim | WithdrawalClaim, floor: int = 0) -> bool:
        """Takes a figure back with no new one in its place: the value is retracted, and a
        reported total of that value gives way to the latest total no withdrawal or correction
        retired, of those before it and of those given after it but turned down for being
        lower (none: the metric has no reported total until a new one comes). A part that
        names the total wrong takes it back only when such a total is at least the part
        (`floor`): a whole below its own part is a misread one.
        True when the reported total changed."""
        if claim.withdraws is None:
            return False
        self._retract(claim.withdraws, claim)
        current = self.total
        if current is None or current.value != claim.withdraws:
            return False
        # A total given after the withdrawn one, turned down only for being lower, comes
        # after every earlier one.
        kept = [
            figure for figure in [*self.earlier, *self.lower] if figure.value not in self.retracted
        ]
        if floor and not (kept and kept[-1].value >= floor):
            return False
        self._cached = self._signature = None
        self._retire(current, claim.claim_id, "total", claim.sentence.text)
        # A copy: the restored figure gathers sources again, and checkpoints share the list.
        self.total = kept[-1].copy() if kept else None
        self.earlier = kept[:-1][-EARLIER:]
        self.lower = []
        self._rehead()
        return True

    def _retire(self, figure: Figure, by: str, scope: str, sentence: str) -> None:
        """Lists a figure under `withdrawn`, with its own first sentence and who withdrew it."""
        first = figure.sources[0]
        self.withdrawn.append(
            Conflict(
                claim_id=first.claim_id,
                article_id=first.article_id,
                scope=scope,
                value=figure.value,
                qualifier=figure.qualifier,
                reason=f"withdrawn by {by}: {sentence}",
                sentence=first.sentence,
                withdrawn_by=by,
                withdrawn_in=sentence,
            )
        )

    def _withdraw(self, current: Figure | None, claim: FigureClaim) -> None:
        """Retires what a correction replaces: the figure it names as wrong, and the current
        one when the correction is lower or names it."""
        if claim.withdraws is not None:
            self._retract(claim.withdraws, claim)
        if current is None or current.value == claim.value:
            return
        if claim.withdraws is None and current.value < claim.value:
            return  # a higher corrected figure updates; it withdraws nothing it does not name
        self._retract(current.value, claim)
        self._retire(current, claim.claim_id, claim.scope, claim.sentence.text)

    def _retract(self, value: int, claim: FigureClaim | WithdrawalClaim) -> None:
        day = _day(claim)
        self.retracted[value] = max(day, self.retracted.get(value, day))

    def _still_withdrawn(self, claim: FigureClaim) -> bool:
        withdrawn_on = self.retracted.get(claim.value)
        return withdrawn_on is not None and (_day(claim) - withdrawn_on).days <= WITHDRAWN_DAYS

    def _judge(self, current: Figure | None, claim: FigureClaim) -> "Verdict | Conflicting | None":
        """What a claim does to the current figure; None: consistent, nothing to do."""
        if claim.overrides:
            if current is not None and _recounted(claim, current):
                return Conflicting(
                    f"corrects a count of {claim.as_of}, before the current {current.value}"
                )
            if current is not None and _corrects_another(claim, current):
                return Conflicting(f"corrects {claim.withdraws}, not the current {current.value}")
            return Verdict.apply
        if self.falls and current is not None and _counted_before(claim, current):
            # "went from 79 on the first day to 86 on Sunday, then fell to 59": an old step.
            return Conflicting(f"a count of {claim.as_of}, before the current one")
        if current is None:
            if claim.scope == "total" and self._still_withdrawn(claim):
                # A withdrawn total left nothing in its place: repeating it restores nothing.
                return Conflicting(f"{claim.value} was withdrawn")
            return Verdict.apply
        if claim.qualifier == "vague":
            if current.qualifier == "vague":
                if claim.low > current.low:
                    return Verdict.apply
                return Verdict.corroborate if claim.low == current.low else None
            if claim.low > current.value:
                return Verdict.apply
            if claim.high is not None and claim.high < current.value:
                return Conflicting(f"{claim.as_written!r} is below the current {current.value}")
            return None
        if self._still_withdrawn(claim) and claim.value > current.value:
            return Conflicting(f"{claim.value} was retracted by a correction")
        if current.qualifier == "vague":
            if claim.value < current.low:
                return Conflicting(f"below the range of {current.as_written!r}, with no correction")
            return Verdict.apply
        if (
            current.qualifier == "about"
            and claim.qualifier == "exact"
            and current.contains(claim.value)
        ):
            # "about 3,000", then "2,946": the precise count inside the range refines it.
            return Verdict.corroborate if claim.value == current.value else Verdict.apply
        if claim.value > current.value:
            return Verdict.apply
        if claim.value == current.value:
            return Verdict.corroborate
        if self.falls:
            return Verdict.apply
        if claim.high is None or (claim.qualifier == "about" and claim.high >= current.value):
            return None
        if claim.disputes:
            return Conflicting(f"disputes the current {current.value}")
        return Conflicting(
            f"lower than the current {current.value}, with no correction", lower=True
        )

    def _rehead(self) -> None:
        derived = self._sum_of_scopes
        total = self.total
        if total is None or (derived is not None and not _covers(total, derived)):
            self.headline, self.derived = derived, derived is not None
        else:
            self.headline, self.derived = total, False

    def _derived(self, changed: str) -> Figure | None:
        """The largest sum of one article's breakdown of a group, after scope `changed`
        changed. Kept, not recomputed from the latest figures alone, so that a later article
        giving one part does not undo the sum an earlier one gave."""
        sums = self._sums  # replaced, never changed in place, when a sum grows
        if changed in LOWER_BOUNDS:
            # The largest count in care ("40 treated in hospital") or of one day ("17 killed
            # on Thursday") alone is a lower bound of the toll when nothing else is; such
            # counts overlap or are of different days, so they never add up.
            largest = max(
                (self.scopes[name] for name in LOWER_BOUNDS if name in self.scopes),
                key=lambda figure: (figure.value, figure.low),
            )
            best = self._sums.get("bound")
            if best is None or (largest.value, largest.low) > (best.value, best.low):
                self._sums = {**self._sums, "bound": largest.copy()}
        kind = "actors" if changed in ACTORS else None if changed in NEVER_SUMMED else "places"
        if kind is not None:
            names = self._of_kind(kind)
            # One group alone ("killed 35 civilians") is a lower bound of the toll; one place
            # alone is not, it is a part of a toll given elsewhere.
            parts = _breakdown(self.scopes, names, places=kind == "places")
            best = self._sums.get(kind)
            # The sum, its sources and its wording are made only when it is the largest.
            size = (
                sum(self.scopes[name].value for name in parts),
                sum(self.scopes[name].low for name in parts),
            )
            if parts and (best is None or size > (best.value, best.low)):
                self._sums = {**self._sums, kind: _sum(self.scopes, parts)}
        if sums is self._sums:
            return self._sum_of_scopes  # no sum grew
        # Equal sums are ranked by kind, never by which came first: that order follows claim
        # ids within one sentence.
        return max(
            self._sums.items(),
            key=lambda item: (item[1].value, item[1].low, _SUM_RANK[item[0]]),
            default=(None, None),
        )[1]

    def _of_kind(self, kind: str) -> tuple[str, ...]:
        """The scopes that add up in a group of `kind`, sorted."""
        if self._named != len(self.scopes):
            self._named = len(self.scopes)
            summed = sorted(name for name in self.scopes if name not in NEVER_SUMMED)
            self._kinds = {
                "actors": tuple(name for name in summed if name in ACTORS),
                "places": tuple(name for name in summed if name not in ACTORS),
            }
        return self._kinds[kind]

    def signature(self) -> tuple[object, ...]:
        """What a reader sees change: the headline, the breakdown and the conflicts."""
        if self._signature is None:
            head = self.headline
            self._signature = (
                None if head is None else (head.value, head.low, head.high, head.qualifier),
                self.derived,
                tuple((name, f.value, f.qualifier) for name, f in sorted(self.scopes.items())),
                len(self.conflicts),
                len(self.withdrawn),
            )
        return self._signature

    def truncate(self, length: int) -> None:
        """Drops history entries past `length`: a step being recounted."""
        if len(self.history) > length:
            self.history.truncate(length)
            self._cached = None

    def record(self, at: dt.datetime, because: list[str]) -> None:
        head = self.headline
        self._cached = None
        self.history.append(
            built(
                HistoryEntry,
                at=at,
                value=None if head is None else head.value,
                low=None if head is None else head.low,
                high=None if head is None else head.high,
                qualifier=None if head is None else head.qualifier,
                # A copy: the open step's list may still grow.
                because=list(because),
            )
        )

    def state(self) -> MetricState:
        if self._cached is None:
            self._cached = self._build()
        return self._cached

    def _build(self) -> MetricState:
        head = self.headline
        breakdown = {name: fig.scope_figure() for name, fig in sorted(self.scopes.items())}
        # Only the entries a state message can keep, and the number of the others, which
        # `bounded_metric` counts with its own cuts: a copy of every entry grows with the
        # incident.
        omitted: dict[str, int] = {}
        sources, omitted["sources"] = first_and_latest(
            [] if head is None else head.sources, SOURCES
        )
        history, omitted["history"] = self.history.first_and_latest(HISTORY)
        conflicts, omitted["conflicts"] = self.conflicts.latest(CONFLICTS)
        withdrawn, omitted["withdrawn"] = self.withdrawn.latest(CONFLICTS)
        return built(
            MetricState,
            value=None if head is None else head.value,
            low=None if head is None else head.low,
            high=None if head is None else head.high,
            qualifier=None if head is None else head.qualifier,
            as_written=None if head is None else head.as_written,
            as_of=None if head is None else head.as_of,
            derived=self.derived,
            breakdown=breakdown,
            sources=sources,
            conflicts=conflicts,
            withdrawn=withdrawn,
            history=history,
            omitted={name: count for name, count in omitted.items() if count},
        )

    def copy(self) -> "MetricFold":
        """An independent copy; the sum of the scopes is never changed in place, so shared.
        The history, conflicts and withdrawals are trails, whose copies do not grow with the
        incident: a checkpoint costs nothing that does."""
        scopes = {name: figure.copy() for name, figure in self.scopes.items()}
        total = None if self.total is None else self.total.copy()
        return MetricFold(
            falls=self.falls,
            total=total,
            scopes=scopes,
            retracted=dict(self.retracted),
            earlier=self.earlier,
            lower=self.lower,
            history=self.history.copy(),
            conflicts=self.conflicts.copy(),
            withdrawn=self.withdrawn.copy(),
            spellings=dict(self.spellings),
            headline=total if self.headline is self.total else self.headline,
            derived=self.derived,
            _sum_of_scopes=self._sum_of_scopes,
            _sums=dict(self._sums),
            _kinds=self._kinds,
            _named=self._named,
            _cached=self._cached,
            _signature=self._signature,
        )
