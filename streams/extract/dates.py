"""Resolve the dates a sentence gives ("said Saturday", "yesterday", "on January 5").

Relative dates are read against the article's publication date: a weekday is the most recent
such day on or before it; a month and day without a year is the latest one not after it.
Vague spans ("this week", "last month") give no date.
"""

import datetime as dt
import re

from spacy.tokens import Token

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# A month's name or abbreviation ("Nov.", "Sept.", "November"), for other patterns to use; a
# whole word, so "decades" or "marches" name no month.
MONTH_WORD = "(?:(?:" + "|".join(f"{m}|{m[:3]}" for m in _MONTHS) + r"|sept)\.?(?![a-z]))"
MONTH_NAME = re.compile(MONTH_WORD, re.IGNORECASE)  # a token that is a month's name
_MONTH = rf"(?P<month>{MONTH_WORD})"
_MONTH_DAY = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
)
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?"
)
_TIME_DEPS = {"npadvmod", "tmod", "prep", "advmod", "obl", "pobj"}


def calendar_word(word: str) -> bool:
    """A month or weekday name, or its abbreviation ("Sept.", "Tue")."""
    folded = word.lower().rstrip(".")
    return len(folded) >= 3 and any(n.startswith(folded) for n in (*_MONTHS, *_WEEKDAYS))


def resolve(text: str, published: dt.date) -> dt.date | None:
    """The date a short phrase names, read against `published`, or None."""
    lowered = text.lower()
    for index, name in enumerate(_WEEKDAYS):
        if re.search(rf"\b{name}\b", lowered):
            return published - dt.timedelta(days=(published.weekday() - index) % 7)
    if re.search(r"\b(?:yesterday|last night)\b", lowered):
        return published - dt.timedelta(days=1)
    if re.search(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", lowered):
        return published
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(lowered)
        if match:
            return _calendar_date(match, published)
    return None


def month_number(word: str) -> int:
    """The number of the month a `MONTH_WORD` names."""
    return next(i for i, m in enumerate(_MONTHS, 1) if word.lower().startswith(m[:3]))


def _calendar_date(match: re.Match[str], published: dt.date) -> dt.date | None:
    month = month_number(match["month"])
    year = int(match["year"]) if match["year"] else published.year
    try:
        found = dt.date(year, month, int(match["day"]))
    except ValueError:
        return None
    if not match["year"] and found > published:
        found = found.replace(year=year - 1)
    return found


def date_of(token: Token, published: dt.date, since: bool = True) -> dt.date | None:
    """A date attached to `token` as a modifier ("announced Saturday", "on January 5"); with
    `since`, also the day a state began ("held since Monday"), which for a count is not the
    day it was counted ("the toll since Thursday rose to 82")."""
    preps = ("on", "since") if since else ("on",)
    for child in token.children:
        if child.dep_ not in _TIME_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in preps:
            continue
        if _compared(child) or _after_a_count_from(child):
            continue  # "stands at 57, up from 45 on Friday": the day of the figure before
        words = _outside_other_counts(child)
        if not any(w.ent_type_ in ("DATE", "TIME") or w.lower_ == "yesterday" for w in words):
            continue
        found = resolve(" ".join(w.text for w in words), published)
        if found is not None:
            return found
    # "announced in a briefing on Friday": the briefing's day is the saying's.
    for statement in (g for c in token.children if c.lower_ == "in" for g in c.children):
        if statement.dep_ == "pobj" and statement.lemma_.lower() in _STATEMENTS:
            return date_of(statement, published, since)
    return None


# What a source says a figure in.
_STATEMENTS = frozenset({
    "statement", "briefing", "post", "interview", "update", "bulletin", "conference",
    "message", "address", "report",
})  # fmt: skip


def _outside_other_counts(child: Token) -> list[Token]:
    """The words under `child` but those of a count set beside another: "986 were treated,
    not 1,042 as it reported on Sunday", "to 1,870, not 2,318 as announced yesterday" (the day
    of the other count)."""
    beside = [
        t
        for t in child.subtree
        if t.like_num and t.dep_ in ("appos", "npadvmod") and t.ent_type_ not in ("DATE", "TIME")
    ]
    return [
        w for w in child.subtree if not any(b.left_edge.i <= w.i <= b.right_edge.i for b in beside)
    ]


def _after_a_count_from(child: Token) -> bool:
    """ "fell to 12, from 29 on Friday": a day written right after the count a figure came
    from is that count's, wherever the parser hung it."""
    before = child.doc[child.i - 1] if child.i > 0 else None
    return before is not None and before.like_num and before.head.lower_ == "from"


def day_right_after(number: Token, published: dt.date) -> dt.date | None:
    """The day of an "on ..." phrase written right after a count ("from 29 on Friday")."""
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is None or after.lower_ != "on" or not _after_a_count_from(after):
        return None
    words = list(after.subtree)
    if not any(w.ent_type_ in ("DATE", "TIME") for w in words):
        return None
    return resolve(" ".join(w.text for w in words[1:]), published)


def _compared(child: Token) -> bool:
    """ "up from 45 on Friday", "down from 60 a week ago": a comparison with an earlier count."""
    return child.lower_ in ("up", "down") and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in child.children
    )
