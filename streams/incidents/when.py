"""When an article's event began, to the month, as its text says; and the day a sudden
event happened, when the text tells it (`event_day`), which tells two events of one kind in
one place days apart from each other (`link.py`) and a sentence on the earlier one from the
report's own news (`told_on_another_day`).

Follow-ups name the event's own date ("the March 3 earthquake", "protests that began in
July", "earlier in November, 26 people were killed in a blast"): a follow-up weeks later that
names the event's month still reaches back to it (`link.py`). Candidates are the DATE
entities, in tiers:

1. inside the own phrase of a word naming the event (`attached_tokens`: "last month's fire");
2. governed by a verb of the event itself (`_EVENT_VERBS`: "the tower crumbled on March 28
   in the earthquake", "26 were killed in November", "the tragedy occurred on May 2") in a
   sentence that names no other kind of event ("a bus crash killed 20 in March");
3. in a sentence that names the event and a death or injury;
4. for a sudden event only, in any sentence that names it (a wave's sentences name many
   other dates: a minister's tenure, an earlier protest).

Dates in sentences that tell of another event (`background.py`) are none. Each is resolved
against the publication date ("Saturday" is the last Saturday on or before it, a month
without a year the latest one not after it, "last week" the week before when it lies in one
month, "last month" the month before). The earliest candidate of the first tier
that has one is the event's start. Dates after publication or of things to come, more than
`_LOOKBACK_DAYS` before it (earlier events recalled for comparison) and dates that tell when
something was said or counted ("officials said on Monday", "as of April 2", "the toll rose to
90 on Tuesday") are not candidates. A time elapsed is counted back from the publication
date: right before the event's word ("two months after the quake"), in the body or the
headline ("One year after deadly floods, ..."), it comes before every tier (a day near it is
the anniversary's own); in a sentence naming the event ("a week ago"), between the second
tier and the third. A word naming the event's cause names the event here (a flood report's
storm is that flood's storm). Without any of these, the text does not say.

Before all of these, a sudden event that the first sentence naming it dates through one of
its verbs ("Floods killed five people in X on Tuesday") began that month, whatever earlier
event of its kind a later sentence names ("still rebuilding after the October floods").
"""

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from streams.extract.dates import resolve
from streams.extract.entities import entities, entities_in
from streams.incidents.background import set_aside
from streams.incidents.event_types import (
    EventType,
    has_casualty,
    type_of_title_word,
    type_of_token,
)
from streams.incidents.events import attached_tokens, tokens_of, typed_tokens

_LOOKBACK_DAYS = 550
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")  # fmt: skip
# "March", "Sept.", "Nov 2024" -> month number.
_MONTHS = {
    **{name: number for number, name in enumerate(_MONTH_NAMES, 1)},
    **{name[:3]: number for number, name in enumerate(_MONTH_NAMES, 1)},
    "sept": 9,
}
_MONTH_YEAR = re.compile(r"\b(?P<month>[a-z]{3,9})\b\.?(?:,?\s+(?P<year>(?:19|20)\d\d))?")
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
_AS_OF = frozenset({"by", "until", "till", "through"})
# Verbs of saying and of counting a toll.
_SAYING = frozenset(
    {"say", "tell", "report", "announce", "confirm", "add", "state", "update", "write", "post",
     "quote", "cite", "climb", "rise", "reach", "stand", "increase", "jump", "surpass", "pass",
     "top", "raise", "revise", "bring"}
)  # fmt: skip
_HOPS = 4
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
# A time elapsed since the event, read from the words (the recogniser often misses "one year
# after the floods"): "two months after", "a week ago", "four days since", "a year on", and
# without a number ("months after the floods began", "several weeks on"), at least two.
_VAGUE = ("several", "a few", "a couple of", "many")
_ELAPSED = re.compile(
    r"\b(?:(?:about|nearly|almost|more than|over|just|exactly|some) )?"
    rf"(?:(?P<count>\d{{1,2}}|{'|'.join((*_COUNTS, *_VAGUE))}) )?"
    r"(?P<unit>day|week|month|year)(?P<many>s)? "
    r"(?:(?P<ago>ago)|after|since|on(?= from\b|,))\b"
)
_AT_LEAST = 2
# Words that make a headline's event a new one: "Fresh floods hit X".
_NEW = frozenset({"new", "fresh", "another", "more", "renewed"})
_PUNCTUATION = ".,:;!?'\"‘’“”()"
# How far after "a year after" the event's word may come: "a year after flash floods".
_ELAPSED_REACH = 4
_FUTURE = frozenset({"will", "would", "shall", "'ll"})
_EVENT_VERBS = frozenset(
    {"strike", "hit", "jolt", "shake", "collapse", "crumble", "fall", "topple", "explode",
     "detonate", "erupt", "break", "occur", "happen", "begin", "start", "kill", "sweep",
     "engulf", "destroy", "flatten", "derail", "capsize", "crash", "attack", "ambush"}
)  # fmt: skip


class Anchor(NamedTuple):
    year: int
    month: int | None  # None: only the year is known


def event_start(
    doc: Doc, event: EventType, published: dt.date, title: str | None = None
) -> dt.date | None:
    """The first day of the month the event began in, as the text or its headline gives it
    (see the module docstring); None when they do not say."""
    attached = attached_tokens(doc, event)
    named = {token.i for token in tokens_of(doc, event, causes=True)}
    other = typed_tokens(doc) - named
    typed = [s for s in doc.sents if any(t.i in named for t in s)]
    with_casualty = [s for s in typed if has_casualty(list(s))]
    aside = set_aside(doc)  # the dates of another event, recalled
    dates = [e for e in entities(doc) if e.label_ == "DATE" and e.start not in aside]
    in_typed = [e for s in typed for e in dates if s.start <= e.start < s.end]
    tiers = [
        [e for e in dates if e.root.i in attached],
        [e for e in dates if _verb(e) in _EVENT_VERBS and not any(t.i in other for t in e.sent)],
        [e for s in with_casualty for e in dates if s.start <= e.start < s.end],
        in_typed if event.grain == "month" else [],
    ]
    resolved = [[_resolve(e, published) for e in tier if not _said(e)] for tier in tiers]
    lede = _lede_day(typed, tiers[1], published) if event.grain == "month" else None
    if lede is not None:
        return lede
    # A time elapsed right before the event's word ("a year after the floods") dates it
    # better than any day near it (the anniversary's own); "a week ago", than a day in a
    # sentence that names it.
    elapsed = [
        (match, _elapsed(match, published))
        for s in typed
        for match in _times_elapsed(s.text.lower())
        if _of_the_event(s, match, named, aside)
    ]
    elapsed.extend((match, _elapsed(match, published)) for match in _headline_elapsed(title, event))
    after: list[Anchor | None] = [anchor for match, anchor in elapsed if not match["ago"]]
    ago: list[Anchor | None] = [anchor for match, anchor in elapsed if match["ago"]]
    candidates: list[list[Anchor | None]] = [after, *resolved[:2], ago, *resolved[2:]]
    for found in candidates:
        known = [a for a in found if a is not None and (a.month or event.grain == "year")]
        if known:
            return _first_month(known)
    return None


def event_day(doc: Doc, event: EventType, published: dt.date) -> dt.date | None:
    """The day a sudden event happened, as the first sentence naming it that gives one says
    it through a verb of the event whose clause names it ("a gas explosion ripped through a
    block on Saturday", "the shaft caved in on March 9") or in the event word's own phrase
    ("Saturday night's blast"); None when no sentence does, for a wave, and for a day more
    than `_DAY_REACH` days before publication. Dates that tell when something was said or
    counted are none (`_said`), nor those of another event recalled (`background.py`)."""
    if event.grain != "month":
        return None
    words = tokens_of(doc, event, causes=True)
    named = {token.i for token in words}
    # The event word's own phrase ("Saturday night's blast"); not its clause, whose day may
    # be that of what was done about it ("police opened an inquiry into the blast on Monday").
    own = {i for token in words for i in _own_phrase(token)}
    aside = set_aside(doc)
    earliest = published - dt.timedelta(days=_DAY_REACH)
    for sentence in doc.sents:
        if not any(t.i in named for t in sentence):
            continue
        told = _days_told(sentence, named, own, published, aside)
        days = [d for d in told if d >= earliest]
        if days:
            return min(days)
    return None


def told_on_another_day(sentence: Span, day: dt.date | None, published: dt.date) -> bool:
    """The sentence tells of an event, of any kind, or of deaths, on a day more than
    `DAY_SLACK` days before `day`, the day of the article's own event (`event_day`): "On
    January 9, an explosion in X killed 12 people" in a report on a blast of January 23 tells
    of the first blast, and its counts are that blast's."""
    if day is None:
        return False
    # Read once per sentence and day: every count of the sentence asks.
    known: dict[tuple[int, dt.date], bool] = sentence.doc.user_data.setdefault(_OTHER_DAY_KEY, {})
    found = known.get((sentence.start, day))
    if found is None:
        # Any word of an event, also one the background rules set aside for the evidence.
        words = [t for t in sentence if type_of_token(t) is not None]
        named = {t.i for t in words}
        own = {i for word in words for i in _own_phrase(word)}
        days = _days_told(sentence, named, own, published) + _days_of_deaths(sentence, published)
        found = bool(days) and all((day - told).days > DAY_SLACK for told in days)
        found = known[sentence.start, day] = found or (
            not days and _there_after(sentence, day, published)
        )
    return found


def _there_after(sentence: Span, day: dt.date, published: dt.date) -> bool:
    """ "On February 3, a pit at X caved in. Thirty-one people died there": "there" is the
    place of the sentence before, when that one tells of another day's event."""
    if sentence.start == 0 or not any(t.lower_ == "there" and t.dep_ == "advmod" for t in sentence):
        return False
    return told_on_another_day(sentence.doc[sentence.start - 1].sent, day, published)


def _days_of_deaths(sentence: Span, published: dt.date) -> list[dt.date]:
    """The days the sentence says people died on ("At X, 31 died on February 3"): deaths
    days before the event happened are another event's."""
    return _days_of(sentence, published, _a_day_of_deaths)


def _a_day_of_deaths(date: Span) -> bool:
    verb = _verb_of(_with_the_hour(date))
    return verb is not None and verb.lemma_.lower() == "die"


def _days_of(sentence: Span, published: dt.date, kept: Callable[[Span], bool]) -> list[dt.date]:
    """The days, up to publication, of the sentence's dates that `kept` keeps, but not those
    that tell when something was said or counted."""
    told = [
        resolve(_with_its_day(date).text.lower(), published)
        for date in entities_in(sentence)
        if date.label_ in _TIMES and kept(date) and not _said(date)
    ]
    return [day for day in told if day is not None and day <= published]


_OTHER_DAY_KEY = "incident_told_on_another_day"


def _days_told(
    sentence: Span,
    named: set[int],
    own: set[int],
    published: dt.date,
    aside: frozenset[int] = frozenset(),
) -> list[dt.date]:
    """The days, up to publication, that the sentence says an event named by `named` (whose
    words' own phrases are `own`) happened on; not by a date whose start is `aside`.
    "Saturday night's blast" may be read as a time, whose day resolves all the same."""
    return _days_of(
        sentence,
        published,
        lambda date: (
            date.start not in aside and (date.root.i in own or _told_by_its_verb(date, named))
        ),
    )


def _own_phrase(word: Token) -> set[int]:
    """The event word's phrase, without a clause on people the parser hung on it: "pulled out
    alive on the night of the collapse, who died in hospital on March 16" dates a death.
    With the words before it in the phrase it modifies: "the March 4 robbery and
    hostage-taking", where the parser hangs the date on the last noun, or "the Feb. 3
    cave-in"."""
    people = [
        c
        for c in word.children
        if c.dep_ == "relcl" and any(g.lower_ in _PERSONAL for g in c.children)
    ]
    dropped = {t.i for c in people for t in c.subtree}
    own = {t.i for t in word.subtree if t.i not in dropped}
    # "the Feb. 3 cave-in": the tagger may not take the hyphened word's end for a noun.
    hyphened = word.i + 2 == word.head.i and word.nbor(1).text == "-"
    if word.dep_ in ("nmod", "compound") and (word.head.pos_ == "NOUN" or hyphened):
        before = (c for c in word.head.children if c.i < word.i and c.dep_ in ("nmod", "compound"))
        own |= {t.i for c in before for t in c.subtree}
    return own


_PERSONAL = frozenset({"who", "whom", "whose"})


def _told_by_its_verb(date: Span, named: set[int]) -> bool:
    """A verb of the event dates it, when the event's word is in its clause: "a blast tore
    through X on Saturday", not "a bus crash killed 20 on Monday" in a flood's report (nor
    a verb the event's word is not in: "police opened an inquiry on Monday"); so does a death
    of the event itself, "died of carbon monoxide poisoning on Sunday", "died on Sunday in a
    fire at a tap"."""
    verb = _verb_of(_with_the_hour(date))
    if verb is None:
        return False
    # Or the verb it is joined to, which shares its subject: "gunmen killed 27 and abducted
    # dozens on Friday".
    joined = [verb]
    while joined[-1].head.pos_ in ("VERB", "AUX") and (
        joined[-1].dep_ == "conj" or _resulted(joined[-1])
    ):
        joined.append(joined[-1].head)
    if any(v.lemma_.lower() in _DAY_VERBS for v in joined):
        return any(t.i in named for t in joined[-1].subtree)
    # Not "died of injuries from the blast", later.
    return any(v.lemma_.lower() in ("die", "injure", "hurt") for v in joined) and any(
        g.dep_ == "pobj" and g.i in named
        for v in joined
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "in")
        for g in c.children
    )


def _resulted(verb: Token) -> bool:
    """ "some twenty resulted injured": the state a verb of resulting, as reports translated
    from Spanish say, hangs on it."""
    return verb.dep_ in ("xcomp", "acomp", "oprd") and verb.head.lemma_.lower() == "result"


def _with_the_hour(date: Span) -> Span:
    """ "on Saturday morning": the day with the part of it the parser hangs it on."""
    head = date.root.head
    if head.i == date.end and head.lower_ in _HOURS:
        return date.doc[date.start : head.i + 1]
    return date


def _with_its_day(date: Span) -> Span:
    """ "the 8 August fire": a month the parser took without the day before it."""
    before = date.start - 1
    if date.text.lower().strip(".") not in _MONTHS or before < date.sent.start:
        return date
    day = date.doc[before]
    return date.doc[before : date.end] if day.is_digit and 1 <= int(day.text) <= 31 else date


_TIMES = frozenset({"DATE", "TIME"})
_HOURS = frozenset({"morning", "afternoon", "evening", "night", "dawn", "midday", "noon"})
# What a day is the day of: "the morning of Tuesday", "the early hours of Tuesday".
_PARTS_OF_DAY = _HOURS | {"hours"}
# How far back an event's day may lie: a report months on tells of an anniversary or of
# another event of its kind.
_DAY_REACH = 30
# Days two tellings of one event's day may differ by: a blast late at night is the next
# day's news, a fire flares up again days after it began ("a new blaze on Monday").
DAY_SLACK = 3
# The verbs of the event, and those a lede tells a blast or a fire by.
_DAY_VERBS = _EVENT_VERBS | {
    "tear", "rip", "rock", "gut", "blow", "cave", "bury", "trap", "shoot", "fire", "storm",
    "raid", "abduct", "kidnap",
    "throw", "hurl", "lob",  # "when a grenade was thrown into a bar on Wednesday"
}  # fmt: skip


def _first_month(anchors: list[Anchor]) -> dt.date:
    """The first day of the earliest month (of the earliest year, for a year alone)."""
    earliest = min(anchors, key=lambda a: (a.year, a.month or 1))
    return dt.date(earliest.year, earliest.month or 1, 1)


def _lede_day(typed: list[Span], told: list[Span], published: dt.date) -> dt.date | None:
    """A sudden event the first sentence naming it says happened on a day ("Floods killed
    five people in X on Tuesday") began that month, whatever earlier event of its kind a
    later sentence names ("the region is still rebuilding after the October floods")."""
    if not typed:
        return None
    first = typed[0]
    days = [e for e in told if first.start <= e.start < first.end and not _said(e)]
    anchors = [a for a in (_resolve(e, published) for e in days) if a is not None and a.month]
    return _first_month(anchors) if anchors else None


def _said(entity: Span) -> bool:
    """True when the date tells when something was said or counted ("said on Monday", "as of
    April 2", "the toll rose to 90 on Tuesday") or is still to come ("funerals are expected to
    begin on Saturday"), not when the event happened: "as of", "by" or "until" introduces
    it, or a verb of saying or counting, a future or an infinitive governs it."""
    for head in list(entity.root.ancestors)[:_HOPS]:
        if head.lower_ in _AS_OF or (head.lower_ == "of" and head.nbor(-1).lower_ == "as"):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return head.lemma_.lower() in _SAYING or any(
                child.dep_ == "aux" and (child.tag_ == "TO" or child.lower_ in _FUTURE)
                for child in head.children
            )
        if head.pos_ != "ADP":
            return False
    return False


def _verb(entity: Span) -> str | None:
    """The lemma of the verb a date modifies, through prepositions ("killed in November");
    None when it modifies a noun first ("last month's fire")."""
    verb = _verb_of(entity)
    return None if verb is None else verb.lemma_.lower()


def _verb_of(entity: Span) -> Token | None:
    """The verb a date modifies, through prepositions and the part of the day it is of ("in
    the early hours of Tuesday")."""
    for head in list(entity.root.ancestors)[:_HOPS]:
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.pos_ != "ADP" and head.lower_ not in _PARTS_OF_DAY:
            return None
    return None


def _of_the_event(
    sentence: Span, match: re.Match[str], named: set[int], aside: frozenset[int]
) -> bool:
    """A time elapsed since this event: "a week ago" in a sentence that names it, or "a year
    after" right before its word; not in a sentence of another event."""
    span = sentence.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None or span.start in aside:
        return False
    following = range(span.end, min(span.end + _ELAPSED_REACH, sentence.end))
    return bool(match["ago"]) or any(i in named for i in following)


def _times_elapsed(text: str) -> Iterator[re.Match[str]]:
    """The times elapsed `text` names with a number or in the plural ("a year after", "months
    after"): "year after year" is none."""
    return (m for m in _ELAPSED.finditer(text) if m["count"] or m["many"])


def _headline_elapsed(title: str | None, event: EventType) -> list[re.Match[str]]:
    """A time elapsed in the headline right before a word naming the event or its cause, in
    its own phrase ("One year after deadly floods, ..."), or one ago: a follow-up's body often
    names the event only as "the disaster"."""
    text = (title or "").lower()
    words = [w.strip(_PUNCTUATION) for w in text.split()]
    if any(before in _NEW and _kind(words, n + 1, event) for n, before in enumerate(words[:-1])):
        return []  # "Fresh floods hit X, a year after deadly deluge": a new event
    found = []
    for match in _times_elapsed(text):
        # "Six months on, flood survivors ...": the comma of "on," opens the event's phrase.
        following = text[match.end() :].lstrip(" ,").split()[:_ELAPSED_REACH]
        # The phrase ends at a comma or colon: "a year after the vote, a flood of ..."
        ends = [n for n, word in enumerate(following) if word[-1] in ",;:"]
        phrase = [w.strip(_PUNCTUATION) for w in following[: ends[0] + 1 if ends else None]]
        if match["ago"] or any(_kind(phrase, n, event) for n in range(len(phrase))):
            found.append(match)
    return found


def _kind(words: list[str], index: int, event: EventType) -> bool:
    """The headline's `index`-th word names the event or its cause."""
    kind = type_of_title_word(words, index)
    return kind is not None and (kind is event or kind.slug in event.follows)


def _elapsed(match: re.Match[str], published: dt.date) -> Anchor:
    """The month a time elapsed names, counted back from publication."""
    said = match["count"]
    count = _AT_LEAST if said is None or said in _VAGUE else _COUNTS.get(said) or int(said)
    months = {"month": count, "year": 12 * count}.get(match["unit"], 0)
    days = {"day": count, "week": 7 * count}.get(match["unit"], 0)
    back = published - dt.timedelta(days=days)
    index = back.year * 12 + back.month - 1 - months
    return Anchor(index // 12, index % 12 + 1)


def _resolve(entity: Span, published: dt.date) -> Anchor | None:
    text = entity.text.lower()
    earliest = published - dt.timedelta(days=_LOOKBACK_DAYS)
    day = resolve(text, published)
    if day is not None:
        return Anchor(day.year, day.month) if earliest <= day <= published else None
    if "last week" in text:
        # Monday to Sunday of the week before; across a month's end it names no month.
        monday = published - dt.timedelta(days=published.weekday() + 7)
        sunday = monday + dt.timedelta(days=6)
        return Anchor(monday.year, monday.month) if monday.month == sunday.month else None
    if "last month" in text:
        previous = published.replace(day=1) - dt.timedelta(days=1)
        return Anchor(previous.year, previous.month)
    if "last year" in text:
        return Anchor(published.year - 1, None)
    for match in _MONTH_YEAR.finditer(text):
        month = _MONTHS.get(match["month"])
        if month is None:
            continue
        year = int(match["year"]) if match["year"] else published.year
        if not match["year"] and (year, month) > (published.year, published.month):
            year -= 1
        first = dt.date(year, month, 1)
        return Anchor(year, month) if earliest.replace(day=1) <= first <= published else None
    year_match = _YEAR.search(text)
    if year_match and published.year - 1 <= int(year_match["year"]) <= published.year:
        return Anchor(int(year_match["year"]), None)
    return None
