"""When an article's event began, at the grain its type is anchored on (month or year).

Follow-ups name the event's own date ("the March 3 earthquake", "protests that began in
July", "earlier in November, 26 people were killed in a blast"), so the anchor is read from
the text rather than from the publication date, which would split a crisis at every month
boundary. Candidates are the DATE entities

1. inside the own phrase of a word naming the event (`attached_tokens`), else
2. in a sentence that names the event and a death or injury, else
3. for a sudden event, in a sentence that names it,

resolved against the publication date ("Saturday" is the last Saturday on or before it, a
month without a year the latest one not after it, "last week" seven days before, "last month"
the month before). The
earliest candidate is the event's start. Dates after publication (schedules), more than
`_LOOKBACK_DAYS` before it (earlier events recalled for comparison) and dates that tell when
something was said or counted ("officials said on Monday", "as of April 2", "by Sunday") are
not candidates. Without one, the publication date is the anchor.
"""

import datetime as dt
import re
from typing import NamedTuple

from spacy.tokens import Doc, Span

from streams.extract.dates import resolve
from streams.incidents.events import EventType, attached_tokens, has_casualty, tokens_of

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


class Anchor(NamedTuple):
    year: int
    month: int | None  # None: only the year is known


def anchor(doc: Doc, event: EventType, published: dt.date) -> Anchor:
    """The event's start at its type's grain (see the module docstring)."""
    attached = attached_tokens(doc, event)
    named = {token.i for token in tokens_of(doc, event)}
    own = [e for e in doc.ents if e.label_ == "DATE" and e.root.i in attached]
    typed = [s for s in doc.sents if any(t.i in named for t in s)]
    with_casualty = [s for s in typed if has_casualty(list(s))]
    # A wave's sentences name many dates (a minister's tenure, an earlier protest): only
    # its casualty sentences are read.
    sentence_tiers = (with_casualty, typed) if event.grain == "month" else (with_casualty,)
    tiers = [
        own,
        *(
            [e for s in sentences for e in s.ents if e.label_ == "DATE"]
            for sentences in sentence_tiers
        ),
    ]
    for candidates in tiers:
        found = [a for a in (_resolve(e, published) for e in candidates if not _said(e)) if a]
        if event.grain == "month":
            found = [a for a in found if a.month is not None]
        if found:
            earliest = min(found, key=lambda a: (a.year, a.month or 1))
            return earliest if event.grain == "month" else Anchor(earliest.year, None)
    month = published.month if event.grain == "month" else None
    return Anchor(published.year, month)


def _said(entity: Span) -> bool:
    """True when the date tells when something was said or counted ("said on Monday", "as of
    April 2", "the toll rose to 90 on Tuesday"), not when it happened: a verb of saying or
    counting, or "as of", "by", "until", governs it."""
    for head in list(entity.root.ancestors)[:_HOPS]:
        if head.lower_ in _AS_OF or (head.lower_ == "of" and head.nbor(-1).lower_ == "as"):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return head.lemma_.lower() in _SAYING
    return False


def _resolve(entity: Span, published: dt.date) -> Anchor | None:
    text = entity.text.lower()
    earliest = published - dt.timedelta(days=_LOOKBACK_DAYS)
    day = resolve(text, published)
    if day is not None:
        return Anchor(day.year, day.month) if earliest <= day <= published else None
    if "last week" in text:
        week_ago = published - dt.timedelta(days=7)
        return Anchor(week_ago.year, week_ago.month)
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
