"""What kind of event an article reports: one row of `EVENT_TYPES` (`event_types.py`), chosen
by weighted votes.

A word that names a type in a sentence with a death or injury word votes `_CASUALTY_VOTE`,
elsewhere 1 (a row's weak words, an "attack" that bombings and protests have too, vote 1
wherever they stand); the type with most votes wins, ties
going to the type named first (headline and lede name the event). Two refinements keep one
real event under one type:

- A cause beats its consequences. A building that falls in an earthquake, or a landslide set
  off by a storm, belongs to the earthquake or the storm: when the winner `follows` a cause
  the article names again and again or beside it in one sentence, the cause wins, so a report
  on a tower that fell in a quake keeps the earthquake's incident (a landslide "a month after
  an earthquake" keeps its own); and any `cause` type named at least `_CAUSE_MIN` times wins
  over a type that is not one (cholera after floods is the floods' crisis). A single passing
  mention of a cause in a report on an unrelated event ("a fire, weeks after last month's
  earthquake") moves nothing, and the season's weather ("monsoon rains") is no cause of a
  roof that caved in during it.

"Clashes" name no type: they are a protest's, a feud's or an attack's aftermath, and a report
of clashes alone joins the event of its town (`link.py`).
"""

import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from spacy.tokens import Doc, Token

from streams.incidents.background import set_aside
from streams.incidents.event_types import (
    AT_ONE_SPOT,
    BY_SLUG,
    SEASONAL_WEATHER,
    UNTYPED,
    EventType,
    has_casualty,
    type_of_title_word,
    type_of_token,
)

_CASUALTY_VOTE = 3
# A roof that caves in "during heavy monsoon rain" is an event of its own: the season's rains
# are no storm whose incident it joins, as a cyclone or a cloudburst would be.
_CAUSE_MIN = 2
_BEFORE, _AFTER = 8, 12
_TYPES_KEY = "incident_event_types"
_VOTES_KEY = "incident_event_votes"


def _types(doc: Doc) -> list[EventType | None]:
    """`type_of_token` of every token, computed once per parse (kept in its `user_data`);
    None where the text tells of another event (`background.py`: "the attack comes two weeks
    after a bombing in X killed 26")."""
    found: list[EventType | None] | None = doc.user_data.get(_TYPES_KEY)
    if found is None:
        aside = set_aside(doc)
        found = [None if token.i in aside else type_of_token(token) for token in doc]
        doc.user_data[_TYPES_KEY] = found
    return found


class _Votes(NamedTuple):
    votes: Counter[str]
    mentions: Counter[str]
    first: dict[str, int]
    together: set[frozenset[str]]  # pairs of types named in one sentence
    words: dict[str, set[str]]  # the words that named each type


def _count(doc: Doc, title: str | None) -> _Votes:
    """Each type's votes, mentions and first position; each word of the headline that names a
    type votes as if beside a casualty, before any word of the body. Counted once per parse."""
    key = f"{_VOTES_KEY}:{title}"
    found: _Votes | None = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = _counted(doc, title)
    return found


def _counted(doc: Doc, title: str | None) -> _Votes:
    votes: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    first: dict[str, int] = {}
    named_by: dict[str, set[str]] = {}
    words = re.findall(r"[a-z]+", (title or "").lower())
    for place in range(len(words)):
        row = type_of_title_word(words, place)
        if row is not None:
            votes[row.slug] += 1 if words[place].removesuffix("s") in row.weak else _CASUALTY_VOTE
            mentions[row.slug] += 1
            first.setdefault(row.slug, place - len(doc) - 1)
            named_by.setdefault(row.slug, set()).add(words[place])
    types = _types(doc)
    together: set[frozenset[str]] = set()
    for sentence in doc.sents:
        weight = _CASUALTY_VOTE if has_casualty(list(sentence)) else 1
        named = set()
        for token in sentence:
            row = types[token.i]
            if row is not None:
                weak = token.lemma_.lower() in row.weak or token.lower_ in row.weak
                votes[row.slug] += 1 if weak else weight
                mentions[row.slug] += 1
                first.setdefault(row.slug, token.i)
                named.add(row.slug)
                named_by.setdefault(row.slug, set()).add(token.lower_)
        together.update(frozenset((a, b)) for a in named for b in named if a < b)
    return _Votes(votes, mentions, first, together, named_by)


def event_type(doc: Doc, title: str | None = None) -> EventType:
    """The article's event type (see the module docstring)."""
    votes, mentions, first, together, named_by = _count(doc, title)
    if not votes:
        return UNTYPED

    def best(slugs: Iterable[str]) -> str:
        return min(slugs, key=lambda slug: (-votes[slug], first[slug]))

    winner = best(votes)
    # Of the causes, not the season's weather beside an event at one spot.
    weather = {s for s in votes if winner in AT_ONE_SPOT and named_by[s] <= SEASONAL_WEATHER}
    causes = [
        s
        for s in votes
        if s in BY_SLUG[winner].follows
        and (mentions[s] >= _CAUSE_MIN or frozenset((s, winner)) in together)
        and s not in weather
    ]
    if not causes and not BY_SLUG[winner].cause:
        causes = [
            s for s in votes if BY_SLUG[s].cause and mentions[s] >= _CAUSE_MIN and s not in weather
        ]
    return BY_SLUG[best(causes) if causes else winner]


def named_often(doc: Doc, title: str | None = None) -> set[str]:
    """The types the article names at least `_CAUSE_MIN` times (protests over a flood name
    the flood again and again; a passing mention of another crisis names it once)."""
    return {slug for slug, count in _count(doc, title).mentions.items() if count >= _CAUSE_MIN}


def typed_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens that name any event type."""
    return {i for i, row in enumerate(_types(doc)) if row is not None}


def tokens_of(
    doc: Doc, event: EventType, consequences: bool = True, causes: bool = False
) -> list[Token]:
    """The tokens of `doc` that name `event` or, unless told otherwise, one of its
    consequences (the tower that fell in the earthquake is part of the earthquake); with
    `causes`, also a cause it follows (a flood report's storm is that flood's storm)."""
    return [
        doc[i]
        for i, row in enumerate(_types(doc))
        if row is not None
        and (
            row is event
            or (consequences and event.slug in row.follows)
            or (causes and row.slug in event.follows)
        )
    ]


def attached_tokens(doc: Doc, event: EventType, consequences: bool = True) -> set[int]:
    """Indices of tokens in the own phrase of a word naming the event (its subtree, near it),
    and when it is a clause's subject, that clause's objects and places ("the quake hit X")
    and the place a "where" clause hangs on ("aid for X, where floods have killed 64"). When
    it is the object of a preposition, the clause's own places count too ("inmates who fled
    jails in X during the protests"), except for a cause: a tower that fell in Y "due to the
    earthquake" does not put the earthquake in Y."""
    inside: set[int] = set()
    clause_deps = ("nsubj", "nsubjpass") if event.cause else ("nsubj", "nsubjpass", "pobj")
    for token in tokens_of(doc, event, consequences):
        inside.update(_near_subtree(token, token))
        if token.dep_ in clause_deps:
            clause = token.head.head if token.dep_ == "pobj" else token.head
            for sibling in clause.children:
                if sibling.dep_ in ("dobj", "prep", "npadvmod", "attr"):
                    inside.update(_near_subtree(sibling, token))
            inside.update(_where_clause_place(clause))
    return inside


def _where_clause_place(clause: Token) -> set[int]:
    """The place a "where" clause hangs on: "aid for Kenya, where floods have killed 80"."""
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
        return set()
    place = clause.head
    return {place.i, *(c.i for c in place.children if c.dep_ == "compound")}


def _near_subtree(top: Token, word: Token) -> set[int]:
    """`top`'s subtree within `_BEFORE` tokens before `word` and `_AFTER` after it: a long
    subtree's far end is another clause's business."""
    return {t.i for t in top.subtree if -_BEFORE <= t.i - word.i <= _AFTER}
