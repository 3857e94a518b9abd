"""The words of an article that tell of another event than the one it reports: they give the
article no places, no event type and no event date (`places.py`, `events.py`, `when.py`).

- A clause telling of the event the reported one came some time after ("the shooting came
  three weeks after a car bomb in X killed 14"): always (`recalled_tokens`).
- A sentence set in an earlier time ("Earlier this month, a bombing in X killed 26", "Last
  week gunmen attacked a bus in Y", "Two weeks ago, ...") whose places are all other than
  the places the rest of the article names: the background of a report on something else.
  In a follow-up on one event the same sentence names the event's own place, or the rest
  names none, and it stays evidence.
"""

import re

from spacy.tokens import Doc, Span

from streams.extract.history import recalled_tokens
from streams.incidents.mentions import mentions_in

_ASIDE_KEY = "incident_set_aside"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"  # "Nov.", "November"
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d{1,2})"
# Times before the report's own news: the whole text of a date phrase.
_EARLIER = re.compile(
    rf"(?:earlier )?(?:this|last|previous|past) (?:week|month)|earlier in (?:the )?(?:week|month"
    rf"|{_MONTH})|{_NUMBER} (?:days?|weeks?|months?) (?:ago|earlier)|(?:early |late |mid-?)?"
    rf"{_MONTH}(?: \d{{1,2}}(?:st|nd|rd|th)?)?",
    re.IGNORECASE,
)
_HOPS = 3


def set_aside(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that tell of another event (see the module docstring), computed
    once per parse."""
    found: frozenset[int] | None = doc.user_data.get(_ASIDE_KEY)
    if found is None:
        recalled = recalled_tokens(doc)
        earlier = [s for s in doc.sents if _set_earlier(s)]
        rest = {
            place
            for sentence in doc.sents
            if sentence not in earlier
            for place in _places(sentence, recalled)
        }
        aside = set(recalled)
        for sentence in earlier:
            places = _places(sentence, recalled)
            if rest and places and not places & rest:
                aside.update(range(sentence.start, sentence.end))
        found = doc.user_data[_ASIDE_KEY] = frozenset(aside)
    return found


def _places(sentence: Span, recalled: frozenset[int]) -> set[str]:
    return {
        m.place
        for m in mentions_in(sentence)
        if m.place is not None and m.start not in recalled and not m.demonym
    }


def _set_earlier(sentence: Span) -> bool:
    """The sentence's main clause is dated by a time before the report's own news: "earlier
    this month", "last week", "two weeks ago", "on November 9"."""
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):  # a dateline: "CITY, Nov 28 (Agency) -"
        return False
    for entity in sentence.ents:
        if entity.label_ != "DATE" or _EARLIER.fullmatch(_phrase(entity)) is None:
            continue
        # The date modifies the main verb, directly or through a preposition ("on November 9").
        token = entity.root
        for _ in range(_HOPS):
            if token.head.i == root.i:
                return token.i != root.i
            token = token.head
            if token.pos_ != "ADP":
                break
    return False


def _phrase(entity: Span) -> str:
    """The date's text with an "earlier" before it: "Earlier this month" is tagged "this
    month"."""
    before = entity.doc[entity.start - 1] if entity.start > entity.sent.start else None
    prefix = "earlier " if before is not None and before.lower_ == "earlier" else ""
    return prefix + entity.text.lower().removeprefix("on ")
