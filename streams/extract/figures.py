"""Figure claims: counts of deaths, injured and arrested, found through the dependency parse.

A count becomes a claim only when the parse ties it to a casualty word, in one of these ways:
- it counts a metric noun: "164 deaths", "6,000 arrests", "a death toll of 164";
- it counts people who are the patient of a casualty verb: "killed 26 demonstrators",
  "4,400 people have been arrested", or the subject of "die": "18 officers died";
- it counts people described by a reduced relative or predicate: "26 people dead",
  "2,000 wounded", "hundreds injured", "left 26 dead";
- it is what a running total reaches: "the death toll rose to 164", "deaths stand at 50".
A count tied to anything else (planes, countries, years, money, ages) is never a claim, and
counts inside dates, times, money and percentages are skipped. Counts of things that are not
people ("20 planes") are not claims even next to a casualty verb.

Not claims (see `modality`): hypothetical, negated, feared or demanded clauses ("could rise
to 200", "may have died", "feared dead"), and a count directly negated ("not 164"). Nor are
the dead and hurt counted together ("killing and injuring nearly 100", "riots that killed and
arrested thousands"), the missing ("279 missing", "unaccounted for"), relatives of victims,
or an age after a name ("Tam Wing, 37, died").

Scope: who was counted (`_scope`: a group, or all of them), then, beside a larger figure of
the same metric in the article, the part a count is (`parts`: in hospital, critical, at the
scene, one day, "including..."; `places`: a named place). A correction ("21, not 30", "the
figure of 164 was withdrawn") marks its claim as correcting and names the figure it replaces.
"""

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from schemas.claim import Metric
from streams.extract.attribution import (
    REPORTING_VERBS,
    attribution,
    phrase,
    reporting_verb,
    takes_lives,
)
from streams.extract.dates import MONTH_NAME, calendar_word, date_of, day_right_after, resolve
from streams.extract.entities import entities, entities_in, entity_at
from streams.extract.history import (
    a_consequence,
    another_hazard,
    another_of_its_kind,
    earlier_event,
    several_events,
)
from streams.extract.lexicon import (
    CARE_NOUNS,
    CARE_VERBS,
    CARERS,
    CUSTODY,
    EXPERIENCER_VERBS,
    FINITE_TAGS,
    INJURIES,
    KIN,
    METRIC_NOUNS,
    MISSING_WORDS,
    PATIENT_VERBS,
    PEOPLE,
    RELATIVES,
    RUNNING_NOUNS,
    SCOPES,
    STATE_WORDS,
    TALLY_NOUNS,
    TOTAL_VERBS,
)
from streams.extract.modality import (
    EARLIER,
    EARLIER_WORDS,
    asserted,
    correction_words,
    corrects,
    disputing,
    own_subject,
    retracted,
    rising,
    semicolon_between,
    since_clause_head,
)
from streams.extract.numbers import VAGUE, Quantity, find_quantities
from streams.extract.parts import (
    arresting_body,
    between_dates,
    dated_day,
    dated_noun,
    dated_toll,
    day_limited,
    found_safe,
    in_an_earlier_month,
    in_condition,
    missing,
    of_who,
    opens_a_part,
    part_scope,
    period_limited,
    risen_by,
    said_alone,
    treated_by_carers,
)
from streams.extract.places import (
    bracketed_place,
    gapped_place,
    item_place,
    listed_place,
    opening_before,
    place_of,
    place_set_before,
)
from streams.extract.texts import text_of
from streams.incidents.background import set_aside
from streams.incidents.gazetteer import a_people, country_of, is_country, known_place
from streams.incidents.when import told_on_another_day

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_SKIP_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
_LIGHT_NOUNS = {"member", "others", "more", "number", "total", "group"}
_CASES = {"case", "incident", "instance"}
_EVENT_NOUNS = {
    "death", "fatality", "killing", "injury", "arrest", "detention", "disappearance", "abduction",
}  # fmt: skip
# Partitive pronouns the parser may take for an object: "70 others injured, some of them
# critically" keeps "injured" passive in sense.
_PARTITIVE_PRONOUNS = {"some", "many", "most", "several", "all", "one", "few"}
# A verb and its object that together say someone died.
_DYING = {("lose", "life"), ("embrace", "martyrdom"), ("meet", "death")}
# Falling ill, as a poison's victims do: "fell ill", "were taken ill", "became sick".
_FALLING = frozenset({"fall", "take", "become", "get"})
_ILL = frozenset({"ill", "sick", "unwell"})
# People a side "loses" in fighting, the dead: "the army lost 12 soldiers" (not "lost 12
# members", "lost 12 seats").
_FIGHTERS = frozenset({
    "soldier", "troop", "man", "officer", "policeman", "fighter", "personnel", "commando",
    "guard", "militant", "rebel", "trooper", "serviceman", "recruit",
})  # fmt: skip
# "sentenced to death" tells of a verdict, not a death.
_SENTENCING = {"sentence", "condemn", "doom"}
# Verbs of holding: a patient only in the passive ("30 were held"), never "the prison holds".
_HELD = {"hold"}
# What orders an arrest without making it.
_ORDERING = {"order", "warrant"}
_HOSTAGE = {"hostage", "hostages", "captive", "captives"}
# Words of a report on an abduction, where people "still being held" are its captives.
_ABDUCTION = {
    "abduct", "abduction", "kidnap", "kidnapping", "kidnapper", "abductor", "captor",
    "captivity", "ransom", "hostage",
}  # fmt: skip
# Those police hold for an abduction.
_CULPRITS = {
    "suspect", "accused", "kidnapper", "abductor", "gunman", "bandit", "militant", "informant",
    "accomplice",
}  # fmt: skip
# Whom abductors take and hold (not "suspects", nor "people", whom police hold too).
_ABDUCTED = {
    "student", "pupil", "schoolchild", "schoolgirl", "schoolboy", "child", "girl", "boy",
    "passenger", "villager", "hostage", "captive", "traveller", "traveler", "worshipper",
}  # fmt: skip
# "Caught in the blaze", "caught up in the crush", "caught on camera": no arrest.
_CAUGHT_ELSE = {"in", "up", "on", "under", "between", "off", "fire"}
_PLACING = {"take", "place", "put"}
# Verbs of bringing people in for care: their object "with injuries" is injured.
_RECEIVING = {"receive", "admit", "treat", "take", "bring", "evacuate", "rescue", "rush", "pull"}
# Verbs that link a subject to the state it ends in: "12 persons resulted injured".
_LINKING = {"result", "remain", "end"}
_PASSIVE_AUX = {"was", "were", "is", "are", "been", "being", "have", "has", "had", "got"}
# Words that introduce a part of a figure, and nouns that name the whole without a metric.
_PART_WORDS = {"among", "between", "of", "including"}
# Of those, the words whose object is the whole: "including" under a count names a part of it.
_WHOLE_WORDS = _PART_WORDS - {"including"}
_WHOLES = {"victim", "victims", "casualty", "casualties"}
_IDENTIFIED = {"identified", "unidentified"}
_GROUP_PRONOUNS = {"them", "whom", "those", "these"}
# Verbs that let people go: "released 900 of those held" counts no casualty or arrest.
_RELEASING = {"release", "free", "discharge", "acquit", "pardon"}
_GRAVE = {"critical", "serious", "grave", "severe"}
_BEING = {"be", "remain", "stay"}
_SUFFERING = {"sustain", "suffer"}


@dataclass(frozen=True)
class Figure:
    """A figure as found in the parse, before it is dressed as a claim."""

    sentence: Span
    quantity: Quantity
    metric: Metric
    scope: str
    attribution: str | None
    as_of: dt.date | None
    corrects: bool
    withdraws: int | None = None  # the figure a correction names as wrong
    disputes: bool = False  # set against another party's figure (see `modality.disputing`)
    rises: bool = False  # an update upwards (see `modality`)
    named_part: bool = False  # said to be a part of its metric's whole ("the dead include 9")


@dataclass(frozen=True)
class Withdrawal:
    """A figure taken back in a sentence that gives no figure of its metric, when the next
    sentence gives none either: "The ministry withdrew its figure of 164 dead." alone."""

    sentence: Span
    value: int
    metric: Metric
    attribution: str | None


@dataclass(frozen=True)
class _Reading:
    metric: Metric
    counted: Token
    anchor: Token
    part: bool = False  # read as a part of a figure named before it ("among them 11 guards")
    step: bool = False  # a later step of a total's rise told in the same sentence


def find_figures(
    doc: Doc,
    published: dt.date,
    wave: bool = False,
    began: dt.date | None = None,
    event: str | None = None,
    day: dt.date | None = None,
) -> list[Figure]:
    """Every asserted casualty or arrest figure in `doc`, in text order; in a report on a
    wave of events (protests over weeks), a count dated to one day is that day's part.
    `began` is the month the reported event began in, as the text gives it: in a report a
    year on, a count dated then is the event's own, not an earlier event's. `event` is the
    reported event's type: in a report on a natural hazard, a count of another hazard is
    another event's. `day` is the day the reported event happened, as the text tells it: a
    count in a sentence on an event days before it is that event's."""
    return read_figures(doc, published, wave, began, event, day)[0]


def read_figures(
    doc: Doc,
    published: dt.date,
    wave: bool = False,
    began: dt.date | None = None,
    event: str | None = None,
    day: dt.date | None = None,
) -> tuple[list[Figure], list[Withdrawal]]:
    """`find_figures`, and the figures taken back with none in their place."""
    withdrawals: list[Withdrawal] = []
    counts_before: list[_CountBefore] = []  # "up from 44 on Monday"
    taken_alone: list[Figure] = []  # "withdrew its figure of 164 dead": a part all the same
    figures: list[Figure] = []
    places: list[str | None] = []
    parts: list[str | None] = []
    bodies: list[str | None] = []  # who made the arrests, for counts of arrests
    # Figures a withdrawal named in a sentence that gave none: the next sentence's first
    # figure of their metric replaces them ("It withdrew the figure of 164 dead. It said 103
    # had died.").
    pending: list[tuple[int, Metric | None]] = []  # the metric is known for each
    named_in: Span | None = None  # the sentence that named them
    # The metric of a publisher's note that a figure was wrong, where it named none and none
    # came before: "An earlier version misstated the number of arrests. It is 50, not 500."
    noted: Metric | None = None
    before: Span | None = None
    # The sentence before read a count of several events together, which a note after it
    # may set right ("The correct figure is 53").
    several = False
    # The one metric a sentence with no figure turned to ("The count of injured has been more
    # stable."): the metric of the bare counts that follow, not that of the last figure read.
    topic: Metric | None = None
    # A sentence that read no figure but counted something else ("New cases fell to fewer
    # than 10 a week."): the bare counts of the next one may be of that too ("The cumulative
    # total is 571.").
    others_before = False
    for sentence in doc.sents:
        correcting = corrects(sentence, before)
        before = sentence
        after_several = several and correcting
        several = False
        first = len(figures)
        wrong: list[tuple[int, Metric | None]] = []
        told_wrong: list[tuple[Quantity, Token]] = []  # "14, not 15 as it said last week"
        changes: list[tuple[Token, Quantity, Token]] = []  # "from N": its verb, its count
        others_counted = False  # a count of something else came before in the sentence
        withdrawn_metric = pending[0][1] if pending else noted
        last_read: Quantity | None = None  # the count just read into a figure
        for local in _with_counts_in_words(sentence, find_quantities(text_of(sentence))):
            quantity = _particle_up(doc, _shift(local, sentence.start_char))
            if last_read is not None and _written_again(text_of(doc), last_read, quantity):
                continue  # "forty-eight (48) persons": one count, written twice
            last_read = None
            written = quantity
            number = doc.char_span(quantity.num_start, quantity.num_end, alignment_mode="expand")
            if number is not None and _counted_twice(number):
                continue
            if (
                number is not None
                and correcting
                and not _calendar_day(number)  # "In an article on 12 July, we reported"
                and _named_wrong(number, quantity)
            ):
                if several_events(number.root):
                    several = True  # "the combined toll of the two fires was 55": none here
                    continue
                metric = (
                    _wrong_metric(number, sentence)
                    or _metric_before(sentence, figures)
                    or _owners_metric(number.root, figures)
                )
                wrong.append((quantity.value, metric))
                told_wrong.append((quantity, number.root))
                continue
            if number is None:
                continue
            changed = _changed_from(number.root)
            if changed is not None:
                # "rose to 14 from nine", "rose from six on Monday to 19": the count before, of
                # the count the verb reaches, which may come after it.
                changes.append((changed, quantity, number.root))
                last_read = written
                continue
            compared = _compared_with(number, figures[first:])
            if compared is not None:
                # "rose to 31, up from 19 on Friday": the count before, of the one beside it.
                day = _day_before(number.root, compared, published)
                at = next(i for i in range(len(figures)) if figures[i] is compared)
                counts_before.append(_CountBefore(at, quantity, day))
                last_read = written
                continue
            rival = _rival_of(number, figures[first:])
            if rival is not None:
                # "143 had died, a higher figure than the 118 reported by the ministry": the
                # other body's count of the same people.
                at = figures.index(rival)
                figures.append(
                    replace(
                        rival,
                        quantity=quantity,
                        attribution=_told_by(number.root) or rival.attribution,
                        corrects=False,
                        rises=False,
                        disputes=False,
                        withdraws=None,
                    )
                )
                places.append(places[at])
                parts.append(parts[at])
                bodies.append(bodies[at])
                last_read = written
                continue
            if _skipped(number, quantity):
                continue
            latest = figures[-1].metric if figures else None
            flow = topic if topic is not None and len(figures) == first else latest
            previous = (None if _a_share(number) else _restated(quantity, figures)) or flow
            # Or the sentence before, until this one reads a figure.
            after_others = others_counted or (others_before and len(figures) == first)
            if after_others and (previous == "deaths" or _in_shelter(number.root)):
                # After a count of something else, a bare count is none of the dead: "1,390
                # patients admitted, of whom 312 ...", "admissions above 1,600; the exact
                # figure is 1,612" (one of those in care may be of the injured); nor are
                # those in shelters or camps any of the hurt ("12,000 evacuated, of whom
                # 9,000 are in shelters").
                previous = None
            if wrong and len(figures) == first:
                # "reported 52 deaths but later revised the figure to 48": of the wrong one's.
                previous = wrong[-1][1] or previous
            if withdrawn_metric is not None and _the_right_one(number.root, True):
                # "... gave the number of missing as 43, an error. The agency's figure is 34":
                # the figure set right is of the wrong one's metric, not of the count before.
                reading: _Reading | None = _Reading(withdrawn_metric, number.root, number.root.head)
            else:
                reading = _read(number.root, previous)
            if reading is not None and _another_headline_clause(number.root, reading.anchor):
                reading = None  # "53 Inmates Escape, One Officer Killed": the one killed
            if reading is None and previous is not None and _next_nation_listed(number.root):
                # "The dead include seven Indians, five Nepalis and one Kuwaiti", a list the
                # parser scatters: each count after the first is another part of the dead.
                counted = _counted(number.root)
                reading = _Reading(previous, counted, counted, part=True)
            gapped = (
                (
                    gapped_place(number.root)
                    or item_place(number.root)
                    or listed_place(number.root)
                    or bracketed_place(number.root)
                )
                if reading is None
                else None
            )
            if gapped is not None and figures and figures[-1].sentence == sentence:
                # "X reporting 71 deaths, Y 26 and Z 18": the count shares the figure before.
                figures.append(replace(figures[-1], quantity=quantity))
                last_read = written
                places.append(gapped)
                parts.append(None)
                bodies.append(bodies[-1])
                continue
            listed = _listed_by_place(sentence, number.root) if gapped is not None else None
            # A list item under a label, however else the parser let the count be read.
            under = _listed_under_label(number.root, previous)
            if under is not None:
                listed, gapped = under
            if listed is not None:
                reading = listed
            gone = missing(number[-1])
            if gone and found_safe(number[-1]):
                continue
            if reading is None and gone:
                reading = _missing_reading(number.root)
            if reading is None and in_condition(number[-1]):
                reading = _Reading("injured", number.root, number.root.head)
            if reading is None:
                reading = (
                    _labelled(number.root)
                    # Not of the figure before when a count of something else came between.
                    or (
                        None
                        if others_counted
                        else _part_of_the_last(number, quantity, sentence, figures)
                    )
                    or _in_all(number.root, previous)
                    or _next_step(number, figures[first:])
                    or _framed_part(number.root, previous)
                )
            if reading is None:
                named_wrong = withdrawn_metric or next((m for _, m in reversed(wrong) if m), None)
                set_right = _set_right(
                    number.root,
                    named_wrong,
                    correcting and not wrong,
                    sentence,
                    figures[:first],
                    figures[first:],
                )
                if set_right is not None:
                    right, replaced = set_right
                    reading = _Reading(right, number.root, number.root.head)
                    wrong += replaced
            if reading is None:
                others_counted = others_counted or _count_of_others(number.root, quantity)
                continue
            if several_events(reading.anchor) or (
                after_several and _the_right_one(number.root, True)
            ):
                # "two fires ..., which together have left 53 dead", and the figure a note
                # sets right after such a count: no one event's.
                several = True
                continue
            if not _stated(reading, number.root, published, began, event, day):
                continue
            if reading.metric == "arrested" and _held_or_else(reading.counted):
                continue
            quantity = _and_one_more(quantity, reading, number.root)
            if correcting and not wrong and _revised_to(number.root):
                # "had said 300 were arrested; it has since lowered that number to 230".
                wrong += _the_one_before(figures[first:], reading.metric)
            respective = _respective(number.root)
            if respective is not None:
                reading = replace(reading, metric=respective)
            elif gone:
                reading = replace(reading, metric="missing")  # never dead or injured
            said = reporting_verb(reading.anchor)
            as_of = (
                _day_of_a_step(number.root, reading.anchor, published)
                or date_of(reading.anchor, published, since=False)
                or _day_of_a_dated_toll(number.root, published)
                or (date_of(said, published, since=False) if said is not None else None)
                or _day_of_a_lead_in(number.root, published)
                or _day_of_an_earlier_toll(reading.anchor, published)
            )
            # Insisting on a figure is disputing one only beside another of its metric.
            disputes = disputing(reading.anchor) and any(
                o.metric == reading.metric and o.quantity.value != quantity.value for o in figures
            )
            figures.append(
                Figure(
                    sentence=sentence,
                    quantity=quantity,
                    metric=reading.metric,
                    scope=_scope(number.root, reading.counted, reading.metric),
                    attribution=attribution(reading.anchor, sentence),
                    as_of=as_of,
                    corrects=(correcting and not _another_metric_corrected(number.root, reading))
                    or disputes
                    or rising(number.root)
                    or reading.step
                    or _set_back(number.root),
                    rises=rising(number.root) or reading.step,
                    disputes=disputes,
                    named_part=reading.part,
                )
            )
            last_read = written
            places.append(
                (gapped if listed is not None else None)
                or place_of(number.root, reading.counted, reading.anchor)
                or _sole_country(sentence, number.root)
                or place_set_before(sentence)
            )
            # "Another" after a count of another metric in the sentence tells other people,
            # and so does one that restates a whole count ("nine dead and 23 trapped. ...
            # nine died and another 23 remain trapped"): it follows the count told before it,
            # not the one it restates; restating an addition, it adds.
            other = any(f.metric != reading.metric for f in figures[first:-1])
            again = _whole_restated(quantity, reading.metric, figures[:-1], parts)
            told_before = flow if other or again else previous
            part = _part_words(reading, quantity, number, wave, told_before, published)
            if part is None and _detailed_with(number.root, figures[first:-1], figures[-1]):
                part = "subset"
            if part is None and _more_of_a_part(reading, figures[first:-1], parts[first:]):
                part = "subset"
            if part is None and a_consequence(reading.anchor, event):
                part = "subset"  # "the hoarding collapse has claimed nine lives", in a storm
            if (
                part is None
                and reading.metric == "missing"
                and as_of is None
                and _earlier_toll(reading.anchor) is not None
            ) or (part in (None, "subset") and _put_at_first(number.root)):
                # "had initially said that 40 of its members were missing": first, however
                # its words limit it.
                part = _EARLIER
            parts.append(part)
            bodies.append(arresting_body(reading.anchor) if reading.metric == "arrested" else None)
        metrics = {metric for _, metric in pending} | ({noted} if noted else set())
        target = next((i for i in range(first, len(figures)) if figures[i].metric in metrics), None)
        if target is not None:
            as_of = figures[target].as_of or _set_right_then(sentence, named_in, published)
            figures[target] = replace(figures[target], corrects=True, as_of=as_of)
            wrong += pending
        elif named_in is not None:
            withdrawals += _taken_back(named_in, pending)
        taken = _wrong_here(sentence, figures[first:]) if correcting and not wrong else None
        if taken is not None:
            # Given and taken back in one sentence: replaced by a later count of its metric
            # there, or withdrawn with none in its place.
            wrong = [(taken.quantity.value, taken.metric)]
            after = figures[figures.index(taken) + 1 :]
            if not any(f.metric == taken.metric for f in after):
                withdrawals += _taken_back(sentence, wrong)
        elif correcting and not wrong and len(figures) > first and _a_figure_called_wrong(sentence):
            # "It later said the figure was a mistake and that 25 people had died."
            wrong = _taken_back_by_its_source(sentence, figures, first)
        figures[first:] = [_withdrawing(figure, wrong) for figure in figures[first:]]
        counts_before += _changed_counts(doc, changes, figures, first, published)
        counts_before += _counts_told_wrong(told_wrong, figures, first, published)
        taken_alone += _taken_alone(sentence, told_wrong, wrong, figures[first:])
        withdrawn_alone = correcting and len(figures) == first
        # A part set right ("said nine of the dead were Armenians") takes back no total.
        parts_wrong = {q.value for q, n in told_wrong if _of_the_counted(n)}
        pending = (
            [(v, m) for v, m in wrong if m is not None and v not in parts_wrong]
            if withdrawn_alone
            else []
        )
        if withdrawn_alone and not wrong and not several:
            pending = _the_figure_before(sentence, figures)
        # Only a publisher's note: "the ministry revised its toll" says nothing of the next
        # count it gives.
        in_note = _metrics_named(sentence) if _a_note(sentence) else []
        noted = in_note[0] if withdrawn_alone and not pending and len(in_note) == 1 else None
        named_in = sentence if pending else None
        others_before = others_counted and len(figures) == first
        if len(figures) > first:
            topic = None
        elif named := _metrics_named(sentence):
            topic = named[0] if len(named) == 1 else None
    if named_in is not None:
        withdrawals += _taken_back(named_in, pending)
    scoped = _part_scopes(_by_one_body(figures, bodies), places, parts, wave)
    figures = _with_counts_before(_below_update(_updates(scoped), places, wave), counts_before)
    figures = _set_right_by_a_note(figures, withdrawals)
    return _one_of_more(figures + taken_alone), withdrawals


def _set_back(number: Token) -> bool:
    """ "bringing the toll back to two", "the toll went back down to 31": a count returned to
    an earlier one, a figure withdrawn on the way."""
    doc = number.doc
    return (
        number.dep_ == "pobj"
        and number.head.lower_ == "to"
        and number.i >= 2
        and "back" in {doc[number.head.i - 1].lower_, doc[max(number.head.i - 2, 0)].lower_}
    )


# A publisher's note on its own earlier text: "an earlier version of this article said".
_EARLIER_VERSION = re.compile(
    r"\b(?:earlier|previous|original|first|initial) version of (?:this|the) "
    r"(?:article|story|report|dispatch|update|post|page)\b",
    re.IGNORECASE,
)


def _set_right_by_a_note(figures: list[Figure], withdrawals: list[Withdrawal]) -> list[Figure]:
    """A figure taken back with none in its place, by a publisher's note ("An earlier version
    said seven had died") or by its source ("the ministry withdrew a figure of 163 deaths"):
    the article's own last total of the metric given before it, by that source or by none
    named (a note's, by anyone), is the figure set right."""
    for withdrawal in withdrawals:
        key = (withdrawal.value, withdrawal.metric)
        given = [f for f in figures if (f.quantity.value, f.metric) == key]
        if given and all(f.named_part or f.scope not in ("total", "subset") for f in given):
            continue  # a group's count taken back ("four of the dead were ours") sets no total
        note = _EARLIER_VERSION.search(text_of(withdrawal.sentence)) is not None
        totals = [
            f
            for f in figures
            if f.metric == withdrawal.metric
            and f.scope == "total"
            and f.sentence.start < withdrawal.sentence.start
            and f.quantity.value != withdrawal.value
            and (note or _one_source(f.attribution, withdrawal.attribution))
        ]
        if not totals:
            continue
        right = totals[-1].quantity.value
        figures = [
            replace(f, corrects=True, withdraws=withdrawal.value)
            if f in totals and f.quantity.value == right and f.withdraws is None
            else f
            for f in figures
        ]
    return figures


def _one_source(given_by: str | None, taken_back_by: str | None) -> bool:
    """The body that gave a figure is the one that took another back, or the figure's giver
    is not named."""
    if given_by is None:
        return True
    if taken_back_by is None:
        return False
    return bool((_words_of(given_by) - _ARTICLES) & _words_of(taken_back_by))


def _words_of(source: str | None) -> set[str]:
    """The words of who gave a figure, to match one source against another."""
    return set(re.findall(r"\w+", (source or "").lower()))


_ARTICLES = frozenset({"the", "a", "an", "its", "of"})


_OPENING = re.compile(r"\s*\(\s*")


def _another_metric_corrected(number: Token, reading: _Reading) -> bool:
    """ "Rescuers reported 19 dead on the first night; the injured count was revised down to
    96": the clause across the semicolon corrects a count of another metric, and says
    nothing of this one."""
    sentence = number.sent
    cuts = [t.i for t in sentence if t.text == ";"]
    if not cuts:
        return False
    doc = number.doc
    bounds = zip([sentence.start, *(i + 1 for i in cuts)], [*cuts, sentence.end], strict=True)
    clauses = [doc[start:end] for start, end in bounds]
    own = next(c for c in clauses if c.start <= number.i < c.end)
    others = [c for c in clauses if c is not own and correction_words(c.text)]
    if correction_words(own.text) or not others:
        return False
    named = {m for clause in others for m in _metrics_named(clause)}
    return bool(named) and reading.metric not in named


def _count_of_others(number: Token, quantity: Quantity) -> bool:
    """A count no figure was read from, of people or things the text names ("1,390 patients
    have been admitted", "admissions have climbed above 1,600"): the bare counts after it in
    its sentence ("of whom 312", "the exact figure is 1,612") may be of those. Not a few
    things that describe ("in the two countries")."""
    if quantity.value < 10:
        return False
    head = number.head
    if number.dep_ in ("nummod", "compound"):  # "several dozen militants" hangs as a compound
        return head.tag_ in ("NNS", "NNPS")
    return number.dep_ == "pobj" and head.lower_ in _TOTAL_PREPS and head.head.pos_ == "VERB"


def _written_again(text: str, first: Quantity, again: Quantity) -> bool:
    """`again` repeats the count `first` just gave, in brackets ("nine (9)", "12 (twelve)")."""
    between = text[first.end : again.start]
    closed = text[again.end : again.end + 1] == ")"
    return again.value == first.value and closed and _OPENING.fullmatch(between) is not None


def _a_share(number: Span) -> bool:
    """ "of whom 14 ...", "14 of them": a share of the count just given, never a count given
    before restated, whatever its number."""
    doc = number.doc
    before = tuple(t.lower_ for t in doc[max(number.start - 2, 0) : number.start])
    after = tuple(t.lower_ for t in doc[number.end : number.end + 2])
    return before in _OF_THEM or after in _OF_THEM


def _restated(quantity: Quantity, figures: list[Figure]) -> Metric | None:
    """The metric of an earlier figure of this very number, which a bare count restates
    ("131 have been confirmed dead. ... The ministry's figure of 131 is higher than the
    police's"), whatever figure came between; not a small number, which may be another's."""
    if quantity.value < 10:
        return None
    return next((f.metric for f in reversed(figures) if f.quantity.value == quantity.value), None)


def _whole_restated(
    quantity: Quantity, metric: Metric, figures: list[Figure], parts: list[str | None]
) -> bool:
    """The latest earlier figure of this very number and metric is a whole, no part."""
    at = next(
        (
            i
            for i in reversed(range(len(figures)))
            if figures[i].quantity.value == quantity.value and figures[i].metric == metric
        ),
        None,
    )
    return at is not None and parts[at] is None


def _a_figure_called_wrong(sentence: Span) -> bool:
    """The sentence calls a figure it gives no number for wrong or withdrawn: "the figure was
    a mistake", "withdrew that number", "said this was an overestimate"."""
    return any(
        _calls_wrong(t, pronoun=t.lower_ in ("this", "that") and t.dep_ == "nsubj")
        for t in sentence
    )


def _calls_wrong(word: Token, pronoun: bool) -> bool:
    """`word` (a tally noun, or a pronoun when `pronoun`) names a figure without giving its
    number and calls it wrong or withdrawn."""
    named = pronoun or word.lemma_.lower() in TALLY_NOUNS
    return (
        named and not any(c.like_num or c.dep_ == "prep" for c in word.children) and retracted(word)
    )


def _taken_back_by_its_source(
    sentence: Span, figures: list[Figure], first: int
) -> list[tuple[int, Metric | None]]:
    """The figure of the sentence before, when the sentence that calls it wrong speaks for
    its source (or names none): not another party's dispute ("the opposition said the figure
    was wrong and that 300 had been detained")."""
    given = _the_figure_before(sentence, figures[:first])
    earlier = [f.attribution for f in figures[:first] if (f.quantity.value, f.metric) in given]
    sources = {f.attribution for f in figures[first:]} - {None}
    return given if sources <= set(earlier[-1:]) else []


def _the_one_before(
    here: list[Figure], metric: Metric | None = None
) -> list[tuple[int, Metric | None]]:
    """The one figure (of `metric`, if named) its sentence gave before a count set anew."""
    given = [f for f in here if metric is None or f.metric == metric]
    return [(given[0].quantity.value, given[0].metric)] if len(given) == 1 else []


def _wrong_here(sentence: Span, here: list[Figure]) -> Figure | None:
    """The figure a sentence gives and then calls wrong or takes back by a word of its own:
    "the ministry posted a figure of 2,700 arrests, then withdrew it", "TV stations reported
    39 deaths; officials said that number was wrong"."""
    for word in sentence:
        given = [f for f in here if f.quantity.end <= word.idx]
        one_metric = given and len({f.metric for f in given}) == 1
        if one_metric and _calls_wrong(word, pronoun=word.lower_ in ("it", "this", "that")):
            return given[-1]
    return None


def _set_right_then(sentence: Span, named_in: Span | None, published: dt.date) -> dt.date | None:
    """ "In an article on 12 July, we reported that 71 were missing. The correct figure at the
    time was 17.": the figure set right is of the day the wrong one was given, not today's."""
    if named_in is None or "at the time" not in text_of(sentence).lower():
        return None
    return _day_named(named_in, published)


def _of_the_counted(number: Token) -> bool:
    """ "nine of the dead", "two of them": a count of some of the counted."""
    wholes = [g for c in number.children if c.lower_ == "of" for g in c.children]
    return any(
        g.dep_ == "pobj" and (g.lower_ == "them" or any(d.dep_ == "det" for d in g.children))
        for g in wholes
    )


def _given_before(sentence: Span, figures: list[Figure]) -> list[Figure]:
    """The figures of the sentence before, past a label the parser made a sentence of
    ("Correction:")."""
    if sentence.start == 0:
        return []
    before = sentence.doc[sentence.start - 1].sent
    while before.start > 0 and len(before) <= _LABEL_WORDS and before[-1].text == ":":
        before = sentence.doc[before.start - 1].sent
    return [f for f in figures if f.sentence == before]


# How many words a label before a colon has at most: "Correction:", "Editor's note:".
_LABEL_WORDS = 4


def _metric_before(sentence: Span, figures: list[Figure]) -> Metric | None:
    """The one metric the sentence before counted: "986 people were treated. It had earlier
    given a figure of 1,042 but withdrew it": the wrong figure is of the injured."""
    metrics = {f.metric for f in _given_before(sentence, figures)}
    return metrics.pop() if len(metrics) == 1 else None


def _the_figure_before(sentence: Span, figures: list[Figure]) -> list[tuple[int, Metric | None]]:
    """ "The ministry said 164 people had died. It later withdrew the figure, citing a
    technical error": a correction with no number takes back the figure of the sentence
    before, when that sentence gives one figure of the metric the correction names, or of
    one metric if it names none. Not a figure that set another right ("The correct figure is
    nine. The earlier figure wrongly included ...": the earlier one is the one it replaced)."""
    given = _given_before(sentence, figures)
    named = _metrics_named(sentence)
    if named:
        given = [f for f in given if f.metric in named]
    if len(given) != 1 or given[0].withdraws is not None:
        return []
    return [(given[0].quantity.value, given[0].metric)]


def _set_right(
    number: Token,
    named: Metric | None,
    correcting: bool,
    sentence: Span,
    before: list[Figure],
    here: list[Figure],
) -> tuple[Metric, list[tuple[int, Metric | None]]] | None:
    """The metric of a count a correction sets right with no word of its own, and the figure
    it replaces when that comes from the sentence before. With a metric a withdrawal or the
    wrong figure named: "It said 40 had died. The correct number is 14.", "the claim that
    500 had died was walked back; the confirmed number was 212". In a correction that named
    no wrong figure, of the figure before, in the sentence before or earlier in its own: "The
    toll was put at 41. Officials later revised it down to 30.", "... walked back the claim,
    saying the confirmed number was 30", "TV stations reported 39 deaths; officials said that
    number was wrong, and the stations revised it down to 33"."""
    if named is not None and (
        _the_right_one(number, after_a_wrong_one=True) or _revised_to(number)
    ):
        return named, []
    if not correcting or not (_revised_to(number) or _the_right_one(number)):
        return None
    replaced = _the_figure_before(sentence, before) or _the_one_before(here)
    metric = replaced[0][1] if replaced else None
    return None if metric is None else (metric, replaced)


def _a_note(sentence: Span) -> bool:
    """ "An earlier version of this article misstated ...": the publisher's own correction."""
    return _VERSION_WORDS.search(text_of(sentence)) is not None and any(
        t.lemma_.lower() in _VERSIONS for t in sentence
    )


# The beginnings of every form of `_VERSIONS` ("entries"): most sentences have none, and their
# words need not be read.
_VERSION_WORDS = re.compile(r"\b(?:version|edition|draft|entr(?:y|ie))", re.IGNORECASE)


def _metrics_named(sentence: Span) -> list[Metric]:
    return list(dict.fromkeys(m for t in sentence if (m := _metric_word(t)) is not None))


def _taken_back(sentence: Span, named: list[tuple[int, Metric | None]]) -> list[Withdrawal]:
    """The figures a sentence took back, that nothing replaced; who took them back is the
    subject of the sentence's main verb ("the ministry withdrew ...")."""
    by = _taker(sentence)
    return [
        Withdrawal(sentence, value, metric, by)
        for value, metric in dict.fromkeys(named)
        if metric is not None
    ]


def _taker(sentence: Span) -> str | None:
    """The subject of the sentence's main verb, unless a pronoun."""
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    return None if subject is None or subject.pos_ == "PRON" else phrase(subject)


def _more_of_a_part(reading: _Reading, before: list[Figure], parts: list[str | None]) -> bool:
    """ "14 villagers were identified among the dead and 20 more are still missing": a bare
    "N more" after a part of another metric in its sentence is more of that part's people."""
    number = reading.counted
    return (
        bool(before)
        and parts[-1] == "subset"
        and before[-1].metric != reading.metric
        and any(c.lower_ == "more" and c.dep_ in ("amod", "advmod") for c in number.children)
        and number.like_num
    )


def _by_one_body(figures: list[Figure], bodies: list[str | None]) -> list[Figure]:
    """When the article tells of arrests by two bodies ("the anti-graft watchdog arrested
    eight; police had arrested three for manslaughter"), each body's count is a part: the
    arrests of all of them are the whole."""
    if len({body for body in bodies if body is not None}) < 2:
        return figures
    return [
        replace(figure, scope="subset") if body is not None and figure.scope == "total" else figure
        for figure, body in zip(figures, bodies, strict=True)
    ]


def _updates(figures: list[Figure]) -> list[Figure]:
    """A total higher than one the article calls earlier of its metric updates it ("Police
    had earlier confirmed 90 deaths" beside 112 dead). Of two totals in the sentence that
    says "earlier", the one nearer the word is the earlier ("the fresh figure of 731 is far
    above the 540 given a day earlier")."""
    earlier = [f for f in figures if f.scope == "total" and _called_earlier(f, figures)]
    return [
        replace(figure, corrects=True, rises=True)
        if not figure.corrects
        and figure.scope == "total"
        and figure not in earlier
        and any(
            e.metric == figure.metric and e.quantity.value < figure.quantity.value for e in earlier
        )
        else figure
        for figure in figures
    ]


def _and_one_more(quantity: Quantity, reading: _Reading, number: Token) -> Quantity:
    """One more than the number when a single person is joined to the noun it counts:
    "seven men and a woman were arrested", "two directors and an engineer"."""
    counted = reading.counted
    # Not a count the parser hung on a nearer count's noun: "stands at 12 - 11 patients and
    # a nurse" lists the 12.
    if counted.i == number.i or quantity.qualifier != "exact" or _nearer_count(number, counted):
        return quantity
    one = next((c for c in counted.children if c.dep_ == "conj" and _a_single(c)), None)
    # "two Russians and a Kazakh national": a breakdown by nationality, two counts.
    if one is None or (_of_a_nation(counted) and _of_a_nation(one)):
        return quantity
    end = one.idx + len(one.text)
    return replace(
        quantity,
        end=end,
        value=quantity.value + 1,
        low=quantity.low + 1,
        high=None if quantity.high is None else quantity.high + 1,
        as_written=text_of(counted.doc)[quantity.start : end],
    )


# Verbs whose subject, "a guard" or "an officer", is one person counted.
_ONE_COUNTED = frozenset({"die", "kill", "injure", "wound", "hurt", "arrest", "detain"})


def _written_count(sentence: Span, first: Token, last: Token, value: int) -> Quantity:
    """An exact count written in words from `first`, its number word ("a", "no"), to `last`."""
    return Quantity(
        start=first.idx - sentence.start_char,
        end=last.idx + len(last.text) - sentence.start_char,
        num_start=first.idx - sentence.start_char,
        num_end=first.idx + len(first.text) - sentence.start_char,
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        as_written=text_of(sentence.doc)[first.idx : last.idx + len(last.text)],
    )


def _with_counts_in_words(sentence: Span, quantities: list[Quantity]) -> list[Quantity]:
    """The counts of a sentence with those written as words (`_single_people`,
    `_none_missing_counts`), in text order."""
    found = [*quantities, *_single_people(sentence), *_none_missing_counts(sentence)]
    return sorted(found, key=lambda q: q.start)


def _single_people(sentence: Span) -> list[Quantity]:
    """ "a security guard was killed", "a woman died": one person of whom a casualty verb is
    said, counted as 1 (a list's "and a woman" is its count's)."""
    return [
        _written_count(sentence, det, noun, 1)
        for noun in sentence
        if (
            (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _ONE_COUNTED)
            # "a trader was beaten to death", "a farmer was shot dead".
            or (
                noun.dep_ == "nsubjpass"
                and noun.head.lemma_.lower() not in _SENTENCING
                and _to_death(noun.head)
            )
        )
        and noun.lemma_.lower() in PEOPLE
        and noun.tag_ == "NN"
        and (det := _single_det(noun)) is not None
    ]


# Words for no one at all: "no one", "nobody", "none", "no residents".
_NO_ONE = frozenset({"nobody", "none", "no-one"})


def _none_missing_counts(sentence: Span) -> list[Quantity]:
    """ "no one remains missing", "nobody is listed as missing", "no residents are now
    unaccounted for", "there are no more missing persons": none missing, a count of 0."""
    return [
        _written_count(sentence, sentence.doc[subject.left_edge.i], subject, 0)
        for subject in sentence
        if (subject.dep_ in ("nsubj", "nsubjpass") and _none_missing(subject))
        or _no_missing_left(subject)
    ]


def _no_missing_left(noun: Token) -> bool:
    """ "There are no more missing persons": the noun a "there is" clause denies."""
    return (
        noun.dep_ == "attr"
        and noun.lemma_.lower() in PEOPLE
        and any(c.dep_ == "expl" for c in noun.head.children)
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        and any(c.lower_ in MISSING_WORDS for c in noun.children)
    )


def _none_missing(subject: Token) -> bool:
    """No one, or no people, is what a missing word says of its clause."""
    no = any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
    people = subject.lower_ == "one" or subject.lemma_.lower() in PEOPLE
    if not (subject.lower_ in _NO_ONE or (no and people)):
        return False
    clause = [w for w in subject.head.subtree if w.i not in {t.i for t in subject.subtree}]
    return any(w.lower_ in MISSING_WORDS for w in clause)


def _one_of_more(figures: list[Figure]) -> list[Figure]:
    """One person of an article that counts more of the metric ("a woman died in hospital on
    Monday", beside the toll of 27) is a part of the count, not a total of 1."""
    most: dict[Metric, int] = {}
    for f in figures:
        most[f.metric] = max(most.get(f.metric, 0), f.quantity.low)
    return [
        replace(f, scope="subset")
        if f.scope == "total" and _one_person(f.quantity) and most[f.metric] > 1
        else f
        for f in figures
    ]


def _one_person(quantity: Quantity) -> bool:
    """ "a woman", not "a dozen"."""
    return quantity.value == 1 and quantity.as_written.split(maxsplit=1)[0].lower() in ("a", "an")


def _a_single(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and _single_det(noun) is not None


def _single_det(noun: Token) -> Token | None:
    """The "a" or "an" of "a woman"."""
    return next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)


def _below_update(figures: list[Figure], places: list[str | None], wave: bool) -> list[Figure]:
    """A count below an update of its metric that the article gives ("the toll rose to 148")
    is a part: its place's, if it names one, else one group's or, in a wave or of arrests,
    one day's (the bodies found in one building, the 26 killed on Saturday). A count given
    as a tally ("the previous toll was", "had earlier confirmed"), vaguely ("dozens"), or on
    the day of a sudden event ("the quake killed 2,000 on Friday") stays the whole of its
    time, which the update supersedes."""
    risen = [f for f in figures if f.rises and f.scope == "total"]
    return [
        replace(figure, scope=place or ("subset" if figure.as_of is None else "one_day"))
        if figure.scope == "total"
        and not figure.corrects
        and (figure.as_of is None or wave or figure.metric == "arrested")
        and figure.quantity.qualifier != "vague"
        and not _a_tally(figure.sentence)
        and any(
            r.metric == figure.metric
            and r.quantity.low > figure.quantity.low
            and figure.attribution in (None, r.attribution)
            # "38 were killed, a figure later raised to 42": the count it updated (but "24
            # on its side of the border, bringing the total to 35" is that side's part).
            and (r.sentence != figure.sentence or place is not None)
            for r in risen
        )
        else figure
        for figure, place in zip(figures, places, strict=True)
    ]


def _a_tally(sentence: Span) -> bool:
    """A toll, a count said to be earlier, or one the dead or injured themselves climbed to
    ("the wounded had climbed to 1,650")."""
    return EARLIER.search(text_of(sentence)) is not None or any(
        t.lemma_.lower() in RUNNING_NOUNS
        or (
            t.lemma_.lower() in _CLIMBING
            and any(c.dep_ == "nsubj" and _metric_word(c) is not None for c in t.children)
        )
        for t in sentence
    )


def _called_earlier(figure: Figure, figures: list[Figure]) -> bool:
    said = EARLIER.search(text_of(figure.sentence))
    if said is None:
        return False
    at = figure.sentence.start_char + said.start()

    def distance(other: Figure) -> int:
        return abs(other.quantity.start - at)

    same = [o for o in figures if o.sentence == figure.sentence and o.metric == figure.metric]
    return distance(figure) == min(map(distance, same))


def _listed_by_place(sentence: Span, number: Token) -> _Reading | None:
    """The first of counts listed by place, whose metric the sentence's subject names: "the
    dead are from X (17), Y (3) and Z (1)" (the others share it as gapped counts)."""
    clause = _verb_above(number)
    if not sentence.start <= clause.i < sentence.end:
        return None
    for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        # "the dead are from ...", "the largest number of casualties were in ..."
        for noun in (subject, _of_object(subject)):
            if noun is None or subject.i > number.i:
                continue
            metric = METRIC_NOUNS.get(noun.lemma_.lower()) or STATE_WORDS.get(noun.lower_)
            if metric is not None:
                return _Reading(metric, number, clause)
    return None


def _wrong_metric(number: Span, sentence: Span) -> Metric | None:
    """The metric of a figure a correction names as wrong: its own ("said 30 were
    missing"), else the one metric the correction names ("corrected the number of people
    injured, which was misstated as 410")."""
    named = _read(number.root, None)
    if named is None and missing(number[-1]):
        named = _missing_reading(number.root)
    if named is not None:
        return named.metric
    metrics = _metrics_named(sentence)
    return metrics[0] if len(metrics) == 1 else None


def _owners_metric(number: Token, figures: list[Figure]) -> Metric | None:
    """The metric of the figures its owner gave, for a count a note names by its owner alone:
    "an earlier version said the ombudsman's count was 32", after "the ombudsman says 31
    died"."""
    verb = number.head
    tallies = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in TALLY_NOUNS]
    owners = {o.lower_ for t in tallies for o in t.children if o.dep_ == "poss"}
    metrics = {f.metric for f in figures if owners & _words_of(f.attribution)}
    return metrics.pop() if len(metrics) == 1 else None


def _missing_reading(number: Token) -> _Reading | None:
    """ "279 missing", "40 fishermen are still missing": a count of people with nothing
    else to read it by."""
    counted = _counted(number)
    if counted.i != number.i and not _is_people(counted, number):
        return None
    verb = next((a for a in counted.ancestors if a.pos_ in ("VERB", "AUX")), counted)
    return _Reading("missing", counted, verb)


def _respective(number: Token) -> Metric | None:
    """ "The injured and missing were 4,520 and 440 respectively": the k-th count of a list
    takes the k-th word of the list it answers."""
    sentence = number.sent
    if not any(t.lower_ == "respectively" for t in sentence):
        return None
    first = number
    while first.dep_ == "conj" and first.head.like_num:
        first = first.head
    counts = [first, *(c for c in first.subtree if c.dep_ == "conj" and c.like_num)]
    words = [t for t in sentence if t.i < first.i and _metric_word(t) is not None]
    if number not in counts or len(words) != len(counts):
        return None
    return _metric_word(words[counts.index(number)])


# Where the held are: "the number of people in custody".
_HELD_IN = frozenset({"custody", "detention"})
# Nouns for victims, the dead where the words say so ("fatal victims", "the victims died").
_VICTIMS = frozenset({"victim", "casualty"})
# The care a tally of the hurt counts them by: "the number of people treated".
_CARE_GIVEN = frozenset({"treated", "admitted"})
# The only forms and lemmas `_metric_word` reads a metric in; most words are none of them,
# and the checks of their children cost more than these lookups.
_METRIC_FORMS = frozenset({*MISSING_WORDS, *STATE_WORDS, *_CARE_GIVEN})
_METRIC_LEMMAS = frozenset({*METRIC_NOUNS, *_VICTIMS, "case", *_HELD_IN})


def _metric_word(token: Token) -> Metric | None:
    if token.lower_ not in _METRIC_FORMS and token.lemma_.lower() not in _METRIC_LEMMAS:
        return None
    if token.lower_ in MISSING_WORDS:
        return "missing"
    if _fatal_victims(token):
        return "deaths"
    if token.pos_ == "VERB" and token.lemma_.lower() == "remain":
        return None  # "the number of missing remains at 46": no remains of the dead
    if _poisoning_cases(token):
        return "injured"
    if token.lemma_.lower() in _HELD_IN and token.dep_ == "pobj" and token.head.lower_ == "in":
        return "arrested"  # "the number of people in custody"
    if _tallied_care(token):
        return "injured"
    return STATE_WORDS.get(token.lower_) or METRIC_NOUNS.get(token.lemma_.lower())


def _tallied_care(token: Token) -> bool:
    """ "the number of people treated", "the total of patients admitted": the hurt, tallied
    by the care they were given."""
    people = token.head
    of = people.head
    return (
        token.lower_ in _CARE_GIVEN
        and token.dep_ == "acl"
        and people.lemma_.lower() in PEOPLE
        and people.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in TALLY_NOUNS
    )


_FILING = frozenset({"open", "file", "register", "lodge", "book", "launch"})


def _poisoning_cases(token: Token) -> bool:
    """ "498 poisoning cases", "212 cases of food poisoning": the people poisoned, counted
    with the hurt (cases of a disease are not: an outbreak counts infections; nor are cases
    police open or file against someone)."""
    legal = token.head.lemma_.lower() in _FILING or any(
        c.lower_ == "against" for c in token.children
    )
    if token.lemma_.lower() != "case" or legal:
        return False
    named = [c for c in token.children if c.dep_ in ("amod", "compound")]
    named += [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # The parser may tag "poisoning" a verb, whose lemma is "poison".
    return any(w.lower_ == "poisoning" for w in named)


# "Fatal victims", "mortal victims" (as translated reports often say): the dead.
_FATAL = frozenset({"fatal", "mortal"})


def _fatal_victims(noun: Token) -> bool:
    return noun.lemma_.lower() in _VICTIMS and any(
        c.dep_ == "amod" and c.lower_ in _FATAL for c in noun.children
    )


# The label of a count in a list of figures ("Dead: 41. Missing: 7."), by its last word.
_LABELS: dict[str, Metric] = {**METRIC_NOUNS, **STATE_WORDS, "missing": "missing"}


def _labelled(number: Token) -> _Reading | None:
    """A count after a label and a colon that open its sentence: "Dead: 41", "Death toll:
    164", "Arrests: 300"."""
    doc, start = number.doc, number.sent.start
    colon = number.i - 1
    if colon <= start or doc[colon].text != ":" or colon - start > 3:
        return None
    label = doc[colon - 1]
    metric = _LABELS.get(label.lower_) or _LABELS.get(label.lemma_.lower())
    return None if metric is None else _Reading(metric, number, label)


_DAYS_OF_STEPS = frozenset({"on", "by"})
_STEP_JOINS = frozenset({",", "and", "then", "to"})


def _next_step(number: Span, here: list[Figure]) -> _Reading | None:
    """ "rose from 9 on Monday to 17 on Tuesday, 24 on Wednesday and 31 on Thursday": after a
    count a total rose to on its own day, a count joined to it with a day of its own is the
    same total on that day."""
    last = here[-1] if here else None
    doc = number.doc
    if last is None or not last.rises or number.end + 1 >= len(doc):
        return None
    before = doc.char_span(last.quantity.num_start, last.quantity.num_end, "expand")
    if before is None or doc[before.end].lower_ not in _DAYS_OF_STEPS:
        return None
    gap = doc[before.end + 1 : number.start]
    joins = [w for w in gap if w.ent_type_ != "DATE"]
    on, day = doc[number.end], doc[number.end + 1]
    if (
        len(joins) == len(gap)
        or not all(w.lower_ in _STEP_JOINS for w in joins)
        or on.lower_ not in _DAYS_OF_STEPS
        or day.ent_type_ != "DATE"
    ):
        return None
    anchor = on.head if on.head.pos_ in ("VERB", "AUX") else number.root
    return _Reading(last.metric, number.root, anchor, step=True)


_OF_THEM = frozenset({("of", "them"), ("of", "whom"), ("of", "those"), ("among", "them")})


def _framed_part(number: Token, previous: Metric | None) -> _Reading | None:
    """ "Of them, 11 were students, two were police officers and one was a vendor": each count
    that a sentence opening with "of them" says is someone is a part of the count before."""
    sentence = number.sent
    opening = tuple(t.lower_ for t in sentence[:2])
    if previous is None or opening not in _OF_THEM | {("of", "these")} or len(sentence) < 3:
        return None
    if sentence[2].text != ",":
        return None
    word = number
    while word.dep_ in ("conj", "attr", "nummod") and word.head.i != word.i:
        word = word.head
    if word.lemma_ != "be" and not (number.dep_ == "nsubj" and number.head.lemma_ == "be"):
        return None
    return _Reading(previous, number, number, part=True)


def _part_of_the_last(
    number: Span, quantity: Quantity, sentence: Span, figures: list[Figure]
) -> _Reading | None:
    """ "the arrest of 1,250 people, of which 87 are foreigners", "223 dead, of which 189 in
    the province", "61 were injured, 14 of them critically": a count of people after words
    that open a part, of "them", or in a list after a colon, is a part of the figure before
    it in its sentence, whatever its own words."""
    if not figures or figures[-1].sentence != sentence:
        return None
    if not _is_people(_counted(number.root), number.root):
        return None
    phrase = number.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    first = number[0] if phrase is None else phrase[0]
    doc = number.doc
    of_them = tuple(t.lower_ for t in doc[number.end : number.end + 2]) in _OF_THEM
    if opens_a_part(first) or of_them or _listed_after_an_opener(number.root):
        return _Reading(figures[-1].metric, number.root, number.root, part=True)
    # "nine people had been arrested: seven officials ... and two customs inspectors", and
    # after a dash set off by spaces ("98 people - 96 inmates and two residents -").
    listed = _before_the_list(sentence, quantity, figures)
    if not listed or listed[-1].quantity.value <= quantity.value:
        return None  # a part is smaller than its whole
    return _Reading(listed[-1].metric, number.root, number.root, part=True)


_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _opens_a_list(token: Token) -> bool:
    """A colon, or a dash with a space before it (not the hyphen of "a 10-year-old")."""
    if token.text == ":":
        return True
    return token.text in _DASHES and token.i > 0 and bool(token.nbor(-1).whitespace_)


def _before_the_list(sentence: Span, quantity: Quantity, figures: list[Figure]) -> list[Figure]:
    """The figures of the sentence before the last colon or dash that opens a list before
    `quantity`: the counts a count in that list may break down."""
    openers = [t.idx for t in sentence if _opens_a_list(t) and t.idx < quantity.start]
    if not openers:
        return []
    # "<=": the colon may follow the count with no space ("stands at 26: ...").
    return [f for f in figures if f.sentence == sentence and f.quantity.end <= openers[-1]]


def _listed_after_an_opener(number: Token) -> bool:
    """ "23 were killed, namely 9 soldiers, 8 rebels and 6 civilians": the later counts of a
    list whose first count opens a part are parts too."""
    item = _counted(number)
    if item.dep_ != "conj":
        return False
    while item.dep_ == "conj" and item.head.i != item.i:
        item = item.head
    first = next((c for c in item.children if c.dep_ == "nummod"), None)
    return first is not None and opens_a_part(first)


_IN_ALL = (("in", "all"), ("in", "total"), ("altogether",), ("all", "told"))


def _in_all(number: Token, previous: Metric | None) -> _Reading | None:
    """ "The injured, 42 in all, were taken to three hospitals", "the dead - 19 in all -": the
    count set off after the word of its metric, however the parser joins them; or after
    counts of the `previous` metric ("eight are missing in X and one in Y, nine in all")."""
    doc = number.doc
    if number.i < 2 or doc[number.i - 1].text not in (",", "-", "–", "—", "("):
        return None
    word = doc[number.i - 2]
    metric = STATE_WORDS.get(word.lower_) or METRIC_NOUNS.get(word.lower_)
    following = tuple(t.lower_ for t in doc[number.i + 1 : number.i + 3])
    if not any(following[: len(words)] == words for words in _IN_ALL):
        return None
    if metric is None and previous is not None:
        return _Reading(previous, number, number)
    return None if metric is None else _Reading(metric, number, word)


def _listed_under_label(number: Token, previous: Metric | None) -> tuple[_Reading, str] | None:
    """A count after a place in a list under a label of its metric: "Deaths by district:
    Arlo 140; Benn 52; Corvath 17", "The deaths by county are: Arlo County, 9; ...", each the
    place's; under a bare "By county:", "The breakdown is:" or a sentence on the count that
    ends in a colon ("24 have been killed since Sunday:" then "Lusaka 10, Kitwe 8 ..."), of
    the metric counted before."""
    doc, sentence = number.doc, number.sent
    colon = next((t for t in doc[sentence.start : number.i] if t.text == ":"), None)
    if colon is None and sentence.start > 0 and doc[sentence.start - 1].text == ":":
        colon = doc[sentence.start - 1]
    if colon is None or colon.i == colon.sent.start:
        return None
    label = doc[colon.sent.start : colon.i]
    bare = (label[0].lower_ == "by" and len(label) == 2) or any(
        t.lemma_.lower() == "breakdown" or t.like_num for t in label
    )
    metric = next(
        (m for t in label[:8] if (m := _LABELS.get(t.lower_) or _LABELS.get(t.lemma_.lower()))),
        previous if bare else None,
    )
    if metric is None:
        return None
    after_in = _place_after_in(number)
    if after_in is not None and doc[number.i - 1].lower_ in (":", ";", ",", "and"):
        return _Reading(metric, number, doc[colon.i - 1]), after_in.text  # "seven in Carroll"
    name = doc[number.i - 2] if doc[number.i - 1].text == "," else doc[number.i - 1]
    if name.i <= colon.i or not name.is_title or calendar_word(name.text) or name.lower_ in _LABELS:
        return None
    start = name.i
    while start - 1 > colon.i and doc[start - 1].is_title:
        start -= 1
    after = doc[number.i + 1] if number.i + 1 < sentence.end else None
    if doc[start - 1].lower_ not in (":", ";", ",", "and") or (
        after is not None and after.lower_ not in (";", ",", ".", "and", "(")
    ):
        return None
    return _Reading(metric, number, doc[colon.i - 1]), doc[start : name.i + 1].text


def _place_after_in(number: Token) -> Span | None:
    """The name after "N in", up to the next separator of a list: "seven in Carroll, four in
    Cass and one in Miami"."""
    doc, end = number.doc, number.sent.end
    if number.i + 2 >= end or doc[number.i + 1].lower_ != "in":
        return None
    stop = number.i + 2
    while stop < end and doc[stop].is_title and not calendar_word(doc[stop].text):
        stop += 1
    if stop == number.i + 2 or (stop < end and doc[stop].lower_ not in (";", ",", ".", "and")):
        return None
    return doc[number.i + 2 : stop]


_RIGHT = {"correct", "right", "actual", "true", "accurate", "revised", "confirmed", "verified"}
# Verbs that set a figure anew: "revised it down to 30", "lowered the toll to 30".
_SETTING = frozenset({"revise", "lower", "raise", "reduce", "cut", "update", "correct"})


def _revised_to(number: Token) -> bool:
    """The count is what a figure named only by a pronoun or a tally noun was set to:
    "revised it down to 30", "corrected the figure to 30"."""
    to = number.head
    verb = to.head
    return (
        number.dep_ == "pobj"
        and to.lower_ == "to"
        and verb.lemma_.lower() in _SETTING
        and _sets_a_tally(verb)
    )


def _sets_a_tally(verb: Token) -> bool:
    """The verb's object is a figure named by a pronoun or a tally noun: "revised it",
    "rectified the number"."""
    return any(
        c.dep_ == "dobj" and (c.lower_ == "it" or c.lemma_.lower() in TALLY_NOUNS)
        for c in verb.children
    )


def _the_right_one(number: Token, after_a_wrong_one: bool = False) -> bool:
    """The count is what a figure named right is: "the correct number is 14"; after a note
    that a figure was wrong, "It is 14", "The agency's figure is 34"."""
    verb = number.head
    return (
        number.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(
            s.dep_ == "nsubj"
            and (
                s.lower_ == "it"
                or (
                    s.lemma_.lower() in TALLY_NOUNS
                    and (after_a_wrong_one or any(c.lower_ in _RIGHT for c in s.children))
                )
            )
            for s in verb.children
        )
    )


def _named_wrong(number: Span, quantity: Quantity) -> bool:
    """In a correction, the figure it names as wrong: "21, not 30", "21 rather than 30",
    "21 instead of the 30 announced", "revised down from 30", "the figure of 30 was an
    error"."""
    doc = number.doc
    start = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    before = doc[start.start - 1] if start is not None and start.start > 0 else None
    if _the_right_one(number.root):
        return False  # "the correct figure is 25", whatever verb of saying it hangs from
    return (
        retracted(number.root)
        or _misstated(number.root)
        or _an_earlier_figure(number.root)
        or (before is not None and before.lower_ in ("not", "from"))
        or (before is not None and before.lower_ == "than" and before.nbor(-1).lower_ == "rather")
        or _instead_of(before)
        or _reported_before(number.root)
        or _given_at_first(number.root)
    )


def _instead_of(before: Token | None) -> bool:
    """ "32 dead instead of the 34 announced on Thursday": the word before the count, or
    before its article, ends "instead of"."""
    if before is not None and before.lower_ == "the" and before.i > 0:
        before = before.nbor(-1)
    return (
        before is not None
        and before.lower_ == "of"
        and before.i > 0
        and before.nbor(-1).lower_ == "instead"
    )


def _day_of_a_step(number: Token, anchor: Token, published: dt.date) -> dt.date | None:
    """ "rose to 29 on Monday and to 43 on Tuesday": the day on the count's own "to", or, of
    the days the parser hung on the verb, the first after the count."""
    own = number.head if number.dep_ == "pobj" else None
    if own is not None and own.i != anchor.i:
        day = date_of(own, published, since=False)
        if day is not None:
            return day
    days = [
        c
        for c in anchor.children
        if c.dep_ == "prep" and c.lower_ == "on" and any(w.ent_type_ == "DATE" for w in c.subtree)
    ]
    after = [c for c in days if c.i > number.i]
    if len(days) < 2 or not after:
        return None
    return resolve(" ".join(w.text for w in after[0].subtree), published)


def _tally_subjects(verbs: Iterable[Token]) -> Iterator[Token]:
    """The tolls, counts or reports that are the subjects of these verbs (or that a verb with
    no subject hangs on, as the parser may read "the first reports that evening put ...")."""
    for verb in verbs:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ in ("acl", "relcl"):
            subjects = [verb.head]
        for noun in subjects:
            if noun.lemma_.lower() in TALLY_NOUNS | _ACCOUNTS:
                yield noun


def _day_of_a_dated_toll(number: Token, published: dt.date) -> dt.date | None:
    """ "Yesterday's toll was 19 dead and 10 missing", "Friday's count put the dead at 19": the
    day the toll's own possessive names."""
    for noun in _tally_subjects(number.ancestors):
        day = next((c for c in noun.children if c.dep_ == "poss"), None)
        if day is not None and (day.ent_type_ == "DATE" or day.lower_ == "yesterday"):
            return resolve(day.text, published)
    return None


def _day_of_a_lead_in(number: Token, published: dt.date) -> dt.date | None:
    """ "Here is where things stood last night: 11 dead and 1,042 treated", "As of Sunday
    evening: ...": the day a lead-in before a colon names, when it gives no count itself."""
    sentence = number.sent
    before = sentence[: number.i - sentence.start]
    colon = next((t for t in reversed(before) if t.text == ":"), None)
    if colon is None:
        return None
    lead = sentence.doc[sentence.start : colon.i]
    if any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in lead):
        return None
    return _day_named(lead, published)


def _day_named(span: Span, published: dt.date) -> dt.date | None:
    """The day the dates and times of a span name together ("Thursday evening")."""
    days = " ".join(e.text for e in span.ents if e.label_ in ("DATE", "TIME"))
    return resolve(days, published) if days else None


def _day_of_an_earlier_toll(anchor: Token, published: dt.date) -> dt.date | None:
    """ "The previous toll, released on Friday evening, gave 1,410 dead", "the first reports
    on May 1 put the toll at 27": the day that toll was given, not the article's; the
    article's own toll is a later one."""
    noun = _earlier_toll(anchor)
    if noun is None:
        return None
    given = (c for c in noun.children if c.dep_ in ("acl", "relcl"))
    # Or on the toll itself: "the first reports on May 1 put the toll at 27".
    found = (d for c in given if (d := date_of(c, published, False)))
    return next(found, None) or date_of(noun, published, False)


def _earlier_toll(anchor: Token) -> Token | None:
    """The toll or report the count's clause calls earlier: "the first reports", "the
    previous toll"."""
    above = (anchor, *anchor.ancestors)
    # Or a report the count hangs under: "the first reports ..., with four people missing".
    reports = (a for a in above if a.pos_ == "NOUN" and a.lemma_.lower() in _ACCOUNTS)
    return next(
        (
            noun
            for noun in (*_tally_subjects(above), *reports)
            if any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in noun.children)
        ),
        None,
    )


def _put_at_first(number: Token) -> bool:
    """ "The ministry at first put the toll at six, before a report found ...", "police
    initially said 12 had died but later ...", "initial figures put the dead at 51, before
    ...": a count its giver is said to have given first, and its sentence says something came
    after it."""
    sentence = number.sent
    after = {t.lower_ for t in sentence[number.i - sentence.start + 1 :]}
    verbs = [a for a in number.ancestors if a.pos_ in ("VERB", "AUX")]
    while len(verbs) > 1 and verbs[0].dep_ == "conj":
        verbs.pop(0)  # "said three had died and nine were missing": the first conjunct's
    verbs = verbs[:2]
    # The verb that gives the count, or the one that says what it gives ("initially said
    # 12 had died"), not a verb past a semicolon.
    said = len(verbs) == 2 and verbs[0].dep_ == "ccomp" and not semicolon_between(*verbs)
    giving = verbs if said else verbs[:1]
    # "The union had initially said 40": the pluperfect of the first giving says something
    # came after it too (not "initially said 12 had died").
    before_then = any(
        "had" in words and bool(words & {"initially", "originally"})
        for words in ({c.lower_ for c in v.children} for v in giving)
    )
    if not (after & _THEN_WORDS or before_then):
        return False
    # "Earlier, police said three had died and nine were missing; three were later found":
    # what the sentence opens by saying was said first, however the parser hangs its clauses.
    if sentence[0].lower_ == "earlier" and sentence.root.lemma_ in REPORTING_VERBS:
        return True
    return any(
        c.lower_ in _FIRST_GIVEN
        or (c.lower_ == "first" and c.i > 0 and c.nbor(-1).lower_ == "at")
        or (c.lower_ == "at" and any(g.lower_ == "first" for g in c.children))
        or (c.dep_ == "nsubj" and any(g.lower_ in _FIRST_GIVERS for g in c.children))
        for verb in giving
        for c in verb.children
    )


_FIRST_GIVEN = frozenset({"initially", "originally", "briefly", "earlier"})
# What the giver of a first count is called: "initial figures", "early reports".
_FIRST_GIVERS = frozenset({"initial", "early", "preliminary", "original", "first"})
_THEN_WORDS = frozenset({"before", "but", "later", "since", "then", "until"})


def _an_earlier_figure(number: Token) -> bool:
    """ "downgrading its earlier estimate of 250": in a correction, the figure given before."""
    of = number.head
    noun = of.head
    return (
        number.dep_ == "pobj"
        and of.lower_ == "of"
        and noun.lemma_.lower() in TALLY_NOUNS | {"estimate"}
        and any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in noun.children)
    )


def _compared_with(number: Span, figures: list[Figure]) -> Figure | None:
    """The figure of the sentence that "up from N" or "down from N" compares with an earlier
    count: the last before the words ("killed 57 people, up from 44 on Wednesday", "nine
    still missing, down from 23")."""
    source = number.root.head
    change = source.head
    if not (
        number.root.dep_ == "pobj"
        and source.lower_ == "from"
        and change.lower_ in ("up", "down")
        and change.i < number.start
    ):
        return None
    before = [f for f in figures if f.quantity.end <= change.idx]
    return before[-1] if before else None


def _rival_of(number: Span, figures: list[Figure]) -> Figure | None:
    """The figure of the sentence that "a higher figure than the 118 reported by X" or "a toll
    lower than the 40 given by Y" sets another count beside: the last before the words."""
    than = number.root.head
    # The tally noun is the comparative's head or, as the parser may hang it, its child.
    compared = (
        [than.head.head, *than.head.children] if than.head.tag_ in ("JJR", "RBR") else [than.head]
    )
    if not (
        number.root.dep_ == "pobj"
        and than.lower_ == "than"
        and any(c.lemma_.lower() in TALLY_NOUNS for c in compared)
        and any(c.dep_ == "det" for c in number.root.children)
    ):
        return None
    before = [f for f in figures if f.quantity.end <= than.idx]
    return before[-1] if before else None


@dataclass(frozen=True)
class _CountBefore:
    """A count compared with the figure at `at` of the article's figures: the count it rose or
    fell from, or the one it names as wrong, and who gave it when the text says."""

    at: int
    quantity: Quantity
    day: dt.date | None
    told_by: str | None = None


# Verbs of a count that changed, said with the count it changed from ("rose to 14 from nine").
_CHANGING = frozenset({
    "rise", "climb", "increase", "jump", "grow", "soar", "mount", "surge", "swell", "go",
    "fall", "drop", "decline", "decrease", "shrink", "dip",
    "revise", "lower", "raise", "cut", "reduce", "adjust", "update", "correct",
})  # fmt: skip


def _changed_from(number: Token) -> Token | None:
    """The verb of "rose to 14 from nine", "was lowered to 12 from 13", when `number` is what
    it changed from."""
    if _to_count_after_from(number):
        return None
    if number.dep_ == "quantmod" and _to_count_after_from(number.head):
        number = number.head  # "fell from 27 to 12" parsed as one phrase under "from"
    elif number.dep_ != "pobj" or number.head.lower_ != "from":
        return None
    verb = number.head.head
    return verb if verb.lemma_.lower() in _CHANGING else None


def _to_count_after_from(number: Token) -> bool:
    """The 12 of "fell from 27 to 12" where the parser hung "27 to" on it, under "from"."""
    return (
        number.dep_ == "pobj"
        and number.head.lower_ == "from"
        and any(c.dep_ == "quantmod" and c.lower_ == "to" for c in number.children)
    )


def _changed_counts(
    doc: Doc,
    changes: list[tuple[Token, Quantity, Token]],
    figures: list[Figure],
    first: int,
    published: dt.date,
) -> list[_CountBefore]:
    """Each "from N" of a sentence with the figure its verb reaches ("to M"), wherever the
    parser hung "to M"; one whose verb reaches no figure is dropped."""
    reached: dict[int, int] = {}
    for at in range(first, len(figures)):
        quantity = figures[at].quantity
        span = doc.char_span(quantity.num_start, quantity.num_end, alignment_mode="expand")
        if span is not None and (
            (span.root.dep_ == "pobj" and span.root.head.lower_ == "to")
            or _to_count_after_from(span.root)
        ):
            reached.setdefault(_verb_above(span.root.head).i, at)
    return [
        _CountBefore(
            reached[verb.i], quantity, _day_before(number, figures[reached[verb.i]], published)
        )
        for verb, quantity, number in changes
        if verb.i in reached
    ]


def _day_before(number: Token, current: Figure, published: dt.date) -> dt.date | None:
    """The day of the count before ("up from 44 on Wednesday", "from 11 reported on Tuesday
    night", "from 19 a day earlier"), if it is before the current count's."""
    holders = (number.head, number, *_clauses_of_a_count(number))
    day = day_right_after(number, published) or next(
        (d for h in holders if (d := date_of(h, published, since=False))), None
    )
    return day if day is not None and day < (current.as_of or published) else None


def _counts_told_wrong(
    told_wrong: list[tuple[Quantity, Token]], figures: list[Figure], first: int, published: dt.date
) -> list[_CountBefore]:
    """Each count a sentence names as wrong ("14, not 15 as it said last week") with the
    correction of the sentence that withdraws it."""
    found = []
    for quantity, number in told_wrong:
        at = next(
            (i for i in range(first, len(figures)) if figures[i].withdraws == quantity.value),
            None,
        )
        if at is not None:
            day = _day_before(number, figures[at], published)
            found.append(_CountBefore(at, quantity, day, _told_by(number)))
    return found


def _taken_alone(
    sentence: Span,
    told_wrong: list[tuple[Quantity, Token]],
    wrong: list[tuple[int, Metric | None]],
    here: list[Figure],
) -> list[Figure]:
    """Each count a sentence names as wrong that no figure of the sentence replaces ("the
    ministry withdrew its figure of 164 dead"): a claim of its own, a part, as the counts a
    correction withdraws are (see `_the_count_before`), given by whoever took it back unless
    the text names another."""
    metrics = dict(wrong)
    return [
        Figure(
            sentence=sentence,
            quantity=quantity,
            metric=metric,
            scope="subset",
            attribution=_told_by(number) or _taker(sentence),
            as_of=None,
            corrects=False,
        )
        for quantity, number in told_wrong
        if (metric := metrics.get(quantity.value)) is not None
        and not any(f.withdraws == quantity.value for f in here)
    ]


def _clauses_of_a_count(number: Token) -> list[Token]:
    """The clauses that say more of a count: "the 47 it gave last week", "not 19 as announced
    on Saturday", also when the parser hung the "as" clause on the sentence's verb."""
    clauses = [c for c in number.children if c.dep_ in ("acl", "relcl", "advcl")]
    after = number.nbor(1) if number.i + 1 < len(number.doc) else None
    if after is not None and after.lower_ == "as" and after.head.pos_ == "VERB":
        clauses.append(after.head)
    return list(dict.fromkeys(clauses))


def _told_by(number: Token) -> str | None:
    """Who gave a count named as wrong, when the text says: "not 50 as reported by some
    local media", "not 70 as the school first said"; none for a pronoun ("as it said")."""
    for clause in _clauses_of_a_count(number):
        for child in clause.children:
            teller = (
                next((g for g in child.children if g.dep_ == "pobj"), None)
                if child.dep_ == "agent"
                else child
                if child.dep_ == "nsubj"
                else None
            )
            if teller is not None and teller.pos_ in ("NOUN", "PROPN"):
                return phrase(teller)
    return None


def _with_counts_before(figures: list[Figure], counts_before: list[_CountBefore]) -> list[Figure]:
    """Each figure followed by the earlier counts compared with it, added once its scope is
    settled so that no rule on the counts beside a figure takes them for other people. A
    running total of the dead, hurt or held "down from" a higher count was revised down: it
    corrects that count, which it withdraws ("44 people had died, down from the 47 it
    announced last week"); the missing and those in care fall without any error. A count
    withdrawn is a claim of its own all the same, a part (see `_the_count_before`)."""
    figures = list(figures)
    after: dict[int, list[Figure]] = {}
    for count in counts_before:
        at, quantity = count.at, count.quantity
        current = figures[at]
        if (
            current.scope == "total"
            and current.metric != "missing"
            and not current.rises
            and quantity.value > current.quantity.value
        ):
            # "revised the toll to 23 from 24": the earlier count withdrawn.
            current = figures[at] = replace(
                current, corrects=True, withdraws=current.withdraws or quantity.value
            )
        withdrawn = current.withdraws == quantity.value
        after.setdefault(at, []).append(_the_count_before(current, count, withdrawn))
    return [f for i, figure in enumerate(figures) for f in (figure, *after.get(i, []))]


def _the_count_before(current: Figure, count: _CountBefore, withdrawn: bool) -> Figure:
    """An earlier count of what the current one counts, as of its day: a claim of its own,
    which the current one supersedes, and no correction. With no day, it is told as a part
    (as an earlier toll's missing are): the article's own count is the current one. A count
    the current one withdraws is a part whatever its day, as a count its own sentence calls
    wrong is (see `_withdrawing`): told as the toll, it would be the toll the correction
    replaces, and a correction the text only recalls ("had been put at 19 before it was
    lowered to 16") would lower a toll counted since."""
    part = current.scope == "total" and (withdrawn or count.day is None)
    return replace(
        current,
        quantity=count.quantity,
        scope="subset" if part else current.scope,
        attribution=count.told_by or current.attribution,
        as_of=count.day or (current.as_of if withdrawn else None),
        corrects=False,
        rises=False,
        disputes=False,
        withdraws=None,
        named_part=False,
    )


# Stems, not lemmas: the lemmatizer gives "misreporte".
_MISSTATING = ("misstat", "misreport", "miscount", "misrecord", "misprint")


def _misstated(number: Token) -> bool:
    """ "which was misstated as 410": the figure given wrongly."""
    return (
        number.dep_ == "pobj"
        and number.head.lower_ == "as"
        and number.head.head.lower_.startswith(_MISSTATING)
    )


# Adverbs of a figure given before the one that replaces it: "had earlier put the toll at
# 52", "incorrectly stated that 25 ...".
_AT_FIRST = frozenset({
    "earlier", "initially", "originally", "previously", "first", "incorrectly", "wrongly",
    "mistakenly", "erroneously", "falsely",
})  # fmt: skip
_VERSIONS = frozenset({"version", "edition", "draft", "entry"})
# What a first account is called: "initial reports had put the toll at 25".
_ACCOUNTS = frozenset({"report", "count", "estimate", "figure", "tally", "statement"})
# Verbs by which the giver of a figure set it right afterwards.
_SETTING_RIGHT = frozenset({"rectify", "correct", "revise", "lower", "amend", "retract"})


def _given_at_first(number: Token) -> bool:
    """ "Officials had earlier put the toll at 52 but later lowered it to 47", "the original
    version of the report counted 40", "initial reports had put the toll at 25", "earlier we
    reported, citing an official, that 88 were missing", "had reported 226 dead, but
    rectified the number", "gave a figure of 102 before revising it": in a correction, the
    count given at first, by the verb that gives it or the verbs that say it."""
    verbs: list[Token] = []
    for verb in (a for a in number.ancestors if a.pos_ in ("VERB", "AUX")):
        verbs.append(verb)
        said = verb.dep_ == "ccomp" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
        if not said or len(verbs) == 3:
            break
    return any(
        (c.dep_ == "advmod" and c.lower_ in _AT_FIRST)
        # "earlier this week gave a figure of 102 before revising it", said of the verb that
        # gives the count (not of another clause: "reported 19 dead; the injured count
        # peaked at 112 before being revised").
        or (
            verb is verbs[0]
            and c.dep_ == "npadvmod"
            and any(a.lower_ in _AT_FIRST for a in c.children)
        )
        or (
            verb is verbs[0]
            and c.dep_ == "prep"
            and c.lower_ == "before"
            and any(g.lemma_.lower() in _SETTING_RIGHT for g in c.children)
        )
        or (c.dep_ == "nsubj" and c.lemma_.lower() in _VERSIONS)
        # A publisher's note: "In an article on 12 July, we reported that 71 were missing."
        or (c.dep_ == "nsubj" and c.lower_ == "we" and verb.lemma_.lower() in _WE_REPORTED)
        or (
            c.dep_ == "nsubj"
            and c.lemma_.lower() in _ACCOUNTS
            and any(a.lower_ in EARLIER_WORDS for a in c.children)
        )
        or _set_right_after(verb, c)
        for verb in verbs
        for c in verb.children
    )


_WE_REPORTED = frozenset({"report", "say", "write", "state", "give", "put"})


def _set_right_after(verb: Token, child: Token) -> bool:
    """ "had reported 226 dead, but rectified the number": a verb in the past perfect joined
    to a later one that sets the figure right."""
    return (
        child.dep_ == "conj"
        and child.lemma_.lower() in _SETTING_RIGHT
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
        and _sets_a_tally(child)
    )


def _reported_before(number: Token) -> bool:
    """ "two of the 13 deaths it had reported": in a correction, the count the source gave
    before (a clause in the past perfect on the counted noun)."""
    noun = number.head if number.dep_ == "nummod" else number
    return any(
        clause.dep_ == "relcl"
        and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in clause.children)
        for clause in noun.children
    )


def _withdrawing(figure: Figure, wrong: list[tuple[int, Metric | None]]) -> Figure:
    """The figure with the wrong one it replaces; a figure its own sentence calls wrong ("had
    said 300 ..., since lowered that number to 230") corrects nothing, or it would replace
    the figure before it."""
    if (figure.quantity.value, figure.metric) in wrong:
        # Told as wrong, it was never the toll: a part of the story, not the total.
        scope = "subset" if figure.scope == "total" else figure.scope
        return replace(figure, corrects=False, rises=False, scope=scope)
    named = next(
        (
            value
            for value, metric in wrong
            if value != figure.quantity.value and metric in (None, figure.metric)
        ),
        None,
    )
    return replace(figure, withdraws=named) if figure.corrects and named is not None else figure


# Parts that say more than a group does: "six soldiers in critical condition" is critical.
_STATES = {"critical", "in_hospital", "at_scene"}
# Parts even alone: in care or in a grave condition or out of it (SPEC: never the running
# total), the latest additions to a toll, and counts beside a place named before
# ("elsewhere").
_ALWAYS_PARTS = {"critical", "in_hospital", "discharged", "added", "elsewhere"}
# A count of the missing in an earlier toll with no day of its own ("the first reports put
# the toll at four dead, with three missing"): a part (a subset), even alone, since a later
# count of the missing replaces any other, and this one is not the article's own. (An
# earlier toll of the dead stays the whole of its time, which a higher one supersedes.)
_EARLIER = "earlier"
# A span between two dates: a part (a subset) only beside a larger count, even in a wave.
_BETWEEN_DATES = "between_dates"


def _part_words(
    reading: _Reading,
    quantity: Quantity,
    number: Span,
    wave: bool,
    previous: Metric | None,
    published: dt.date,
) -> str | None:
    """The part scope the count's own words give it (see `parts`), if any. A day limits an
    event ("killed that day"; in a wave, "killed on Sunday"), not a running total ("the toll
    reached 16 that day") unless the toll is of one day's events. In a wave, a month before
    the article's limits an event too ("more than 150 were killed in July")."""
    doc = number.doc
    phrase = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    first = number[0] if phrase is None else phrase[0]
    # "540 killed and another 212 injured": after a count of another metric, other people;
    # and "another 40 remain missing", alone, the missing beside the dead, not more missing.
    added = previous == reading.metric or (previous is None and reading.metric != "missing")
    # "The toll rose to 33 after two wounded men died": the latest two, not a toll.
    increment = "added" if _increment(reading) else None
    # "up from the previous toll of 16": the count before, which the current one holds.
    earlier = "subset" if _an_earlier_figure(number.root) else None
    # "the number of people admitted to hospital rose to 41": those in care, a part.
    in_care = "in_hospital" if _tally_in_care(reading) else None
    part = (
        increment
        or earlier
        or in_care
        or part_scope(first, number[-1], added)
        or ("subset" if reading.part else None)
    )
    if part == "subset" and _still_missing(reading.metric, number[-1]):
        part = None
    if reading.metric == "arrested" and part in ("critical", "in_hospital"):
        part = None  # "a nurse at the clinic was detained": where they work, not their state
    anchor = reading.anchor
    verb = anchor.pos_ in ("VERB", "AUX")
    if part is not None:
        return part
    # "rose to 45, in addition to 3 killed in X" is a toll, whatever is beside it.
    toll = verb and anchor.lemma_.lower() in TOTAL_VERBS and number.root.dep_ in ("pobj", "attr")
    if not toll and _in_addition_to(number[-1], reading.metric):
        return "added"
    if verb and anchor.lemma_.lower() in TOTAL_VERBS:
        return "one_day" if wave and dated_toll(anchor) else None
    # A state word's clause is its verb's: "riots left 17 people dead".
    stated = anchor.pos_ == "ADJ" and anchor.head.pos_ in ("VERB", "AUX")
    event = anchor if verb else anchor.head if stated else None
    dated = wave and (dated_day(event) if event is not None else dated_noun(anchor))
    scene = wave and event is not None and _set_on_a_day(number.sent)
    if day_limited(number[-1]) or dated or scene:
        return "one_day"
    if period_limited(number[-1]):
        return "subset"
    clause = event or (anchor.head if anchor.head.pos_ in ("VERB", "AUX") else None)
    if clause is not None and between_dates(clause):
        return _BETWEEN_DATES
    month = wave and event is not None and in_an_earlier_month(event, published)
    if month:
        return "subset"
    if _bringing_to(anchor, reading.metric):
        return "added"
    return "one_day" if _bodies_found_on_a_day(anchor) else None


# Verbs of bringing out the dead.
_RECOVERING = frozenset({"recover", "find", "pull", "retrieve", "discover", "exhume"})


def _bodies_found_on_a_day(anchor: Token) -> bool:
    """ "Rescuers recovered 12 bodies on Tuesday", "two bodies found on Sunday took it to
    49": the bodies a search brought out on one day, not the toll."""
    if anchor.lemma_.lower() not in ("body", "remains"):
        return False
    verbs = [anchor.head] if anchor.dep_ in ("nsubjpass", "dobj") else []
    verbs += [c for c in anchor.children if c.dep_ == "acl"]
    return any(v.lemma_.lower() in _RECOVERING and dated_day(v) for v in verbs)


def _in_addition_to(last: Token, metric: Metric) -> bool:
    """ "took 8 people into custody on Monday, in addition to the 23 arrested at the weekend":
    a count added to the one of its metric the phrase names."""
    doc = last.doc
    for at in range(last.i + 1, last.sent.end - 3):
        if [t.lower_ for t in doc[at : at + 3]] == ["in", "addition", "to"]:
            named = next((t for t in doc[at + 3 : min(at + 6, last.sent.end)] if t.like_num), None)
            reading = None if named is None else _read(named, None)
            return reading is not None and reading.metric == metric
    return False


def _detailed_with(number: Token, before: list[Figure], figure: Figure) -> bool:
    """ "57 people were killed, with hospital files listing 44 deaths by name": a smaller
    count of the same metric in a "with" phrase on a count's clause is a part of it, not a
    toll of its own ("with the toll rising to 31" is one)."""
    if not any(o.metric == figure.metric and o.quantity.low > figure.quantity.low for o in before):
        return False
    for word in number.ancestors:
        if word.lemma_.lower() in TOTAL_VERBS or word.lemma_.lower() in TALLY_NOUNS:
            return False
        if word.lower_ == "with" and word.dep_ == "prep":
            return True
    return False


_BRINGING = frozenset({"bring", "raise", "take", "push", "lift"})


def _bringing_to(anchor: Token, metric: Metric) -> bool:
    """The count's clause goes on to the total it makes: "police arrested 23 on Saturday,
    bringing the total to 150" (23 more), unless the total is of another metric ("...,
    raising the death toll to 40" after a count of arrests)."""
    for clause in anchor.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in _BRINGING:
            continue
        holders = [clause, *(c for c in clause.children if since_clause_head(c).i == clause.i)]
        to = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to"]
        if not any(g.like_num for p in to for g in p.subtree):
            continue
        named = [
            METRIC_NOUNS[w.lemma_.lower()]
            for o in clause.children
            if o.dep_ == "dobj"
            for w in o.subtree
            if w.lemma_.lower() in METRIC_NOUNS
        ]
        return not named or named[0] == metric
    return False


def _still_missing(metric: Metric, number: Token) -> bool:
    """ "Of those, 19 are still missing": those still missing of all who went missing are all
    who are missing now, the current count, not a part of it; not a part beside them ("22
    remain unaccounted for, 17 of them from Larova")."""
    verb = _verb_above(number)
    of_them = any(
        c.lower_ == "of" and any(g.lower_ in _GROUP_PRONOUNS for g in c.children)
        for c in number.children
    )
    # The count is who is still missing, not people "among them" after it.
    subject = number if number.dep_ != "nummod" else number.head
    return (
        metric == "missing"
        and number.dep_ != "npadvmod"
        and not of_them
        and subject.dep_ in ("nsubj", "nsubjpass", "ROOT")
        and (verb.lemma_ == "remain" or any(c.lower_ == "still" for c in verb.children))
    )


def _set_on_a_day(sentence: Span) -> bool:
    """The sentence has no date of its own and follows, in its paragraph, one that opens on
    a day: "On the Tuesday protest, police fired tear gas. They arrested more than 300."
    The opening sets the scene for what follows it."""
    opener = opening_before(sentence, "on", {"DATE"})
    return opener is not None and any(t.ent_type_ == "DATE" for t in opener.subtree)


def _stated(
    reading: _Reading,
    number: Token,
    published: dt.date,
    began: dt.date | None,
    event: str | None,
    day: dt.date | None,
) -> bool:
    """Asserted, about this event, and not the wrong figure a correction replaces."""
    return (
        asserted(reading.anchor)
        and not earlier_event(reading.anchor, published, began)
        and reading.anchor.i not in set_aside(reading.anchor.doc)
        and not told_on_another_day(reading.anchor.sent, day, published)
        # A sudden event's report: "another" event of its kind is not it.
        and not (day is not None and another_of_its_kind(reading.anchor))
        and not another_hazard(reading.anchor, event)
        and not retracted(number)
    )


def _increment(reading: _Reading) -> bool:
    """The deaths that raised a toll, its latest addition, not a toll: "the toll rose to 46
    after two died" (but "the toll could rise, as ten are in critical condition" is a count
    of the injured)."""
    anchor = reading.anchor
    clause = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    return (
        reading.metric == "deaths"
        and clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("after", "as") for c in clause.children)
        and clause.head.lemma_.lower() in TOTAL_VERBS
        and _of_a_total(clause.head)
    )


def _of_a_total(verb: Token) -> bool:
    """The verb tells of a total: "the toll rose", "taking the count to 46", "it climbed to
    46" (but "the army took over security after 27 had been killed" does not)."""
    return any(
        c.lemma_.lower() in TALLY_NOUNS
        or (c.dep_ == "prep" and c.lower_ in _TOTAL_PREPS and any(g.like_num for g in c.subtree))
        for c in verb.children
    )


def _particle_up(doc: Doc, quantity: Quantity) -> Quantity:
    """ "Has gone up to 312", "was revised up to 50": the "up" is the verb's, and the count is
    exact, not at most."""
    if quantity.qualifier != "up_to" or not quantity.as_written.lower().startswith("up "):
        return quantity
    up = doc.char_span(quantity.start, quantity.start + 2)
    if up is None or up.root.dep_ not in ("advmod", "prt") or up.root.head.pos_ != "VERB":
        return quantity
    number = text_of(doc)[quantity.num_start : quantity.end]
    return replace(
        quantity,
        start=quantity.num_start,
        low=quantity.value,
        high=quantity.value,
        qualifier="exact",
        as_written=number,
    )


def _shift(quantity: Quantity, offset: int) -> Quantity:
    return Quantity(
        quantity.start + offset,
        quantity.end + offset,
        quantity.num_start + offset,
        quantity.num_end + offset,
        quantity.value,
        quantity.low,
        quantity.high,
        quantity.qualifier,
        quantity.as_written,
    )


# A vague word whose range stays below ten ("several", "a few", "a handful") says some
# were hit, not how many: no analyst quotes it as a count.
_UNSIZED = 10


_SHELTERS = frozenset({"shelter", "camp", "centre", "center", "school", "home", "tent"})


def _in_shelter(number: Token) -> bool:
    """ "of whom 9,000 are in shelters", "are staying in camps": where the evacuated are."""
    verb = number.head
    return number.dep_ == "nsubj" and any(
        w.lemma_.lower() in _SHELTERS for p in _preps(verb, "in", "at") for w in p.children
    )


def _calendar_day(number: Span) -> bool:
    """The day of a month: "on 12 July", "July 12"."""
    doc = number.doc
    near = [doc[i] for i in (number.start - 1, number.end) if 0 <= i < len(doc)]
    return any(MONTH_NAME.fullmatch(t.text) for t in near)


def _skipped(number: Span, quantity: Quantity) -> bool:
    if any(t.ent_type_ in _SKIP_ENTITIES for t in number) and not (
        _bare_count(number) or _people_measured(number)
    ):
        return True
    if quantity.qualifier == "vague" and (quantity.high or 0) < _UNSIZED:
        return True
    if quantity.value <= 1 and quantity.qualifier not in ("exact", "at_least"):
        return True  # "more than one person" bounds nothing; "at least one" is one
    doc = number.doc
    before = doc[number.start - 1] if number.start > 0 else None
    after = doc[number.end] if number.end < len(doc) else None
    if quantity.value == 1 and after is not None and after.lower_ == "of":
        return True  # "one of the wounded died": a single case, not a count
    if after is not None and after.lower_ in ("each", "apiece"):
        return True  # "one each from three units": a count per group, of nobody in all
    if _age(number) or _aged(number) or _ages_of(number.root) or _passed_on_the_way(number.root):
        return True
    if before is not None and _numbered_name(before, number):
        return True
    # "not 30", "no 30"; "of magnitude 7,4", where a decimal comma splits the reading.
    return before is not None and before.lower_ in ("not", "no", "magnitude")


# What is done to people besides holding them: "summoned, questioned or detained".
_NOT_HELD = frozenset({"summon", "question", "interrogate", "search", "fine", "warn", "expel"})


def _held_or_else(counted: Token) -> bool:
    """ "1,000 people summoned, questioned or detained": a count of those who met any of
    several fates, one of them no custody, is no count of arrests."""
    verbs = [
        w
        for v in counted.children
        if v.pos_ == "VERB" and v.dep_ in ("relcl", "acl")
        for w in (v, *v.conjuncts)
    ]
    joined_by_or = any(c.dep_ == "cc" and c.lower_ == "or" for v in verbs for c in v.children)
    return joined_by_or and any(v.lemma_.lower() in _NOT_HELD for v in verbs)


def _counted_twice(number: Span) -> bool:
    """ "two bodies had been counted twice", "three victims were double-counted", "were
    counted by both teams": the duplicates a correction removes, neither a count of people
    nor a figure set right. The verb is the count's own or, as the parser may hang it
    elsewhere, the one right after its noun ("two bodies were counted twice"; not "lowered to
    30 after a body was counted twice")."""
    doc = number.doc
    end = number.sent.end
    verbs = [a for a in number.root.ancestors if a.pos_ in ("VERB", "AUX")][:1]
    for word in doc[number.end : min(number.end + 5, end)]:
        if word.pos_ == "VERB":
            verbs.append(word)
            if word.tag_ == "VBN":
                # "two bodies recovered near X were counted by both": past the participle
                # describing the noun, the passive of the noun's own verb.
                later = doc[word.i + 1 : min(word.i + 8, end)]
                verbs += [w for w in later if w.tag_ == "VBN" and doc[w.i - 1].lemma_ == "be"][:1]
            break
        if word.pos_ not in ("NOUN", "PROPN", "ADJ", "AUX", "PART", "ADV"):
            break
    return any(
        verb.lower_.startswith("double")
        or any(c.lower_ == "twice" and c.i > verb.i for c in verb.children)
        or _by_both(verb)
        for verb in verbs
    )


def _by_both(verb: Token) -> bool:
    """ "had been counted by both countries' teams", "recorded by both sides": twice."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return verb.lemma_.lower() in _COUNTING and any(
        w.lower_ == "both" for a in agents for w in a.subtree
    )


_COUNTING = frozenset({"count", "record", "register", "list", "include"})


_LOCATIVE = frozenset({"in", "at", "near", "from", "across", "outside", "inside"})


def _another_headline_clause(number: Token, anchor: Token) -> bool:
    """In a headline in title case, which the parser reads as one clause, a word after a comma
    and a count of its own is that count's: "53 Inmates of X Escape, One Officer Killed"."""
    doc = number.doc
    if anchor.i <= number.i:
        return False
    words = [t for t in number.sent if t.is_alpha]
    titled = len(words) >= 4 and sum(t.is_title for t in words) >= 0.8 * len(words)
    return titled and any(
        t.like_num and doc[t.i - 1].text == "," for t in doc[number.i + 1 : anchor.i]
    )


def _numbered_name(before: Token, number: Span) -> bool:
    """ "Rescue 1190 officials said", "Flight 2281 landed", "a Form Two student": digits (or a
    number word in capitals) that end a name, after a capitalised word that no entity claims
    or whose entity the digits continue, with words after them, in a sentence not written in
    title case ("Floods Leave 40 Dead" is a headline's count; "told AFP 40" gives a count
    after a name)."""
    doc = before.doc
    first = before.i == before.sent.start
    title_case = not first and doc[before.i - 1].is_title
    # "Police in Vale 48 persons were detained", as translated reports run a place on.
    placed = not first and doc[before.i - 1].lower_ in _LOCATIVE
    # A name runs on into its sentence ("Rescue 1122 and police officials said"); a list of
    # places gives each its count ("Dorn 512;", "Dorn 512 and Eske 9").
    after = doc[number.end : number.end + 2]
    runs_on = (
        len(after) > 0
        and after[0].is_alpha
        and (after[0].lower_ != "and" or (len(after) == 2 and after[1].is_lower))
    )
    named = before.ent_type_ == "" or (
        number[0].ent_iob_ == "I" and before.ent_type_ not in _SKIP_ENTITIES | {"CARDINAL"}
    )
    # Or a number word in capitals, as in "a Form Two student" or "the Phase Three site".
    titled = number.text.isalpha() and number.text.istitle() and before.pos_ in ("PROPN", "NOUN")
    return (
        (number.text.isdigit() or titled)
        and (before.pos_ == "PROPN" or titled)
        and before.is_title
        and named
        and runs_on
        and not (title_case or placed)
    )


# A toll passes a mark on its way to the figure its clause goes on to give: "the toll has
# passed 70, climbing to 86" gives 86 alone.
_PASSING = frozenset({"exceed", "pass", "surpass", "top", "cross"})


def _a_count_reached(word: Token) -> bool:
    """ "to 128" or "reaching 1,020": the count the climb ends at."""
    if word.lower_ == "to":
        return any(g.like_num for g in word.children)
    return word.dep_ == "dobj" and word.like_num


def _passed_on_the_way(number: Token) -> bool:
    verb = number.head
    if number.dep_ != "dobj" or verb.lemma_.lower() not in _PASSING:
        return False
    return any(
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.lemma_.lower() in _CLIMBING
        and any(_a_count_reached(word) for word in clause.children)
        for clause in verb.children
    )


_AGED = frozenset({"aged", "ages", "age"})
# Words between "aged" and an age: "aged between 19 and 64", "aged from 3 to 12".
_AGE_RANGE = frozenset({"between", "from", "of", "and", "to", "-"})


def _aged(number: Span) -> bool:
    """ "the youngest aged four", "aged between 19 and 64", "at the age of 12": an age."""
    doc = number.doc
    words = []
    for token in reversed(doc[max(0, number.start - 4) : number.start]):
        if token.lower_ in _AGED:
            # "a boy aged 12 and 30 adults": only a range joins a second age, or a second
            # number that counts nothing ("two girls, aged 8 and 11").
            root = number.root
            second = root.dep_ == "conj" and root.head.like_num
            return "and" not in words or "between" in words or second
        if not (token.lower_ in _AGE_RANGE or token.like_num):
            return False
        words.append(token.lower_)
    return False


_OVER_UNDER = frozenset({"over", "under", "above", "below"})


def _ages_of(number: Token) -> bool:
    """ "21 of the victims were over 60": what a count of people is, over or under a
    number, is their age."""
    be = number.head
    if number.dep_ == "pobj" and be.lower_ in _OVER_UNDER:
        be = be.head
    elif not (
        number.dep_ in ("attr", "acomp")
        and any(c.dep_ == "advmod" and c.lower_ in _OVER_UNDER for c in number.children)
    ):
        return False
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    people = subject is not None and (subject.like_num or subject.lemma_.lower() in PEOPLE)
    return be.lemma_ == "be" and people


# One person, whose age commas may set off: "her son, 22,", "a guard, 41,".
_ONE_PERSON = (PEOPLE | KIN) - {"people", "police", "personnel", "force", "crew", "staff", "more",
                                "others", "troop", "family"}  # fmt: skip


def _age(number: Span) -> bool:
    """ "Firefighter Tam Wing, 37, died", "Kiran Rai (31) was held", "her son, 22, was among
    the dead": a number set off by commas or brackets after a name, or by commas after a
    word for one person, is an age."""
    doc = number.doc
    if number.start < 2 or number.end >= len(doc):
        return False
    before, name, after = doc[number.start - 1], doc[number.start - 2], doc[number.end]
    set_off = before.text == "," and after.text == ","
    if set_off and name.tag_ == "NN" and name.lemma_.lower() in _ONE_PERSON:
        return True  # "whose nephew, 17, was among the dead"
    if name.pos_ != "PROPN":
        return False
    if set_off:
        return True
    # Or after a person's full name, wherever the parser hung it (a lone name may be a
    # district the recogniser took for a person: "Narok (1), Kisumu (3)").
    person = entity_at(name)
    full_name = person is not None and person.label_ == "PERSON" and len(person) > 1
    if before.text == "," and after.text in (";", ".", "-", "–", "—") and full_name:
        return True  # "detained X, 46; Y, 29; and Z, 38.", "three men - X, 39, and Y, 33 -"
    if (before.text, after.text) != ("(", ")") or name.ent_type_ in ("GPE", "LOC"):
        return False
    # In brackets, after a name that does something or has something done to it; a list of
    # districts with their counts hangs on a noun ("the dead came from: Ouro (12), ...").
    role = name  # the first name of a list of names ("X (25), Y (22) and Z (31) were held")
    while role.dep_ in ("conj", "appos") and role.head.pos_ == "PROPN" and role.head.i != role.i:
        role = role.head
    return role.dep_ in ("nsubj", "nsubjpass", "dobj") or full_name


def _listed(item: Token) -> bool:
    """An item of a list hanging on a count, a metric noun or a bracketed name ("1,290
    deaths in X, 450 in Y"; "X (21), Y (3)"); not a noun the parser took for an apposition
    ("five people are dead, ... three others in a critical condition")."""
    if item.dep_ != "appos":
        return False
    head = item.head
    # A bare count ("105 people were arrested: 20 in X, 2 in Y") is an item of any list.
    return (
        item.like_num
        or head.like_num
        or head.lemma_.lower() in METRIC_NOUNS
        or head.pos_ == "PROPN"
    )


def _followed_by(token: Token, word: str) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == word


def _bare_count(number: Span) -> bool:
    """A lone number the recogniser tagged as a date ("injuring 87") that cannot be one."""
    entity = entity_at(number[0])
    if entity is None or entity.label_ not in ("DATE", "TIME"):
        return False
    inside = entity.start >= number.start and entity.end <= number.end
    # "Marrow 12" in a list of places: the other words are a name, not a month or a day.
    named = all(
        t.pos_ == "PROPN" and not calendar_word(t.text)
        for t in entity
        if t.i < number.start or t.i >= number.end
    )
    # "from 30 to 21", "between 50 and 70": numbers alone, with no calendar word or year,
    # are no date; nor is what a total is brought to ("the toll since Monday to 22").
    numeric = all(
        (t.like_num and not _YEAR.fullmatch(t.text)) or t.lower_ in _RANGE_WORDS for t in entity
    )
    return (inside or named or numeric or _reached(number)) and not _YEAR.fullmatch(number.text)


_RANGE_WORDS = frozenset({"to", "from", "-", "between", "and"})


def _people_measured(number: Span) -> bool:
    """ "eighty-six persons", which the recogniser may take for a measure: a count of people
    is no quantity of anything else."""
    root = number.root
    measured = root.ent_type_ == "QUANTITY" and root.dep_ == "nummod"
    return measured and root.head.lemma_.lower() in PEOPLE


# What a total is brought to: "rose to 164", "stands at 50", "rose above 30,000", "climbed
# past 500" (which the recogniser may read as a date with the day after it).
_TOTAL_PREPS = frozenset({"to", "at", "above", "past", "beyond"})


def _reached(number: Span) -> bool:
    doc = number.doc
    before = doc[number.start - 1] if number.start > 0 else None
    after = doc[number.end] if number.end < len(doc) else None
    if before is None or before.lower_ not in _TOTAL_PREPS:
        return False
    if after is not None and calendar_word(after.text):
        return False
    return _verb_above(before).lemma_.lower() in TOTAL_VERBS


def _counted(number: Token) -> Token:
    """The noun a number counts ("26 demonstrators" -> demonstrators), or the number itself."""
    token = number
    while token.dep_ in ("compound", "quantmod") and token.head.i != token.i:
        token = token.head
    # "det": the "a" of "a guard was killed", a single person counted.
    attached = token.dep_ in ("nummod", "amod", "quantmod", "det") and (
        token.head.pos_ in ("NOUN", "PROPN") or _more_as_object(token.head)
    )
    # Not a date before it, which the parser may take a count set off after for ("since
    # June 2, 41 of them in X"; not "Thursday 18", a day).
    dated = (
        token.head.i < token.i
        and token.head.ent_type_ == "DATE" != token.ent_type_
        and token.nbor(-1).text == ","
    )
    if attached and not dated and (token.head.i > token.i or _next_people(token) is None):
        return token.head
    # A misattached count still counts the people noun written right after it
    # ("last Friday ten persons lost their lives").
    return _next_people(token) or token


def _next_people(number: Token) -> Token | None:
    doc = number.doc
    following = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if following is not None and following.pos_ == "NOUN" and following.lemma_.lower() in PEOPLE:
        return following
    return None


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _is_people(token: Token, number: Token) -> bool:
    if token.i == number.i:
        # A bare count is of people unless it is a part of something else ("several of the
        # projects"); "9 of the suspects", "17 of them" are people.
        part = _of_object(token)
        return part is None or part.pos_ == "PRON" or _is_people(part, part)
    lemma = token.lemma_.lower()
    if lemma in PEOPLE or token.lower_ in PEOPLE or lemma in KIN or token.ent_type_ == "NORP":
        return True
    if token.pos_ == "PROPN" and _a_nation(token):
        return True  # "seven Nepalis", which the recogniser may take for a person's name
    if lemma in METRIC_NOUNS or token.lower_ in STATE_WORDS:
        return True
    inner = _of_object(token) if lemma in _LIGHT_NOUNS else None
    return inner is not None and _is_people(inner, number)


def _held_after(number: Token, held: Token) -> bool:
    """ "1,000 held as crackdown widens": "held" describing a bare count is custody (not
    "held hostage", nor "held talks", where the count holds something)."""
    return (
        held.lower_ == "held"
        and held.dep_ == "acl"
        and held.head.i == number.i
        and not any(c.dep_ in ("dobj", "oprd", "xcomp", "acomp") for c in held.children)
        and not _no_custody(held)
    )


def _read(number: Token, previous: Metric | None) -> _Reading | None:
    doc = number.doc
    counted = number.head if number.dep_ == "det" else number
    if counted.dep_ in ("nsubj", "nsubjpass") and _none_missing(counted):
        return _Reading("missing", counted, counted.head)  # "no one remains missing"
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    # "2,000 injured" even when the parser hangs the number on a later noun; but in "two
    # injured inmates died" the word describes the counted noun, which the verb reads.
    if (
        after is not None
        and after.lower_ in STATE_WORDS
        and after.tag_ in ("VBN", "JJ", "VBD")
        and not (after.dep_ == "amod" and after.head.i > after.i)
        and after.dep_ not in ("nsubj", "nsubjpass")
    ):
        return _Reading(STATE_WORDS[after.lower_], number, after)
    if after is not None and _held_after(number, after):
        return _Reading("arrested", number, after)  # "Nearly 1,000 held as crackdown widens"
    before = doc[number.i - 1] if number.i > 0 else None
    grown = risen_by(number)
    if grown is not None:
        # "the number of wounded grew by 300": what grew says the metric.
        return _total(grown, _counted(number))
    if before is not None and before.lower_ == "to" and before.i > 0:
        # "rose by 5 to 219", which the parser may read as a range "5 to 219" after "by":
        # the count after "to" is the total the rise brought.
        rise = risen_by(doc[before.i - 1])
        if rise is not None:
            return _total(rise, number)
    verb_as_noun = (
        _tally_verb_as_noun(number) or _state_verb_as_noun(number) or _toll_misparsed(number)
    )
    if verb_as_noun is not None:
        return verb_as_noun
    named = number.head.lemma_.lower() in METRIC_NOUNS or _fatal_victims(number.head)
    # Not "the dead were four Iranians, ...": a breakdown by nationality.
    nation = _of_a_nation(number.head)
    if (
        before is not None
        and before.lemma_ == "be"
        and number.head.i != before.i
        and not (named or nation)
    ):
        # "The death toll is 128 and work goes on", the number hung on a later noun (not
        # "there are 31 fatal victims and 7 missing", the noun its own).
        total = _total(before, number)
        if total is not None:
            return total
    counted = _counted(number)
    if counted.dep_ in ("dobj", "nsubjpass") and counted.head.lemma_.lower() in _RELEASING:
        if _discharged_hurt(counted):
            return _Reading("injured", counted, counted, part=True)
        return None
    kin = [counted, *(c for c in counted.children if c.dep_ == "compound")]
    if any(w.lemma_.lower() in RELATIVES for w in kin):
        return None  # relatives of the victims are no victims
    if number.dep_ == "nummod" and counted.tag_ == "NNS" and counted.lemma_.lower() in TALLY_NOUNS:
        return None  # "two death tolls": tallies counted, not people (not "the 540 total")
    noun = METRIC_NOUNS.get(counted.lemma_.lower()) if counted.i != number.i else None
    if counted.lemma_.lower() == "admission" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in counted.children
    ):
        noun = None  # "three admissions of guilt"
    if noun is None and (_claimed_victims(counted) or _fatal_victims(counted)):
        noun = "deaths"
    if noun is None and _poisoning_cases(counted):
        noun = "injured"
    if noun is None and (counted.lemma_.lower() in _CASES or counted.i == number.i):
        # "610 cases of injuries", "dozens of injuries": a count of the events themselves.
        inner = _of_object(counted)
        event = inner is not None and inner.lemma_.lower() in _EVENT_NOUNS
        noun = METRIC_NOUNS.get(inner.lemma_.lower()) if inner is not None and event else None
    if noun is not None:
        return _Reading(noun, counted, counted)
    running = _running_total(number, counted, previous)
    if running is not None:
        return running
    graded = _graded(number)
    if graded is not None:
        return graded
    if not _is_people(counted, number):
        return None
    inner = _of_object(counted) if counted.i == number.i else None
    among = any(c.dep_ == "prep" and c.lower_ == "among" for c in counted.children)
    if counted.dep_ == "appos" and _among_them(counted.head) and previous is not None:
        # "..., among them 300 minors": the count set beside "them" is a part of the last.
        return _Reading(previous, counted, counted, part=True)
    if among or (inner is not None and inner.lower_ in _GROUP_PRONOUNS):
        # "410 deaths and 220 injured, 37 of them seriously": "them" are the count before,
        # whatever noun the parser hung the number on; "14 officers among those killed"
        # are of the dead, whatever verb the parser hung the officers on.
        partitive = _part(counted, previous)
        if partitive is not None:
            return partitive
    if counted.dep_ == "conj":
        # "killed 12 people and 30 were hospitalised", parsed as two objects of "killed":
        # the passive verb right after the count is its own.
        own = _surface(number, counted) or _own_state(counted)
        if own is not None:
            return own
    return (
        _described(counted)
        or _along_with(counted)
        or _by_nationality(counted, previous)
        or _victims_by_nationality(counted, previous)
        or _by_role(counted, previous)
        or _part(counted, previous)
        or _included(counted)
        or _surface(number, counted)
        or _of_those(counted, number)
        or _own_state(counted)
        or _where_kept(counted)
    )


def _along_with(counted: Token) -> _Reading | None:
    """ "arrested the organiser, X, along with six cooks": those who share what the verb did
    to its object."""
    prep = counted.head
    verb = prep.head.head
    along = prep.lower_ == "with" and prep.head.lower_ in ("along", "together")
    if counted.dep_ != "pobj" or not along or verb.pos_ != "VERB":
        return None  # "with six cooks" alone may be how, not who
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    metric = _verb_metric(verb, passive=passive, objects=objects) or STATE_WORDS.get(verb.lower_)
    return None if metric is None else _Reading(metric, counted, verb)


def _by_nationality(counted: Token, previous: Metric | None) -> _Reading | None:
    """ "The victims were four Iranians, two Iraqis and a Pakistani": the first of a breakdown
    of the dead (or of the victims of the metric just given) by nationality, a part."""
    if counted.dep_ != "attr" or counted.head.lemma_ != "be" or not _of_a_nation(counted):
        return None
    subject = next((c for c in counted.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    metric = _metric_word(subject)
    if metric is None and subject.lemma_.lower() in _VICTIMS:
        metric = previous
    return None if metric is None else _Reading(metric, counted, counted, part=True)


def _victims_by_nationality(counted: Token, previous: Metric | None) -> _Reading | None:
    """ "The seven victims were four Iranians, ...": the victims of the metric just given,
    whom the breakdown that follows is of."""
    verb = counted.head
    broken_down = any(c.dep_ == "attr" and _of_a_nation(c) for c in verb.children)
    victims = counted.lemma_.lower() in _VICTIMS and counted.dep_ == "nsubj"
    if previous is None or not (victims and verb.lemma_ == "be" and broken_down):
        return None
    return _Reading(previous, counted, counted)


def _where_kept(counted: Token) -> _Reading | None:
    """ "police have four suspects in custody", "with seven still in hospital", when nothing
    else says what they count (as "of the dead, ... 23 in hospital" does); not "the 200
    prisoners in the jail", who were held before."""
    tail = _of_object(counted) or counted
    for prep in (c for c in tail.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        if prep.lower_ == "in" and _custody(prep, _HELD_NOW):
            return _Reading("arrested", counted, prep)
        if _in_care(prep):
            return _Reading("injured", counted, prep)
    return None


def _toll_misparsed(number: Token) -> _Reading | None:
    """ "Driver arrested as crash toll reaches 33": what a toll right before the verb reaches
    is of its own metric (the dead, unless a word of it names another), whatever other
    subject the parser gave the verb (here the driver, whose arrest is no count)."""
    verb = number.head
    if number.dep_ != "dobj" or verb.lemma_.lower() not in TOTAL_VERBS or verb.i == 0:
        return None
    toll = number.doc[verb.i - 1]
    if toll.lemma_.lower() not in RUNNING_NOUNS:
        return None
    named = (_metric_word(w) for w in toll.lefts)
    return _Reading(next((m for m in named if m), "deaths"), number, verb)


def _of_those(counted: Token, number: Token) -> _Reading | None:
    """ "Eleven of the dead were found in the market": a part of those a state word names,
    whatever the verb says of them (not "two of the injured died", which the verb reads)."""
    inner = _of_object(counted) if counted.i == number.i else None
    if inner is None or not any(c.lower_ == "the" for c in inner.children):
        return None
    metric = STATE_WORDS.get(inner.lower_)
    if metric is None or counted.head.lemma_.lower() in EXPERIENCER_VERBS:
        return None
    return _Reading(metric, counted, inner, part=True)


def _own_state(counted: Token) -> _Reading | None:
    """ "resulted in 13 fatal victims and 26 wounded persons": the state word before a later
    count's noun is its own, whatever the first count's noun says; so is it before the
    object of a verb that gives no metric ("rescuers pulled 11 injured workers out")."""
    for word in (c for c in counted.children if c.dep_ == "amod" and c.i < counted.i):
        metric = STATE_WORDS.get(word.lower_)
        if metric is not None:
            return _Reading(metric, counted, word)
    return None


_INCLUDES = frozenset({"include", "comprise"})


def _among_them(pronoun: Token) -> bool:
    return (
        pronoun.lower_ in _GROUP_PRONOUNS
        and pronoun.dep_ == "pobj"
        and pronoun.head.lower_ == "among"
    )


def _discharged_hurt(counted: Token) -> bool:
    """ "doctors discharged 38 wounded residents", "16 patients had been discharged": still
    some of the injured, though released (the released held are no longer arrested)."""
    return counted.head.lemma_.lower() == "discharge" and (
        counted.lemma_.lower() == "patient"
        or any(STATE_WORDS.get(c.lower_) == "injured" for c in counted.children if c.dep_ == "amod")
    )


def _included(counted: Token) -> _Reading | None:
    """ "The dead include five teachers": the whole that includes them says what they are."""
    verb = counted.head
    if counted.dep_ != "dobj" or verb.lemma_.lower() not in _INCLUDES:
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for word in subject.subtree:
            metric = _metric_word(word)
            if metric is not None:
                return _Reading(metric, counted, verb, part=True)
    return None


# Verbs of a count that climbs, said of the victims themselves ("deaths went past 1,140").
_CLIMBING = frozenset({"reach", "rise", "climb", "exceed", "surpass", "top", "pass", "mount"})


def _claimed_victims(counted: Token) -> bool:
    """ "The floods claimed 224 victims": those an event claimed are its dead."""
    return (
        counted.lemma_.lower() == "victim" and counted.dep_ == "dobj" and takes_lives(counted.head)
    )


def _running_total(number: Token, counted: Token, previous: Metric | None) -> _Reading | None:
    """ "The fresh tally of 731 is far above the 540 total given a day earlier",
    after a sentence on the death toll: a running count of the metric just given (or of the
    arrested, for "the number in custody rose to 251", whatever came before)."""
    to_total = number.dep_ == "pobj" and number.head.lower_ in _TOTAL_PREPS
    noun = counted if counted.i != number.i else None
    if number.dep_ == "pobj" and number.head.lower_ == "of":
        noun = number.head.head
    if noun is None and to_total:
        # "..., a figure later raised to 42": what was raised is the count just given; "...,
        # bringing the total since the protests began to 1,200" (the count in the clause).
        verb = since_clause_head(number.head.head)
        raised = verb.lemma_.lower() in TOTAL_VERBS
        tallies = [
            c
            for c in verb.children
            if raised
            and c.dep_ in ("nsubj", "nsubjpass", "dobj")
            and c.lemma_.lower() in TALLY_NOUNS
        ]
        # "The office's latest count puts the number of poisoning cases at 436": the object
        # is what is put at the count, the subject only its source.
        put = [c for c in tallies if c.dep_ == "dobj"] or tallies
        noun = next(
            (
                c
                for c in put
                if not any(_metric_word(w) for w in c.subtree) and not _counts_others(c)
            ),
            None,
        )
        if noun is None:
            # "The number of fishermen still missing stands at 102", which the parser reads as
            # the number "missing" what stands: the state over the verb is the count's.
            state = _metric_word(verb.head) if verb.dep_ in ("dobj", "dep") else None
            if state is None or not _of_a_tally(verb.head):
                return None
            return _Reading(state, number, verb)
        if any(map(_carried_to_care, noun.subtree)):
            # "the number of people admitted to hospital climbed to 41": those in care.
            return _Reading("injured", number, verb)
        of_whom = _of_object(noun)
        words = (noun, verb) if of_whom is None else (noun, verb, of_whom)
        held = (p for w in words for p in w.children if p.dep_ == "prep")
        if any(p.lower_ == "in" and _custody(p) for p in held):
            return _Reading("arrested", number, verb)  # "bringing the number in custody to 4"
        return None if previous is None else _Reading(previous, number, verb)
    if previous is None:
        return None
    told = number.dep_ == "attr" and number.head.lemma_ == "be"
    reached = number.dep_ == "dobj" and number.head.lemma_.lower() in _REACHING
    if noun is None and (told or reached):
        # "..., but he insisted the true toll was 22", "a group says its own count has
        # reached 334": the count of the metric just given, told as what a tally is or
        # has come to.
        verb = number.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # Not "number": "his phone number is 45".
        if (
            subject is not None
            and subject.lemma_.lower() in TALLY_NOUNS - {"number"}
            and not any(_metric_word(w) for w in subject.subtree)
        ):
            return _Reading(previous, number, verb)
        return None
    if (
        noun is None
        and number.dep_ == "dobj"
        and number.head.lemma_.lower() in _GIVING_COUNTS
        and _of_object(number) is None
    ):
        # "..., rights groups count at least 130", "the government says 89": a bare count
        # said or counted by another body, of the metric just given (not "records hundreds
        # of tremors").
        return _Reading(previous, number, number.head)
    # "local officials gave a lower figure of 450": another body's figure of that metric,
    # given or cited (not "six figures", which are shapes, nor "a document with a figure of
    # 1,873", which may be what is corrected).
    given = (
        noun is not None
        and number.dep_ == "pobj"
        and number.head.lower_ == "of"
        and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
    )
    figures = RUNNING_NOUNS | (_OTHER_FIGURES if given else set())
    if noun is None or noun.lemma_.lower() not in figures:
        return None
    return _Reading(previous, number, noun)


# Verbs a tally comes to a count by: "its count has reached 334".
_REACHING = frozenset({"reach", "hit", "pass", "top", "exceed", "surpass"})


def _counts_others(tally: Token) -> bool:
    """ "the number of people in accommodation centres rose to 64,000", "taking to two the
    number of officials placed under suspension": a tally of people its own words describe
    as no metric does (in custody aside), or as alive, not the count of the metric just
    given; nor a tally of things ("the number of confirmed cases rose to 29,870")."""
    counted = _of_object(tally)
    if counted is not None and counted.pos_ == "NOUN" and not _is_people(counted, tally):
        return True
    described = [
        c for c in (counted.children if counted else ()) if c.dep_ in ("prep", "acl", "relcl")
    ]
    # The parser may hang the place on the tally: "the number of people in camps".
    described += [p for p in _preps(tally, "in", "at", "under") if not _of_time(p)]
    if any(w.lemma_.lower() in _ALIVE for w in tally.subtree):
        return True  # "bringing to 12 the number of miners brought out alive"
    return bool(described) and not any(c.dep_ == "prep" and _custody(c) for c in described)


# Words that say people came through: a tally of them counts no casualty.
_ALIVE = frozenset({"alive", "survivor", "unharmed", "unhurt", "safe", "safely"})


def _preps(word: Token, *forms: str) -> list[Token]:
    return [c for c in word.children if c.dep_ == "prep" and c.lower_ in forms]


_TIME_NOUNS = frozenset({"hour", "day", "night", "week", "month", "year", "period", "time"})


def _of_time(prep: Token) -> bool:
    """ "in the past 24 hours", "in March": a time, not a place or a state."""
    return any(
        c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in _TIME_NOUNS
        for c in prep.children
        if c.dep_ == "pobj"
    )


_GIVING_COUNTS = frozenset(
    {"count", "say", "report", "record", "estimate", "cite", "confirm", "list"}
)
_OTHER_FIGURES = frozenset({"figure", "estimate", "count"})


def _of_two_metrics(noun: Token, metric: Metric) -> bool:
    """ "the abductions and arrests of 680 protesters", "the deaths and injuries of 54 people":
    one count of people who suffered either, which no metric alone counts."""
    joined = [c for c in noun.children if c.dep_ == "conj"]
    if noun.dep_ == "conj":
        joined.append(noun.head)
    return any(METRIC_NOUNS.get(w.lemma_.lower(), metric) != metric for w in joined)


def _victims_of(counted: Token) -> _Reading | None:
    """ "a further 40 people were victims of abductions": the metric of what they suffered,
    where a metric noun names it (victims of an attack are counted by other words)."""
    verb = counted.head
    if counted.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    for victims in (c for c in verb.children if c.dep_ == "attr" and c.lower_ in _WHOLES):
        for of in (c for c in victims.children if c.dep_ == "prep" and c.lower_ == "of"):
            for suffered in (c for c in of.children if c.dep_ == "pobj"):
                metric = METRIC_NOUNS.get(suffered.lemma_.lower())
                if metric is not None:
                    return _Reading(metric, counted, victims)
    return None


def _described(counted: Token) -> _Reading | None:
    """ "26 people dead", "2,000 wounded", "hundreds injured", "people killed in clashes"."""
    if counted.dep_ == "nsubj" and counted.head.lemma_.lower() in EXPERIENCER_VERBS:
        return None  # "three more injured died": the verb says what became of them
    tail = _of_object(counted) or counted
    doc = counted.doc
    after = _past_aside(tail)
    following = [doc[after]] if after < tail.sent.end else []
    modifiers = [c for c in counted.children if c.dep_ in ("amod", "acl") and c.i > counted.i]
    for word in [*following, *modifiers]:
        if counted.lower_ in _WHOLES and word.lower_ in _IDENTIFIED:
            return _Reading("deaths", counted, word)  # "98 victims identified": the dead
        # "the 205 confirmed dead": the state completes a participle on the count.
        completing = (c for c in word.children if c.dep_ in ("oprd", "acomp"))
        stated = next(completing, word) if word.dep_ == "acl" else word
        metric = STATE_WORDS.get(stated.lower_)
        # "204 treated for burns", "97 people treated in hospital" (not "87 treated at the
        # morgue", who may be the dead).
        cared_for = word.lemma_ != "treat" or any(
            c.lower_ == "for" or (c.dep_ == "prep" and _in_care(c)) for c in word.children
        )
        if metric is None and word.dep_ == "acl" and word.tag_ == "VBN" and cared_for:
            metric = _verb_metric(word, passive=True, objects=[])
        if metric is None or any(c.dep_ == "dobj" for c in word.children):
            continue
        return _Reading(metric, counted, stated)
    if _with_injuries(tail) or _with_injuries(counted):
        return _Reading("injured", counted, tail)  # "dozens of people with gunshot wounds"
    hurt = _hurt_part(counted)
    if hurt is not None:
        return _Reading("injured", counted, hurt)
    suffered = _victims_of(counted)
    if suffered is not None:
        return suffered
    for clause in (c for c in counted.children if c.dep_ == "relcl"):
        # "361 people who were treated for injuries" (but those "who hold a stake" hold no one).
        if of_who(clause):
            objects = [c for c in clause.children if c.dep_ == "dobj"]
            metric = _verb_metric(clause, passive=clause.tag_ == "VBN", objects=objects)
            if metric is not None:
                return _Reading(metric, counted, clause)
    return None


def _past_aside(word: Token) -> int:
    """The index of the word after `word`, past a bracketed aside ("400 people (as far as the
    paper could confirm) killed"), which the parser may hang the rest of the phrase above."""
    doc = word.doc
    at = word.i + 1
    if at < word.sent.end and doc[at].text == "(":
        close = next((t.i for t in doc[at : word.sent.end] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return at


def _to_death(verb: Token) -> bool:
    """ "beaten to death", "shot dead" (not "sentenced to death": see `_SENTENCING`; nor
    "linked to the death of X", "linked to X's death", a death of its own)."""
    return any(
        (
            p.dep_ == "prep"
            and p.lower_ == "to"
            and any(o.lower_ == "death" and not list(o.children) for o in p.children)
        )
        or (p.dep_ == "oprd" and p.lower_ == "dead")
        for p in verb.children
    )


def _verb_metric(verb: Token, passive: bool, objects: list[Token]) -> Metric | None:
    """The metric a verb gives its counted subject: "were killed", "died", "were shot dead",
    "were treated for burns", "needed medical help", "were taken into custody"."""
    lemma = verb.lemma_.lower()
    if lemma in EXPERIENCER_VERBS:
        return None if _or_vanished(verb) else EXPERIENCER_VERBS[lemma]
    if _held_captive(verb):
        return "missing"
    if _no_custody(verb):
        return None
    if lemma in PATIENT_VERBS and (passive or not objects):
        return PATIENT_VERBS[lemma]
    if passive and (done := _then_done(verb)) is not None:
        return done
    if any((lemma, o.lemma_.lower()) in _DYING for o in objects):
        return "deaths"  # "lost their lives", "embraced martyrdom"
    if lemma in _FALLING and any(c.lower_ in _ILL and c.dep_ != "prep" for c in verb.children):
        return "injured"  # "85 guests fell ill", "22 others were taken ill": poisoned
    if lemma not in _SENTENCING and _to_death(verb):
        return "deaths"  # "beaten to death", "burnt to death", "shot dead"
    if lemma == "burn" and any(c.lower_ == "alive" for c in verb.children):
        return "deaths"  # "burned alive" (but "buried alive" may be rescued)
    for child in verb.children:
        state = STATE_WORDS.get(child.lower_)
        if child.dep_ in ("acomp", "attr", "oprd", "xcomp") and state is not None:
            return state
        if child.dep_ == "advcl" and state is not None and not list(child.children):
            return state  # "nine were pulled out injured": how they came out
        linked = lemma in _LINKING and child.dep_ == "advcl"
        if linked and child.lemma_.lower() in PATIENT_VERBS:
            return PATIENT_VERBS[child.lemma_.lower()]
        if child.dep_ == "prep" and child.lower_ in ("in", "into", "to") and _custody(child):
            return "arrested"  # "taken into custody", "returned to custody"
        if child.dep_ == "prep" and child.lower_ == "under" and _custody(child, _ARREST):
            return "arrested"  # "two people are under arrest", "under house arrest"
        if lemma in _BEING and child.dep_ == "prep" and _in_care(child):
            # "191 are under treatment", "10 were in critical condition", "six of the injured
            # remain in intensive care" (a part, by its words).
            return "injured"
    if lemma in CARE_VERBS and any(_is_care(o) for o in objects):
        return "injured"
    if lemma in _SUFFERING | {"have"} and any(o.lemma_.lower() in INJURIES for o in objects):
        return "injured"  # "200 others sustained injuries", "17 people have burns"
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        lemma == "have"
        and after is not None
        and after.lemma_.lower() in _SUFFERING
        and after.head.lemma_.lower() in INJURIES
    ):
        return "injured"  # "have sustained injuries", the participle read as an adjective
    if lemma == "treat" and passive and _treated_for_care(verb):
        return "injured"
    if lemma == "admit" and passive and (_for_care(verb) or _said_by_carers(verb)):
        # "45 people have been admitted for treatment", "the hospital's director said 23
        # were admitted"
        return "injured"
    still = any(c.lower_ in _STILL_ADMITTED for c in verb.children)
    if (lemma == "admit" and still and not objects) or (
        lemma in _LINKING and any(c.lemma_ == "admit" and c.tag_ == "VBN" for c in verb.children)
    ):
        return "injured"  # "29 survivors are still admitted", "24 remain admitted"
    if not objects and _with_injuries(verb):
        return "injured"  # "17 of them were taken to hospital with injuries"
    if passive and lemma in _CARRYING and _to_hospital(verb):
        # "About 60 people were rushed to hospital" (bodies are the dead, and so are those
        # taken there "when they showed no signs of life" and some "of the dead").
        return "deaths" if _lifeless(verb) or _some_of_the_dead(verb) else "injured"
    return None


def _some_of_the_dead(verb: Token) -> bool:
    """ "six of the dead were brought to the hospital": bodies carried there."""
    parts = (_of_object(c) for c in verb.children if c.dep_ == "nsubjpass")
    return any(p is not None and METRIC_NOUNS.get(p.lemma_.lower()) == "deaths" for p in parts)


# Adverbs of time or place, not of manner: "are still being treated there".
_WHEN_WORDS = frozenset({"still", "now", "already", "also", "currently", "there", "here"})


def _treated_for_care(verb: Token) -> bool:
    """ "were treated for burns", "were treated in hospital", "441 were treated, of whom 31
    remain in hospital", "are still being treated"; not "were treated badly" nor "treated as
    criminals"."""
    manner = any(
        (c.dep_ in ("advmod", "acomp", "oprd") and c.lower_ not in _WHEN_WORDS)
        or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )
    return any(c.dep_ == "prep" for c in verb.children) or not manner


_VANISHING = frozenset({"disappear", "vanish"})


def _or_vanished(verb: Token) -> bool:
    """ "1,300 people died or disappeared": a count of the dead and the missing together is
    of neither."""
    return any(
        c.lemma_.lower() in _VANISHING or c.lower_ in MISSING_WORDS
        for c in verb.conjuncts
        if not any(g.dep_.startswith("nsubj") for g in c.children)
    )


def _said_by_carers(verb: Token) -> bool:
    """What a clause says is said by a hospital, a doctor or one of a hospital's staff."""
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "ccomp" else []
    return any(
        w.lemma_.lower() in CARERS
        for speaker in speakers
        for w in (speaker, *(c for c in speaker.children if c.dep_ == "poss"))
    )


def _for_care(verb: Token) -> bool:
    return any(
        p.dep_ == "prep"
        and p.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in CARE_NOUNS for o in p.children)
        for p in verb.children
    )


# Words that make "admitted" a stay in hospital, not an admission of guilt or to a school.
_STILL_ADMITTED = frozenset({"still", "remain", "remains", "currently"})
# Verbs of carrying people somewhere, and where people are carried for care.
_CARRYING = frozenset(
    {"take", "rush", "admit", "bring", "airlift", "fly", "send", "transfer", "transport", "ferry"}
)
_HOSPITALS = frozenset({"hospital", "clinic", "infirmary"})


def _tally_in_care(reading: _Reading) -> bool:
    """A count of those taken to hospital, by its own words or its tally's: "the number of
    people admitted to hospital climbed to 41", however the parser hangs the participle."""
    verb = reading.anchor
    tallies = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "... while the number of people admitted to hospital climbed": the tally the subject of
    # the participle, read as a clause of the verb.
    tallies += [c for c in verb.children if c.dep_ == "advcl" and _of_a_tally(c)]
    words = [w for t in (reading.counted, *tallies) for w in t.subtree]
    return any(map(_carried_to_care, words))


def _of_a_tally(clause: Token) -> bool:
    """A clause whose subject is a tally ("the number of people admitted ...", which the
    parser may read as "the number ... admitted")."""
    return any(g.dep_ == "nsubj" and g.lemma_.lower() in TALLY_NOUNS for g in clause.children)


def _carried_to_care(participle: Token) -> bool:
    """ "(the number of people) admitted to hospital", "taken to hospital"."""
    return (
        participle.dep_ in ("acl", "advcl")
        and participle.tag_ == "VBN"
        and participle.lemma_.lower() in _CARRYING
        and _to_hospital(participle)
    )


def _to_hospital(verb: Token) -> bool:
    """Carried to hospital, with injuries or with an illness the crisis brought ("with
    suspected poisoning", "with heatstroke"); "to hospital" may be read as a verb."""
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in _HOSPITALS
        for p in verb.children
        # "sent 46 to hospital", whose "to" the parser may make a dative.
        if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for o in p.children
    ) or any(c.dep_ == "xcomp" and c.lower_ in _HOSPITALS for c in verb.children)


def _lifeless(verb: Token) -> bool:
    """ "... when they showed no signs of life", "without any sign of life"."""
    for sign in (t for t in verb.subtree if t.lemma_.lower() == "sign"):
        of_life = any(
            c.lower_ == "of" and any(g.lemma_.lower() == "life" for g in c.children)
            for c in sign.children
        )
        denied = (
            any(c.lower_ == "no" for c in sign.children)
            or sign.head.lower_ == "without"
            or any(c.dep_ == "neg" for c in sign.head.children)
        )
        if of_life and denied:
            return True
    return False


def _then_done(verb: Token) -> Metric | None:
    """What a second passive verb sharing the subject did: "were shot and killed", "were
    beaten and injured"."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB":
            continue
        if own_subject(conj):
            return None  # a clause of its own: "were shot and police fled"
        return PATIENT_VERBS.get(conj.lemma_.lower())
    return None


def _held_captive(verb: Token) -> bool:
    """ "42 students are still being held", "41 residents are still being held", in a report
    on an abduction, by no one named: captives, missing, not detainees."""
    if verb.lemma_.lower() not in _HELD or any(c.dep_ == "agent" for c in verb.children):
        return False
    held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if held and all(h.lemma_.lower() in _ABDUCTED for h in held):
        return _tells_of_abduction(verb.doc)
    return bool(held) and _still_held_captive(verb)


def _still_held_captive(verb: Token) -> bool:
    """ "41 residents are still being held", "42 still held", in a report on an abduction:
    whoever they are, but those taken for the crime ("seven suspects are still held")."""
    held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ in ("acl", "amod"):
        held.append(verb.head)
    return (
        any(c.lower_ == "still" for c in verb.children)
        and not any(h.lemma_.lower() in _CULPRITS for h in held)
        and _tells_of_abduction(verb.doc)
    )


def _tells_of_abduction(doc: Doc) -> bool:
    return any(t.lemma_.lower() in _ABDUCTION for t in doc)


def _no_custody(verb: Token) -> bool:
    """A verb of custody used for something else: "held hostage", "caught in the fire"."""
    lemma = verb.lemma_.lower()
    if lemma in _HELD:
        # "Twelve held hostage", which the parser may read as "held" describing "hostage";
        # "42 still held" in a report on an abduction: captives.
        return (
            verb.head.lower_ in _HOSTAGE
            or any(c.lower_ in _HOSTAGE for c in verb.children)
            or _still_held_captive(verb)
        )
    return lemma == "catch" and any(
        c.lower_ in _CAUGHT_ELSE and not any(o.ent_type_ in ("GPE", "LOC") for o in c.children)
        for c in verb.children
    )  # "caught in Velmora" is a place of arrest


def _with_injuries(word: Token) -> bool:
    """ "with injuries", "with gunshot wounds", "for burns" on the word, or on a state it
    ends in ("pulled out alive with injuries"); not "with no injuries", nor one of a count
    of its own ("103 were rescued alive, 27 of them with injuries")."""
    holders = [word, *(c for c in word.children if c.dep_ in ("advcl", "acomp", "oprd"))]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("with", "for")
        and not _a_parts_own(prep)
        and any(
            w.lemma_.lower() in INJURIES
            and w.pos_ == "NOUN"
            and not any(d.lower_ in ("no", "without") for d in w.children)
            for w in prep.subtree
        )
        for holder in holders
        for prep in holder.children
    )


def _hurt_part(counted: Token) -> Token | None:
    """The "with injuries" of "103 were rescued alive, 27 of them with injuries", wherever
    the parser hung the count (on the phrase, or on the verb beside it) and the phrase (on
    the verb, or on the count)."""
    if counted.dep_ == "nsubj" and counted.head.lower_ == "with":
        phrases = [counted.head]
    elif counted.dep_ == "npadvmod" and _of_object(counted) is not None:
        beside = [*counted.children, *counted.head.children]
        phrases = [p for p in beside if p.lower_ == "with" and p.i > counted.i]
    else:
        return None
    hurt = (p for p in phrases for c in p.children if c.lemma_.lower() in INJURIES)
    return next(hurt, None)


def _a_parts_own(prep: Token) -> bool:
    """ "rescued alive, 27 of them with injuries": the phrase says what a part right before
    it suffered, however the parser hung the part."""
    if any(c.dep_ == "nsubj" and c.like_num for c in prep.children):
        return True
    # Not the verb's own subject: "nine of them were flown out with injuries".
    return any(
        c.like_num
        and c.dep_ not in ("nsubj", "nsubjpass")
        and c.i < prep.i
        and (inner := _of_object(c)) is not None
        and inner.pos_ == "PRON"
        for c in prep.head.children
    )


_HELD_NOW = frozenset({"custody", "detention"})


def _custody(prep: Token, places: frozenset[str] = frozenset(CUSTODY)) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in places for c in prep.children)


def _in_care(prep: Token) -> bool:
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        if prep.lower_ == "under" and noun.lemma_.lower() in CARE_NOUNS:
            return True
        serious = any(c.lower_ in _GRAVE for c in noun.children)
        if prep.lower_ == "in" and noun.lemma_.lower() == "condition" and serious:
            return True
        if prep.lower_ == "in" and noun.lemma_.lower() == "care":
            return any(c.lower_ == "intensive" for c in noun.children)
        if prep.lower_ in ("in", "at") and noun.lemma_.lower() == "hospital":
            # "22 people remain in hospital", "are still in the hospital", "nine remain at the
            # district hospital"; not "eight people were in the hospital when the fire broke
            # out".
            still = any(c.lower_ == "still" for c in prep.head.children)
            if prep.lower_ == "at":
                return still or prep.head.lemma_ in _STAYING
            placed = any(c.dep_ == "det" for c in noun.children) and prep.head.lemma_ == "be"
            return not placed or still
    return False


_STAYING = frozenset({"remain", "stay"})
_ARREST = frozenset({"arrest"})  # "under arrest", "under house arrest"


def _is_care(noun: Token) -> bool:
    """ "treatment", "medical help", "medical attention"."""
    lemma = noun.lemma_.lower()
    medical = any(c.lower_ in ("medical", "hospital") for c in noun.children)
    return lemma == "treatment" or (lemma in CARE_NOUNS and medical)


def _by_role(counted: Token, previous: Metric | None) -> _Reading | None:
    """The count as subject or object of a casualty verb, or as a total something reaches."""
    inner = _of_object(counted) if counted.dep_ == "conj" else None
    own = _metric_word(inner) if inner is not None else None
    if inner is not None and own is not None:
        # "six of the dead and 19 of the injured were X": a conjunct's own metric.
        return _Reading(own, counted, inner)
    bare = counted.like_num or counted.lower_ in VAGUE
    if inner is not None and bare and inner.pos_ == "NOUN" and inner.lemma_.lower() not in PEOPLE:
        return None  # "six deaths and thousands of cases of breathing difficulties"
    role = counted
    # "1,290 deaths in X, 450 in Y, 41 in Z and 15 in W": list items hang on the first.
    while (role.dep_ == "conj" or _listed(role)) and role.head.i != role.i:
        role = role.head
    following = counted.doc[counted.i + 1] if counted.i + 1 < len(counted.doc) else None
    if following is not None and following.tag_ in FINITE_TAGS and following.pos_ == "VERB":
        # "..., and 20 people remain missing": a conjunct with its own verb shares nothing.
        role = counted
    if role is not counted and following is not None and following.tag_ == "VBN":
        # "nine dead and 1,042 people treated": a conjunct's own participle, wherever the
        # parser hung it.
        own = _verb_metric(following, passive=True, objects=[])
        if own is not None:
            return _Reading(own, counted, following)
    if role is not counted and (role.pos_ not in ("VERB", "AUX") or counted.pos_ == "NUM"):
        # "11 deaths in X and 9 in Y": an elliptical conjunct shares the first one's metric;
        # so does a bare count the parser joined to the verb ("counts 29 dead in X and 18 in Y").
        if role.pos_ in ("VERB", "AUX"):
            # Its object, or the noun it describes ("21 bodies found in X and 9 in Y").
            described = role.head if role.dep_ == "acl" else role
            # Or its subject: "seven deaths were recorded in X and four in Y".
            subjects = (c for c in role.children if c.dep_ in ("nsubjpass", "nsubj"))
            argument = next((c for c in role.children if c.dep_ in ("dobj", "attr")), None)
            role = argument or (next(subjects, described) if described is role else described)
        first = _conjunct_reading(role, previous)
        if first is not None:
            return _Reading(first.metric, counted, first.anchor)
    if role is not counted and role.pos_ == "VERB" and counted.pos_ == "NOUN":
        # "17 soldiers were killed in the ambush, as well as 31 civilians": a group the
        # parser joined to the verb shares its counted subject's reading.
        subject = next(
            (c for c in role.children if c.dep_ in ("nsubj", "nsubjpass") and _numbered(c)), None
        )
        first = None if subject is None else _conjunct_reading(subject, previous)
        if first is not None:
            return _Reading(first.metric, counted, first.anchor)
    verb = role.head
    if role.dep_ in ("nsubj", "nsubjpass"):
        verb = _past_auxiliary(verb)  # "of whom 24 remain admitted", the count hung on "remain"
    lemma = verb.lemma_.lower()
    if role.dep_ in ("nsubj", "nsubjpass"):
        objects = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and not (c.lower_ in _PARTITIVE_PRONOUNS and _of_object(c) is not None)
        ]
        passive = role.dep_ == "nsubjpass" or verb.tag_ == "VBN"
        if role.dep_ == "nsubjpass" and _union(verb):
            return None  # "40 were killed or injured": the dead and the hurt together
        metric = _verb_metric(verb, passive, objects)
        if metric is not None:
            return _Reading(metric, counted, verb)
    side_lost = _a_side_lost(role)
    if role.dep_ == "dobj" or _more_as_object(role) or side_lost:
        verb = _nearest_coordinated(verb, role)
        if _union(verb):
            return None  # "killing and injuring nearly 100": the dead and the hurt together
        lemma = verb.lemma_.lower()
        if lemma in PATIENT_VERBS and lemma not in _HELD and not _no_custody(verb):
            return _Reading(PATIENT_VERBS[lemma], counted, verb)
        if lemma == "lose" and (role.lemma_.lower() in _FIGHTERS or side_lost):
            return _Reading("deaths", counted, verb)  # "the army lost 12 soldiers"
        if lemma in _PLACING and any(
            w.lemma_.lower() in CUSTODY and w.head.lower_ in ("in", "into") for w in verb.subtree
        ):
            return _Reading("arrested", counted, verb)  # "took 17 of them into custody"
        state = next(
            (STATE_WORDS[c.lower_] for c in verb.children if c.dep_ in ("acomp", "oprd")
             and c.lower_ in STATE_WORDS),
            None,
        )  # fmt: skip
        if state is not None:
            return _Reading(state, counted, verb)  # "police shot dead eight protesters"
        if lemma in _RECEIVING and _with_injuries(verb):
            return _Reading("injured", counted, verb)  # "received dozens with gunshot wounds"
        if lemma in _CARRYING and _to_hospital(verb) and not _lifeless(verb):
            return _Reading("injured", counted, verb)  # "the blaze sent 46 to hospital"
        if lemma == "treat" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            return _Reading("injured", counted, verb)  # "medics treated 80 people for burns"
        if lemma in ("treat", "admit") and treated_by_carers(verb):
            # "hospitals treated 120 people", "hospitals reported treating 120 people",
            # "clinics admitted 63 casualties".
            return _Reading("injured", counted, verb)
    if role.dep_ == "pobj" and role.head.lower_ == "of":
        owner = role.head.head
        # "7 of the deaths"; not the verb a fronted "Of the injured, 15 remain ..." hangs on.
        metric = METRIC_NOUNS.get(owner.lemma_.lower())
        if owner.pos_ not in ("VERB", "AUX") and metric is not None:
            if _ordered(owner) or _of_two_metrics(owner, metric):
                return None
            return _Reading(metric, counted, owner)
        if owner.lemma_.lower() in _LIGHT_NOUNS and owner.head.i != owner.i:
            # "a total of 212 people had been arrested": the total is what the verb reads.
            return _by_role(owner, previous)
    # "put the toll as high as 200": the comparison is where "at" would be.
    compared = role.head.lower_ == "as" and role.head.head.lower_ == "high"
    if role.dep_ == "pobj" and (
        role.head.lower_ in _TOTAL_PREPS or compared or _to_count_after_from(role)
    ):
        # "bringing the number of officers injured since the unrest began to 32": the
        # parser may hang the count in the "since" clause.
        verb = since_clause_head(_verb_above(role.head))
        if verb.dep_ == "acl" and verb.lemma_.lower() not in TOTAL_VERBS:
            # "bringing the number of suspects detained to 23": the participle describes the
            # counted noun; the total is set by the verb that noun belongs to.
            verb = _verb_above(verb.head)
        tallied = _tallied_state(verb)
        if tallied is not None:
            return _Reading(tallied[0], counted, tallied[1])
        return _total(verb, counted)
    if role.dep_ in ("attr", "dobj") or (role.dep_ == "acomp" and lemma == "be"):
        people = counted.i == role.i or counted.lemma_.lower() in PEOPLE
        if role.dep_ == "dobj" and lemma in _BRINGING and people:
            # "bringing the toll to 40" brings a tally to a count; "his arrest brought several
            # thousand people onto the streets", "the death that brought thousands onto the
            # streets" bring people somewhere.
            return None
        # "the death toll was 26, officials said", where the parser makes the count a
        # complement.
        return _total(verb, counted)
    return None


def _ordered(event: Token) -> bool:
    """ "ordered the arrest of 12 people", "a warrant for the arrest of 12": an arrest ordered
    is not made yet, and the people are not yet counted among the arrested."""
    if event.lemma_.lower() not in ("arrest", "detention"):
        return False
    if event.dep_ == "pobj" and event.head.lower_ == "for":
        # On the warrant, or on the verb that issued it: "issued warrants for the arrest of".
        above = event.head.head
        return above.lemma_.lower() in _ORDERING or any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ORDERING
            for c in above.children
        )
    return event.dep_ in ("dobj", "nsubjpass") and event.head.lemma_.lower() in _ORDERING


def _tallied_state(word: Token, own: bool = False) -> tuple[Metric, Token] | None:
    """ "lowered the number of people still missing to 78", which the parser reads as "the
    number ... missing to 78" under the verb: the state the word names, and the verb that
    sets its number. The number is the word's subject or, unless `own`, the verb's object."""
    metric = _metric_word(word)
    if metric is None or word.head.lemma_.lower() not in TOTAL_VERBS:
        return None
    around = list(word.children) if own else [*word.children, *word.head.children]
    holders = (
        c
        for c in around
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in TALLY_NOUNS
    )
    return (metric, word.head) if any(holders) else None


def _conjunct_reading(first: Token, previous: Metric | None) -> _Reading | None:
    metric = METRIC_NOUNS.get(first.lemma_.lower())
    if metric is not None:
        return _Reading(metric, first, first)
    number = first if first.pos_ == "NUM" else None
    number = number or next((c for c in first.children if c.dep_ == "nummod"), None)
    return _read(number, previous) if number is not None else None


def _part(counted: Token, previous: Metric | None) -> _Reading | None:
    """A part of a figure already given: "including 19 children", "17 of them in Nairobi",
    "among them 11 guards", "among the victims are 18 demonstrators", "of the dead, 14 ..."."""
    # A conjunct's head is a sibling, not its whole: "most of them in X, and 20 people ...".
    sibling = counted.dep_ == "conj" and counted.head.pos_ not in ("VERB", "AUX")
    holders = [counted] if sibling else [counted, counted.head]
    if counted.head.dep_ != "relcl" and not sibling:
        # Not across a relative clause: in "sites around X that hold 100,000 people, most of
        # them ...", the people held are no part of the figure before.
        holders.append(counted.head.head)
    for holder in holders:
        for prep in (p for c in holder.children for p in _out_of(c)):
            # The parser may leave "of which" as a bare dependent of its clause.
            loose = prep.dep_ == "dep" and prep.lower_ == "of"
            if (prep.dep_ != "prep" and not loose) or prep.lower_ not in _WHOLE_WORDS:
                continue
            if prep.lower_ == "of" and not _names_whole(prep, holder, counted):
                continue
            for whole in (c for c in prep.children if c.dep_ == "pobj"):
                if (
                    whole.i == counted.i
                    and whole.lower_ in _WHOLES
                    and (holder.pos_ == "NOUN" or previous not in ("deaths", "injured"))
                ):
                    # "Of the 23 victims, 15 were ...": the victims a clause opens on are the
                    # dead or hurt counted before; not those a noun is of ("the families of the
                    # nine victims", "the identities of 25 victims"), nor the arrested.
                    continue
                metric = (
                    METRIC_NOUNS.get(whole.lemma_.lower())
                    or STATE_WORDS.get(whole.lower_)
                    or _described_by(whole)
                    or _stated_count(whole)
                )
                # "in 100 of them we had few details": a pronoun's whole is a casualty
                # figure only for a count that is itself a subject, object or "including".
                governed = counted.dep_ == "pobj" and counted.head.lower_ not in _PART_WORDS
                if (
                    metric is None
                    and not governed
                    and (
                        whole.lower_ in _WHOLES | _GROUP_PRONOUNS
                        or _count_just_given(whole, counted)
                    )
                    and not _of_things_counted_before(whole, counted)
                ):
                    # "survived, of whom 14 remain admitted", "rescued alive, 27 of them
                    # with injuries": what its own words say of it.
                    hurt: Metric | None = "injured" if _hurt_part(counted) else None
                    metric = _own_verb_metric(counted) or hurt or previous
                if metric is None and whole.lower_ == "which" and holder.dep_ == "relcl":
                    # "212 arrests, of which 40 were minors": the noun the clause is on.
                    metric = METRIC_NOUNS.get(holder.head.lemma_.lower())
                if metric is not None:
                    # "the figure of deceased ... to 44 inmates": a tally's "of" says what it
                    # counts, not a whole the count is part of.
                    tally = holder.lemma_.lower() in TALLY_NOUNS
                    return _Reading(metric, counted, holder, part=not tally)
    listed = counted.dep_ in ("pobj", "dobj") and _listing_parts(counted.head)
    if previous is not None and listed:
        return _Reading(previous, counted, counted, part=True)
    return None


def _listing_parts(prep: Token) -> bool:
    """ "including", "comprising", "consisting of", "made up of": what follows are parts of
    the count before ("nine died, consisting of seven civilians and two police officers")."""
    if prep.lower_ in ("including", "comprising"):
        return True
    if prep.lower_ != "of":
        return False
    # "made up of": the parser hangs "of" on "up".
    made_up = prep.head.lower_ == "up" and prep.head.head.lemma_.lower() == "make"
    return made_up or prep.head.lemma_.lower() == "consist"


def _own_verb_metric(counted: Token) -> Metric | None:
    """The metric the verb of a count's clause gives it, past the auxiliary the parser may
    hang the count on."""
    verb = _past_auxiliary(counted.head)
    if counted.dep_ not in ("nsubj", "nsubjpass", "nummod") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return _verb_metric(verb, passive=verb.tag_ == "VBN", objects=[])


def _past_auxiliary(verb: Token) -> Token:
    """The verb an auxiliary belongs to, when the parser hung a count on the auxiliary."""
    while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _out_of(child: Token) -> list[Token]:
    """The child, or the "of" of "out of these, 74 were women"."""
    if child.dep_ == "prep" and child.lower_ == "out":
        return [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"]
    return [child]


def _of_things_counted_before(whole: Token, counted: Token) -> bool:
    """ "inspected 1,800 buildings and marked 412 of them for demolition": "them" are the
    things the count before in the sentence counted, not people."""
    if whole.lower_ not in _GROUP_PRONOUNS:
        return False
    before = [
        t
        for t in counted.sent
        if t.like_num and t.i < min(counted.i, whole.i) and t.ent_type_ not in ("DATE", "TIME")
    ]
    if not before:
        return False
    things = _counted(before[-1])
    return things.i != before[-1].i and not _is_people(things, before[-1])


def _count_just_given(whole: Token, counted: Token) -> bool:
    """ "Of the 32, nine were children": a count with no noun, the one just given (and no
    part of itself)."""
    bare = all(c.dep_ == "det" for c in whole.children)
    the = any(c.lower_ == "the" for c in whole.children)
    return whole.like_num and bare and the and whole.i != counted.i


def _stated_count(whole: Token) -> Metric | None:
    """ "Of the 212 dead, 180 were in X", where the parser makes the number the whole and its
    state word a modifier of it."""
    if not whole.like_num:
        return None
    states = (STATE_WORDS.get(c.lower_) for c in whole.children if c.dep_ in ("amod", "acl"))
    return next((m for m in states if m is not None), None)


def _described_by(whole: Token) -> Metric | None:
    """ "among those killed", "of the 130 people killed": the participle after the whole says
    what it is."""
    described = (c for c in whole.children if c.dep_ == "acl" and c.tag_ == "VBN")
    return next((m for c in described if (m := PATIENT_VERBS.get(c.lemma_.lower()))), None)


_NEEDING = frozenset({"require", "need", "undergo"})
_CARE_NEEDED = frozenset({
    "surgery", "operation", "amputation", "hospitalisation", "hospitalization", "transfusion",
    "resuscitation",
})  # fmt: skip


def _names_whole(of: Token, holder: Token, counted: Token) -> bool:
    """ "Of the dead, 14 were found in X" and "17 of them in Nairobi" name the whole a part
    is of; "several of the wounded were in critical condition" says something else of them."""
    if holder is counted:
        # "two of them children": the subject of a clause without a verb is still a part;
        # so is one that only says where or who they were: "six of the dead were in X",
        # "four were from the X clan", "three of the dead were police officers", "two of the
        # wounded belonged to a militia".
        verb = counted.head
        where = verb.lemma_ == "be" and any(
            c.dep_ == "prep"
            and (c.lower_ == "from" or (c.lower_ == "in" and any(map(_named, c.children))))
            for c in verb.children
        )
        who = verb.lemma_ == "belong" or (
            verb.lemma_ == "be"
            and any(c.dep_ == "attr" and c.lemma_.lower() in PEOPLE for c in verb.children)
        )
        # "three of whom required surgery": still in the count, in the care they need.
        cared = verb.lemma_.lower() in _NEEDING and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _CARE_NEEDED for c in verb.children
        )
        return (
            counted.dep_ not in ("nsubj", "nsubjpass")
            or verb.pos_ == "NOUN"
            or where
            or who
            or cared
        )
    return of.i < counted.i


def _named(place: Token) -> bool:
    """A proper name, or a noun a proper name is part of ("X province")."""
    return place.pos_ == "PROPN" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in place.children
    )


_GRAVELY = frozenset({"seriously", "critically", "severely", "gravely"})


def _graded(number: Token) -> _Reading | None:
    """ "30 people were wounded, five critically": a bare count after the verb of the injured
    with an adverb of how badly (either may govern the other, or the parser may hang the
    count on the comma), is some of them."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if (
        number.i >= 2
        and after is not None
        and after.lower_ in _GRAVELY
        and doc[number.i - 1].text == ","
        and STATE_WORDS.get(doc[number.i - 2].lower_) == "injured"
    ):
        # "six were injured, two critically", however the parser hung the count.
        verb = doc[number.i - 2]
    elif number.dep_ != "npadvmod":
        return None
    elif number.head.dep_ == "advmod" and number.head.lower_ in _GRAVELY:
        verb = number.head.head
    elif any(c.dep_ == "advmod" and c.lower_ in _GRAVELY for c in number.children):
        verb = number.head
    else:
        return None
    if STATE_WORDS.get(verb.lower_) != "injured":
        return None
    return _Reading("injured", number, verb, part=True)


def _surface(number: Token, counted: Token) -> _Reading | None:
    """A passive casualty verb right after the count, however it was attached:
    "56 persons were detained" when the parser tied the number elsewhere."""
    doc = number.doc
    index = max(number.i, counted.i) + 1
    seen_aux = False
    while index < len(doc) and index - number.i <= 6:
        word = doc[index]
        if word.lower_ in _PASSIVE_AUX:
            seen_aux = True
        elif word.pos_ != "ADV":
            break
        index += 1
    if not seen_aux or index >= len(doc):
        return None
    verb = doc[index]
    metric = STATE_WORDS.get(verb.lower_)
    if metric is None and verb.tag_ == "VBN" and verb.lemma_.lower() not in _HELD:
        # "... and 204 people were treated for burns", as the verb reads its own subject.
        metric = _verb_metric(verb, passive=True, objects=[])
    if metric is None or _union(verb):
        return None
    return _Reading(metric, counted, verb)


def _verb_above(token: Token) -> Token:
    """The verb a preposition belongs to ("revised the toll down to 24": to -> revised), past
    the state word of a tally the parser read as a verb and hung it on ("bringing the number
    of missing to zero")."""
    current = token
    for _ in range(5):
        tallied = current.dep_ == "pcomp" and current.head.head.lemma_.lower() in TALLY_NOUNS
        if (current.pos_ in ("VERB", "AUX") and not tallied) or current.head.i == current.i:
            return current
        current = current.head
    return current


def _union(verb: Token) -> bool:
    """Coordinated casualty verbs of different metrics sharing one object ("killed and
    injured 40"); not a verb with its own object, nor a later one with its own subject or
    passive ("killed 40 and 60 were hurt")."""
    metric = PATIENT_VERBS.get(verb.lemma_.lower())
    return metric is not None and any(
        PATIENT_VERBS.get(other.lemma_.lower()) not in (None, metric)
        and not any(c.dep_ == "dobj" for c in other.children)
        and not _own_clause(max(verb, other, key=lambda v: v.i))
        for other in verb.conjuncts
    )


def _own_clause(later: Token) -> bool:
    """The later of two coordinated verbs has a subject, a passive or a count of its own
    before it ("and 60 were hurt", "and over 300 injured")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass")
        or (c.i < later.i and any(t.like_num for t in c.subtree))
        for c in later.children
    )


def _nearest_coordinated(verb: Token, obj: Token) -> Token:
    """Of coordinated verbs sharing an object, the one nearest before it."""
    nearest = verb
    for other in verb.conjuncts:
        if nearest.i < other.i < obj.i and other.lemma_.lower() in PATIENT_VERBS:
            nearest = other
    return nearest


def _a_side_lost(number: Token) -> bool:
    """ "the militants lost at least 25": a bare count a fighting side lost (its object, or
    a noun phrase the parser hangs on it)."""
    if number.pos_ != "NUM" or number.dep_ not in ("dobj", "npadvmod"):
        return False
    verb = number.head
    return verb.lemma_ == "lose" and any(
        c.dep_ == "nsubj"
        and (
            c.lemma_.lower() in _FIGHTERS
            or SCOPES.get(c.lemma_.lower()) in ("security_forces", "militants")
        )
        for c in verb.children
    )


def _more_as_object(role: Token) -> bool:
    """ "Police detained 8 more on Monday", "killed 12 more": "more", an adjective to the
    parser, is the verb's object, or its adverb when the verb has none."""
    verb = role.head
    return (
        role.lower_ in ("more", "others")
        and verb.pos_ == "VERB"
        and (
            role.dep_ == "dobj"
            or (role.dep_ == "advmod" and not any(c.dep_ == "dobj" for c in verb.children))
        )
    )


def _tally_verb_as_noun(number: Token) -> _Reading | None:
    """ "The number of deceased amounts to 97", "the number of dead stands at 64": after the
    adjective the parser reads the verb as a plural noun ("of dead amounts")."""
    prep = number.head
    verb = number.doc[prep.i - 1]  # the prepositional phrase may hang on "number"
    if not (
        number.dep_ == "pobj"
        and prep.lower_ in ("to", "at")
        and prep.i > 0
        and verb.tag_ == "NNS"
        and verb.lower_.endswith("s")
        and verb.lower_[:-1] in TOTAL_VERBS
        and verb.dep_ == "pobj"
        and verb.head.head.lemma_.lower() in TALLY_NOUNS
    ):
        return None
    metric = next((STATE_WORDS.get(c.lower_) for c in verb.children if c.dep_ == "amod"), None)
    return None if metric is None else _Reading(metric, number, verb)


_COUNTING_VERBS = frozenset({"number", "numbered", "total", "totalled", "totaled"})


def _state_verb_as_noun(number: Token) -> _Reading | None:
    """ "The injured now number 44", "the dead total 41", "the injured numbered 112": the parser
    reads the verb as the noun the count hangs on (or as an adjective of the count), and the
    state before it as that noun's adjective or subject."""
    tally: Token | None = number.head
    holder = number.head
    if number.dep_ not in ("nummod", "appos", "dobj") or number.head.lower_ not in _COUNTING_VERBS:
        before = (c for c in number.lefts if c.dep_ == "amod" and c.lower_ in _COUNTING_VERBS)
        tally, holder = next(before, None), number
    if tally is None:
        return None
    for state in (c for c in holder.children if c.dep_ in ("amod", "nsubj") and c.i < tally.i):
        article = state.i > 0 and state.doc[state.i - 1].lower_ == "the"
        if article and state.lower_ in STATE_WORDS:
            return _Reading(STATE_WORDS[state.lower_], number, tally)
    return None


def _total(verb: Token, counted: Token) -> _Reading | None:
    if verb.lemma_.lower() not in TOTAL_VERBS:
        return None
    for child in (c for c in verb.children if c.dep_ in ("aux", "advcl", "parataxis")):
        # "the number of people still missing fell to 52", "missing" parsed as the verb's.
        tallied = _tallied_state(child, own=True)
        if tallied is not None:
            return _Reading(tallied[0], counted, verb)
        if _of_a_tally(child) and _carried_to_care(child):
            return _Reading("injured", counted, verb)  # "... admitted to hospital climbed to 41"
    holders = list(verb.children)
    if verb.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ == "nsubj" for c in holders):
        # "the tally passed 50, rising to 63", "passed 50 on Friday and rose to 63 on
        # Saturday": the clause above names what rises.
        holders += [c for c in verb.head.children if c.dep_ == "nsubj"]
    later = _later_object(verb, counted)
    if later is not None:
        holders = [later]
    for holder in holders:
        if holder.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj") or holder.i == counted.i:
            continue
        if holder.dep_ == "conj" and _own_clause(holder):
            continue  # "brought 41 survivors ashore, and 17 of them were taken ... with injuries"
        holder = _tally_meant(holder) if holder.lower_ == "it" else holder
        if holder.tag_ == "WDT" and verb.dep_ == "relcl":
            holder = verb.head  # "the death toll, which stands at 21": the noun it is on
        toll = _toll_before(verb, holder, counted)
        if toll is not None:
            return toll
        for word in holder.subtree:
            # "the number of people still missing fell to three".
            metric = _metric_word(word)
            if metric is None and word.dep_ == "acl" and word.tag_ == "VBN":
                # "the number of suspects held": a participle of a casualty verb, not hostage.
                hostage = any(c.lower_ in _HOSTAGE for c in word.children)
                metric = None if hostage else PATIENT_VERBS.get(word.lemma_.lower())
                if metric is None and _carried_to_care(word):
                    metric = "injured"  # "the number of people admitted to hospital"
            if metric is None and word.dep_ == "relcl" and of_who(word):
                # "the number of people who fell ill", "who sought treatment".
                objects = [c for c in word.children if c.dep_ == "dobj"]
                metric = _verb_metric(word, passive=word.tag_ == "VBN", objects=objects)
            if metric is not None and _joined_metric(word, metric):
                return None  # "the number of dead and missing rose to 300": of neither alone
            if metric is not None:
                # "the number of civilians killed rose to 31": the whole names who was counted
                # (not "the number of livestock killed", which counts no one).
                whole = _of_object(holder) if holder.lemma_.lower() in _LIGHT_NOUNS else None
                if (
                    whole is not None
                    and whole.pos_ == "NOUN"
                    and not _is_people(whole, holder)
                    and not any(_metric_word(w) for w in whole.subtree)
                ):
                    return None
                return _Reading(metric, holder if whole is not None else counted, verb)
    return _split_tally(verb, counted)


def _toll_before(verb: Token, holder: Token, counted: Token) -> _Reading | None:
    """ "Driver arrested as blast toll rises to 31": the toll right before the verb is what
    rises, though the parser hung it inside another subject's phrase (the arrest's)."""
    toll = verb.doc[verb.i - 1] if verb.i > 0 else None
    if toll is None or toll.i == holder.i or toll.lemma_.lower() != "toll":
        return None
    if not any(w.i == toll.i for w in holder.subtree):
        return None
    named = (_metric_word(c) for c in toll.children if c.dep_ == "compound")
    metric: Metric = next((m for m in named if m is not None), "deaths")
    return _Reading(metric, counted, verb)


def _split_tally(verb: Token, counted: Token) -> _Reading | None:
    """ "The number of people still missing after the floods fell to 16", parsed as "the
    number ... missing" with "after the floods fell to 16" a clause of its own: the state word
    the clause hangs on, whose subject is a tally, says what fell."""
    state = verb.head
    metric = _metric_word(state)
    if verb.dep_ != "advcl" or metric is None:
        return None
    tallied = any(c.dep_ == "nsubj" and c.lemma_.lower() in TALLY_NOUNS for c in state.children)
    return _Reading(metric, counted, verb) if tallied else None


def _tally_meant(pronoun: Token) -> Token:
    """The toll an "it" stands for, named earlier in its sentence ("put the toll at 52 but
    later lowered it to 47"), or in the sentence before when "it" opens its own ("The toll
    was 14 on Sunday. It rose to 29 the next day"); the pronoun itself when none is."""
    doc, start = pronoun.doc, pronoun.sent.start
    before = doc[start : pronoun.i]
    if not before and start > 0:
        before = doc[start - 1].sent
    tallies = [t for t in before if t.lemma_.lower() in TALLY_NOUNS and t.dep_ != "compound"]
    return tallies[-1] if tallies else pronoun


def _later_object(verb: Token, counted: Token) -> Token | None:
    """ "put the toll at 42 and the injured at 20": the object joined after the first, when
    it stands between the first and the count."""
    objects = [
        c
        for c in verb.children
        if c.i < counted.i and (c.dep_ == "dobj" or (c.dep_ == "conj" and _nominal(c)))
    ]
    nearest = max(objects, key=lambda t: t.i, default=None)
    return nearest if nearest is not None and nearest.dep_ == "conj" else None


def _nominal(token: Token) -> bool:
    """A noun, or a word used as one ("the injured")."""
    return token.pos_ in ("NOUN", "ADJ", "PROPN") or any(c.dep_ == "det" for c in token.children)


def _joined_metric(word: Token, metric: Metric) -> bool:
    """A word of another metric coordinated with this one ("dead and missing"), unless the
    sentence pairs them with counts ("... were 4,520 and 440 respectively")."""
    if any(t.lower_ == "respectively" for t in word.sent):
        return False
    joined = [c for c in word.children if c.dep_ == "conj"]
    if word.dep_ == "conj":
        joined.append(word.head)
    return any(_metric_word(w) not in (None, metric) for w in joined)


def _part_scopes(
    figures: list[Figure], places: list[str | None], parts: list[str | None], wave: bool
) -> list[Figure]:
    """A figure given for a place is that place's part when a larger one is not for it, or
    when the same sentence gives the same metric for another place (a breakdown). A figure
    whose words make it a part (in hospital, in critical condition, "including...") is one
    when the article gives a larger figure of its metric: alone, it is the best whole there
    is ("48 people were being treated in hospital"). In a wave, one day's, one town's or one
    group's count is a part even alone: the wave's toll is a running total across days, towns
    and people that none of them gives ("70 students were hurt when activists stormed their
    hostel")."""
    pairs = list(zip(figures, places, strict=True))
    main = _main_country(figures[0].sentence.doc) if figures else None
    scoped = []
    for (figure, place), part in zip(pairs, parts, strict=True):
        if (
            place is not None
            and figure.scope == "total"
            # The toll of the article's own country is the whole; a neighbour's is a part,
            # even with no larger count, unless its sentence gives a breakdown of it
            # ("with X's 12 dead, the quake has killed 41 in the two countries"); so is the
            # own country's beside another's and their sum ("12 in X and nine in Y, a total
            # of 21").
            and not (
                is_country(place)
                and main in (None, place)
                and not _beside_another_country(figure, place, pairs)
            )
            and (
                (is_country(place) and _alone(figure, figures))
                or _part_of(figure, place, pairs)
                or _only_there(figure, place)
                # A wave spans a country: one town's count is a part of it even alone (not a
                # running total, nor a count its sentence gives for several towns; a day's
                # count stays that day's).
                or (
                    wave
                    and part is None
                    and _a_town(place)
                    and not figure.rises
                    and _one_town(figure, place)
                )
            )
        ):
            figure = replace(figure, scope=place)
        elif part == _EARLIER or (
            part is None and figure.scope == "total" and _listed_after(figure, figures)
        ):
            figure = replace(figure, scope="subset")
        elif part is not None and (
            # In care or in a grave condition is a part even alone, and so in a wave is one
            # day's or one group's count; dying at the scene, "including", "another" and the
            # like only beside a larger figure: alone, the count is the best whole there is.
            part in _ALWAYS_PARTS
            or (wave and part in ("one_day", "subset") and figure.scope == "total")
            or (part in ("one_day", "subset") and said_alone(figure.sentence))
            or ((part in _STATES or figure.scope == "total") and _has_larger(figure, figures))
        ):
            figure = replace(figure, scope="subset" if part == _BETWEEN_DATES else part)
        elif figure.named_part and figure.scope == "total":
            figure = _at_least(figure)
        scoped.append(figure)
    return scoped


def _listed_after(figure: Figure, figures: list[Figure]) -> bool:
    """ "arrested 98 people - 96 recaptured inmates and two residents -": a count after a
    colon or a dash that follows a larger count of its metric in its sentence lists a part."""
    return any(
        other.metric == figure.metric and other.quantity.value > figure.quantity.value
        for other in _before_the_list(figure.sentence, figure.quantity, figures)
    )


def _beside_another_country(
    figure: Figure, place: str, pairs: list[tuple[Figure, str | None]]
) -> bool:
    """Its sentence gives its metric for another country and a larger count of it, the sum."""
    beside = [
        (other, where)
        for other, where in pairs
        if other is not figure
        and other.sentence == figure.sentence
        and other.metric == figure.metric
    ]
    return any(where not in (None, place) and is_country(where) for _, where in beside) and any(
        where is None and other.quantity.value > figure.quantity.value for other, where in beside
    )


def _at_least(figure: Figure) -> Figure:
    """A count its words make a part ("the dead include 11 children"), standing alone as the
    best whole there is: the whole is at least that many, not exactly."""
    quantity = figure.quantity
    if quantity.qualifier != "exact":
        return figure
    return replace(figure, quantity=replace(quantity, qualifier="at_least", high=None))


def _only_there(figure: Figure, place: str) -> bool:
    """ "At least 62 died in Lorn alone": the place is said to be a part."""
    last = place.split()[-1]
    sentence = figure.sentence
    return any(
        t.text == last and t.i + 1 < sentence.end and t.doc[t.i + 1].lower_ == "alone"
        for t in sentence
    )


def _a_town(place: str) -> bool:
    """A region or town the gazetteer knows, or the capital; not a name that may be a
    country's."""
    return place == "the capital" or (known_place(place) and not is_country(place))


def _one_town(figure: Figure, place: str) -> bool:
    """The place is named alone, not with another ("in X and the city of Y"; the parser
    often joins the second to another word)."""
    last = place.split()[-1]
    named = [t for t in figure.sentence if t.text == last]
    return not any(
        t.dep_ == "conj"
        or any(c.dep_ in ("conj", "cc") for c in t.children)
        or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("and", "or"))
        for t in named
    )


def _sole_country(sentence: Span, number: Token) -> str | None:
    """The one country a sentence names, if it names one: "In Thailand, 20 people died", "the
    quake also shook neighbouring Thailand, killing eight". Another country's is a part (see
    `_part_scopes`); the article's own is the whole."""
    # Not where people come from: "one was from Pakistan".
    named = {
        e.text
        for e in entities_in(sentence)
        if e.label_ == "GPE" and is_country(e.text) and e.root.head.lower_ != "from"
    }
    # "..., bringing the total in the two countries to 35": that count is not of one.
    verb = _verb_above(number)
    between = number.doc[min(verb.i, number.i) : max(verb.i, number.i) + 1]
    several = any(t.lower_ == "countries" for t in between)
    return named.pop() if len(named) == 1 and not several else None


def _numbered(noun: Token) -> bool:
    return any(c.dep_ == "nummod" or c.like_num for c in noun.children) or noun.like_num


def _main_country(doc: Doc) -> str | None:
    """The country the article names most often, if the recogniser found any."""
    named = Counter(e.text for e in entities(doc) if e.label_ == "GPE" and is_country(e.text))
    return named.most_common(1)[0][0] if named else None


def _alone(figure: Figure, figures: list[Figure]) -> bool:
    """No other count of its metric in its sentence."""
    return not any(
        o is not figure and o.metric == figure.metric and o.sentence == figure.sentence
        for o in figures
    )


def _has_larger(figure: Figure, figures: list[Figure]) -> bool:
    return any(
        o.metric == figure.metric and o.quantity.value > figure.quantity.value for o in figures
    )


def _part_of(figure: Figure, place: str, pairs: list[tuple[Figure, str | None]]) -> bool:
    return any(
        other.metric == figure.metric
        and elsewhere != place
        and (
            other.quantity.low > figure.quantity.low
            or (elsewhere is not None and other.sentence == figure.sentence)
        )
        for other, elsewhere in pairs
    )


# Verbs that say a group suffered: "reporters were not spared, with 14 injured" (the
# lemmatiser gives "spar" for "spared").
_STRUCK = frozenset({"spare", "spared", "hit", "affect", "suffer", "bear", "target"})


def _elided_nouns(counted: Token) -> list[Token]:
    """The group a bare count shares with the clause it is joined to, its noun left out:
    "three soldiers were killed and 40 wounded" (40 soldiers); not "and 30 others hurt",
    where "others" may be anyone."""
    if not counted.like_num:
        return []
    if counted.dep_ in ("nsubj", "nsubjpass") and counted.head.dep_ == "conj":
        verb = counted.head.head
    elif counted.dep_ == "conj":
        verb = next((a for a in counted.ancestors if a.pos_ in ("VERB", "AUX")), counted)
    else:
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _numbered(c)]


def _borrowed_nouns(counted: Token) -> list[Token]:
    """The group a bare count names through the clause it completes: "reporters were not
    spared, with 14 injured" (14 reporters)."""
    if not counted.like_num:
        return []
    # "with 14 injured": the count is the object of "with" or the subject of its clause.
    found = counted.head if counted.dep_ == "pobj" else None
    if counted.dep_ == "nsubj" and counted.head.dep_ == "pcomp":
        found = counted.head.head
    if found is None or found.lower_ != "with":
        return []
    suffered = found.head
    if {suffered.lemma_.lower(), suffered.lower_} & _STRUCK:
        return [c for c in suffered.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


def _next_nation_listed(number: Token) -> bool:
    """ "seven Indians, five Nepalis": a count of a nation's people written right after a
    count of another's, with a comma or "and" between."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    at = number.i - 1
    if at > 0 and doc[at].lower_ == "and" and doc[at - 1].text == ",":
        at -= 1
    if after is None or at < 2 or doc[at].lower_ not in (",", "and"):
        return False
    before = doc[at - 1]
    return _a_nation(after) and _a_nation(before) and doc[before.i - 1].like_num


def _a_nation(word: Token) -> bool:
    """A people named by its country ("Indians", "Nepalis", "Sudanese"), not a place."""
    return not word.is_lower and a_people(word.text)


def _broken_down_by_nationality(noun: Token) -> bool:
    """ "The dead were four Iranians, two Iraqis and a Pakistani": a list of peoples said to
    be what a subject is, each of them a part (not "12 Kenyans and 3 Somalis were arrested",
    two counts of their own)."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    listed = [c for c in first.subtree if c.dep_ == "conj" and c.head.pos_ == first.pos_]
    return (
        first.dep_ == "attr"
        and first.head.lemma_ == "be"
        and any(_of_a_nation(c) for c in [first, *listed] if c.i != noun.i)
    )


def _of_a_nation(noun: Token) -> bool:
    """People named by their country, "Russians", or so qualified, "a Kazakh national"."""
    return _a_nation(noun) or any(
        c.dep_ in ("amod", "compound") and (_a_nation(c) or is_country(c.text))
        for c in noun.children
    )


def _of_another_country(counted: Token) -> bool:
    """ "Three Bolivians were killed" in a report on a crash in Peru: people of a country other
    than the one the article is about are its foreigners."""
    if counted.ent_type_ != "NORP":
        return False
    theirs, main = country_of(counted.text), _main_country(counted.doc)
    return theirs is not None and main is not None and theirs != main


def _compatriots(counted: Token) -> bool:
    """ "Two Swiss nationals lost their lives and nine others were hurt": beside a count of
    foreigners, "others" are their compatriots, since each government counts its own; beside
    another group they may be anyone ("four marchers were killed and 23 others wounded")."""
    clause = counted.head
    if counted.lower_ != "others" or clause.dep_ not in ("conj", "advcl"):
        return False
    # The clause joined to: the one it hangs on, or beside it under a reporting verb.
    joined = [clause.head, *(c for c in clause.head.children if c.dep_ in _CLAUSES)]
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and _numbered(c)
        and "foreigners" in (SCOPES.get(c.lemma_.lower()), SCOPES.get(c.lower_))
        for verb in joined
        if verb is not clause
        for c in verb.children
    )


_CLAUSES = frozenset({"ccomp", "conj", "advcl"})


def _nearer_count(number: Token, counted: Token) -> bool:
    """ "The toll remains at 15: ten civilians and five attackers", the parser hanging both
    counts on "civilians": the noun is the nearer count's; the farther one is the whole."""
    doc = number.doc
    return number.dep_ == "nummod" and any(
        c.dep_ == "nummod" and number.i < c.i < counted.i and doc[c.i - 1].text != "("
        for c in counted.children
    )  # not "two (2) guards", one count written twice


def _scope(number: Token, counted: Token, metric: Metric) -> str:
    """Who was counted: protesters, security forces, civilians, children, foreigners or all.
    Groups joined under one count ("336 protesters and officers") are all of them, and so
    are those of a nearer count the parser hung on the same noun. Inmates are a group of the
    arrested only ("79 escaped inmates caught"): those killed in a prison riot are its whole
    toll. Civilians arrested are all the arrested ("over 300 civilians detained so far"), not
    a group of them."""
    if _nearer_count(number, counted):
        return "total"
    if any(c.dep_ == "conj" and not _numbered(c) for c in counted.children):
        return "total"
    nouns = [counted]
    inner = _of_object(counted)
    if inner is not None:
        nouns.append(inner)
    if counted.pos_ == "NUM" and counted.dep_ == "nsubj" and counted.head.pos_ == "NOUN":
        nouns.append(counted.head)  # "two of them children"
    if counted.dep_ in ("dobj", "npadvmod") and counted.head.lemma_ == "lose":
        # "security forces lost 8 men", "the militants lost 25": the side that lost them.
        nouns += [c for c in counted.head.children if c.dep_ == "nsubj"]
    if (
        counted.dep_ == "nsubj"
        and counted.head.lemma_ == "be"
        and counted.lemma_.lower() not in TALLY_NOUNS
    ):
        # "10 were civilians and two were police officers" (not "the number of fatalities is
        # 16, namely ten civilians and ...", whose groups are the parts).
        nouns += [c for c in counted.head.children if c.dep_ == "attr"]
    nouns += _borrowed_nouns(counted) + _elided_nouns(counted)
    if _compatriots(counted) or _of_another_country(counted):
        return "foreigners"
    if _of_a_nation(counted) and _broken_down_by_nationality(counted):
        return "subset"
    for noun in nouns:
        for word in [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]:
            scope = SCOPES.get(word.lemma_.lower()) or SCOPES.get(word.lower_)
            if scope == "civilians" and any(c.dep_ == "poss" for c in noun.children):
                continue  # "our citizens" are a country's people, not its civilians
            if scope == "prisoners" and metric != "arrested":
                continue
            if scope == "civilians" and metric == "arrested":
                continue  # those arrested are civilians unless said otherwise: all of them
            if scope is not None:
                return scope
    return "total"
