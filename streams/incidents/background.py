"""The words of an article that tell of another event than the one it reports: they give the
article no places, no event type, no event date and no figures (`places.py`, `events.py`,
`when.py`, `figures.py`).

- A clause telling of the event the reported one came some time after ("the shooting came
  three weeks after a car bomb in X killed 14"): always (`recalled_tokens`).
- A sentence set in an earlier time ("Earlier this month, a bombing in X killed 26", "Last
  week gunmen attacked a bus in Y", "Two weeks ago, ..."), or told apart ("Separately,
  police in X ..."), or what a sentence says the event follows ("the ambush follows a
  bombing in X", "it was the second attack this month, after a blast in Y killed 26", also
  when reported: "groups said it was the second ...", "the second this month: on 8 August
  a fire in Y ..."), or a later event it tells after the reported one ("the blast came 12
  days before an ambush in Y", "was followed nine days later by a collapse in Y", "Twelve
  days after the X explosion, a house blew up in Y"), or an event a span of time before the
  news told at the end of a sentence that tells an event first ("the toll from the fire
  rose to six, a week after a blaze in Y killed 19"), when its places are all other than
  the places the rest of the article names: the background of a report on something else.
  In a follow-up on one event the same words name the event's own place, or the rest names
  none, and they stay evidence ("the arrests follow the protests in X" in a report on X),
  unless the rest tells of deaths or injuries of its own in an event of no type the
  recalled one has: a new attack "in a remote valley" that recalls a bombing in X.
- A sentence that goes on about another event the sentence before ended on ("... after an
  attack in X that killed 17. Rights groups put that toll at 29"): always.
- What the event is compared with ("has drawn comparisons with X, where 900 died, and
  with the Y fire"), on the same terms as a sentence set in an earlier time.
- The clause telling what happened at a date in a year compared with or named ("the
  deadliest accident since May 2021, when a cabin fell in X", "its own outbreak in 2019,
  when 200 fell ill"): always.
- A noun phrase so dated ("last month's floods in Y"), or dated up to the news ("attacks
  this year, including the bombing of the X railway station"), on the same terms; not one a
  toll or its victims are counted in ("the toll from last week's floods in Y has reached
  102"), which tells of the report's own event.
"""

import re
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from streams.extract.dates import MONTH_WORD
from streams.extract.entities import entities_in
from streams.extract.history import one_of_a_series, recalled_tokens
from streams.extract.lexicon import TALLY_NOUNS
from streams.extract.texts import text_of
from streams.incidents.event_types import has_casualty, type_of_token
from streams.incidents.mentions import sentence_mentions

_ASIDE_KEY = "incident_set_aside"
_NUMBER = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d{1,2})"
)
# Times before the report's own news, as the whole text of a date phrase ("this week" or
# "the past month" alone may be the news itself).
_EARLIER = re.compile(
    rf"earlier this (?:week|month)|(?:earlier )?(?:last|previous) (?:week|month)|earlier in "
    rf"(?:the )?(?:week|month|{MONTH_WORD})|{_NUMBER} (?:days?|weeks?|months?) (?:ago|earlier)|"
    rf"(?:early |late |mid-?)?{MONTH_WORD}(?: \d{{1,2}}(?:st|nd|rd|th)?)?",
    re.IGNORECASE,
)
# "This year" dates a series up to the news ("attacks this year, including the bombing of
# X"); a sentence so dated may be the news itself, so it dates only phrases and examples.
_SO_FAR = re.compile(r"(?:so far )?this year", re.IGNORECASE)
_HOPS = 3
# Times counted back from the news rather than named on the calendar.
_COUNTED_BACK = re.compile(r"\b(?:ago|earlier|last|previous)\b")
# A sentence a newsroom opens this way tells another story: "Separately, police in X ...".
_SEPARATE = re.compile(r"\s*(?:separately|in an?(?:other)? separate \w+)\b", re.IGNORECASE)
# A sentence opening with a time after an event: "Twelve days after the X explosion, ...",
# "Twelve days later, ...".
_LATER = re.compile(
    rf"\s*(?:just |only |barely |exactly )?{_NUMBER} (?:days?|weeks?) "
    r"(?:after [^,]+|(?P<later>later)),",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Main verbs that tell an event happening.
_HAPPENING = frozenset({
    "explode", "blow", "collapse", "strike", "hit", "erupt", "crash", "sink", "capsize",
    "derail", "burn", "bury", "kill",
})  # fmt: skip
# Main verbs of a sentence telling what the reported event came after.
_SEQUEL_VERBS = frozenset({"follow", "come"})


def set_aside(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that tell of another event (see the module docstring), computed
    once per parse."""
    found: frozenset[int] | None = doc.user_data.get(_ASIDE_KEY)
    if found is None:
        recalled = recalled_tokens(doc)
        compared_with = [s for sentence in doc.sents if (s := _compared(sentence)) is not None]
        candidates = [
            span
            for sentence in doc.sents
            for span in [_recalling(sentence), *_dated_events(sentence)]
            if span is not None
        ] + compared_with
        inside = {i for span in candidates for i in range(span.start, span.end)}
        # Nor the sentences that go on about what the candidates tell ("Police there have
        # arrested that hostel's owner").
        rest = _places(doc[:], recalled | inside | _told_on(doc, inside))
        aside = set(recalled)
        for sentence in doc.sents:
            compared = _since_when(sentence)
            if compared is not None:
                aside.update(range(compared.start, compared.end))
        news = None if rest else _news_types(doc, recalled | inside)
        rest_countries = _countries(doc[:], recalled | inside) if compared_with else set()
        for span in candidates:
            places = _places(span, recalled)
            if not places and span in compared_with:
                # "drawn comparisons with South Africa's X massacre": a country alone names
                # the other event's place, when the rest never names that country.
                countries = _countries(span, recalled)
                if countries and not countries & rest_countries:
                    aside.update(range(span.start, span.end))
                continue
            if not places:
                continue
            if rest:
                if not places & rest:
                    aside.update(range(span.start, span.end))
            elif news is not None and not _types_in(span) & news:
                aside.update(range(span.start, span.end))
        aside |= _told_on(doc, aside)
        found = doc.user_data[_ASIDE_KEY] = frozenset(aside)
    return found


def _told_on(doc: Doc, aside: set[int]) -> set[int]:
    """The sentences that go on about another event told at the end of the sentence before
    them: "... after an attack in X that killed 17. Rights groups put that toll at 29"."""
    found: set[int] = set()
    sentences = list(doc.sents)
    for before, sentence in pairwise(sentences):
        words = [t for t in before if not t.is_punct and not t.is_space]
        if not words or words[-1].i not in aside | found:
            continue
        # "that toll", "that attack", or "that hostel" after "... a blaze at a hostel in Y".
        told = {w.lemma_.lower() for w in before if w.i in aside | found and w.pos_ == "NOUN"}
        if any(
            t.lower_ == "that"
            and t.dep_ == "det"
            and (
                t.head.lemma_.lower() in TALLY_NOUNS
                or type_of_token(t.head) is not None
                # "that hostel's operator": the parser hangs "that" on the owner.
                or (t.i + 1 < len(doc) and doc[t.i + 1].lemma_.lower() in told)
            )
            for t in sentence
        ):
            found.update(range(sentence.start, sentence.end))
    return found


def _types_in(span: Span) -> set[str]:
    """The event types a span names."""
    return {row.slug for t in span if (row := type_of_token(t)) is not None}


def _news_types(doc: Doc, skipped: frozenset[int] | set[int]) -> set[str] | None:
    """The event types the rest of the article names where it tells of deaths or injuries of
    its own, or None when it tells of none: a report on a new attack that names no place the
    gazetteer knows."""
    found: set[str] | None = None
    for sentence in doc.sents:
        own = [t for t in sentence if t.i not in skipped]
        if not has_casualty(own):
            continue
        found = found if found is not None else set()
        found.update(row.slug for t in own if (row := type_of_token(t)) is not None)
    return found


def _places(span: Span, skipped: frozenset[int] | set[int]) -> set[str]:
    """The places named in `span` (of their sentences' mentions), outside `skipped`."""
    return {
        m.place
        for mentions in sentence_mentions(span.doc)
        for m in mentions
        if span.start <= m.start < span.end
        and m.place is not None
        and m.start not in skipped
        and not m.demonym
    }


def _countries(span: Span, skipped: frozenset[int] | set[int]) -> set[str]:
    """The countries named in `span` (of their sentences' mentions), outside `skipped`."""
    return {
        m.country
        for mentions in sentence_mentions(span.doc)
        for m in mentions
        if span.start <= m.start < span.end and m.country is not None and m.start not in skipped
    }


def _recalling(sentence: Span) -> Span | None:
    """The part of the sentence that may tell of another event: the whole of a sentence set
    in an earlier time or told apart, or what a sequel's verb says it follows ("the ambush
    follows a bombing in X", "came after", "the second attack this month, after ..."), or
    what the event is said to be unrelated to ("unrelated to the breakout in X")."""
    if _set_earlier(sentence) or _SEPARATE.match(text_of(sentence)):
        return sentence
    later = _a_later_one(sentence)
    if later is not None:
        return later
    gap = _a_time_after(sentence)
    if gap is not None:
        return gap
    apart = _told_apart(sentence)
    if apart is not None:
        return apart
    # The main clause, or the clause it reports ("groups said it was the second fire ...").
    clauses = [sentence.root, *(c for c in sentence.root.children if c.dep_ == "ccomp")]
    root = next((c for c in clauses if c.lemma_ in _SEQUEL_VERBS or one_of_a_series(c)), None)
    if root is None:
        return None
    for token in sentence[root.i - sentence.start + 1 :]:
        # "came 12 days before a blast in Y", "was followed nine days later by a collapse in
        # Y": the later event, told the same way.
        sequel = token.lower_ == "after" or (token.lower_ == "before" and root.lemma_ == "come")
        followed = root.lemma_ == "follow" and token.dep_ in ("dobj", "agent")
        if sequel or followed:
            start = token.left_edge.i if token.dep_ == "dobj" else token.i
            return sentence.doc[start : sentence.end]
        if token.text == ":" and root.lemma_ not in _SEQUEL_VERBS:
            # "the second deadly blaze this month: on 8 August, a fire in X killed 12".
            return sentence.doc[token.i + 1 : sentence.end]
    return None


# Words that tell the reported event apart from another: "unrelated to the breakout in X",
# "was not linked to the bombing in X".
_APART = frozenset({"unrelated", "unconnected", "separate"})
_LINKED = frozenset({"link", "connect", "relate", "tie"})


def _told_apart(sentence: Span) -> Span | None:
    """What the sentence says the event is unrelated to, to the sentence's end."""

    def apart(word: Token) -> bool:
        unlinked = word.lemma_.lower() in _LINKED and any(c.dep_ == "neg" for c in word.children)
        return word.lower_ in _APART or unlinked

    return _object_of(sentence, apart, ("to", "from", "with"))


def _object_of(
    sentence: Span, is_word: Callable[[Token], bool], prepositions: tuple[str, ...]
) -> Span | None:
    """From the first of `prepositions` on the first word `is_word` holds for that has one, to
    the sentence's end: what the word sets the event beside or apart from."""
    for word in sentence:
        if is_word(word):
            preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in prepositions]
            if preps:
                return sentence.doc[preps[0].i : sentence.end]
    return None


# Words that set the reported event beside others: "has drawn comparisons with X".
_COMPARING = frozenset({"comparison", "parallel", "likened", "liken", "compare", "compared"})


def _compared(sentence: Span) -> Span | None:
    """What the event is compared with: "the case has drawn comparisons with X, where 900
    died in 1978, and with the Y fire", to the sentence's end."""
    return _object_of(sentence, lambda word: word.lemma_.lower() in _COMPARING, ("with", "to"))


def _since_when(sentence: Span) -> Span | None:
    """ "the deadliest accident since May 2021, when a cabin fell in X", "recorded its own
    outbreak in 2019, when 200 fell ill in X", "revives memories of December 2011, when 16
    died in X": the clause that tells what happened in the
    year named, always another event."""
    doc = sentence.doc
    for entity in entities_in(sentence):
        at = entity.end + 1 if entity.end < sentence.end and doc[entity.end].text == "," else 0
        if (
            entity.label_ == "DATE"
            and _A_YEAR.search(entity.text)
            and entity.start > sentence.start
            and doc[entity.start - 1].lower_ in ("since", "in", "of")
            and 0 < at < sentence.end
            and doc[at].lower_ == "when"
        ):
            # After the main verb, the clause runs to the sentence's end, whatever the parser
            # hung its last words on ("..., when 16 died in X, in neighbouring Y region").
            end = sentence.end if entity.start > sentence.root.i else doc[at].head.right_edge.i + 1
            return doc[at : max(end, at + 1)]
    return None


# Spans of time a headline gives untagged: "days after".
_SPANS = frozenset({"hour", "day", "week", "month"})


def _a_time_after(sentence: Span) -> Span | None:
    """ "The toll from a fire in Y rose to six, barely a week after a blaze in X killed 19",
    "Six dead in Y fire, days after deadly X blaze", past the lede "the report came three
    days after a fire in X killed seven": an event a span of time before the news, to the
    sentence's end. Read from the words: the parser makes little of such headlines."""
    doc = sentence.doc
    for after in sentence[2:]:
        span = doc[after.i - 1]
        if after.lower_ != "after" or not (span.ent_type_ == "DATE" or span.lemma_ in _SPANS):
            continue
        opening = span.i
        while opening > sentence.start and doc[opening - 1].pos_ in ("NUM", "DET", "ADV"):
            opening -= 1
        if opening == sentence.start:
            continue  # "Three weeks after the water rose, 11,000 remain in camps": the news
        # In the headline or lede, the news told before it must be an event too: there a
        # resignation "five days after a derailment" is its own event's sequel.
        news = doc[sentence.start : after.i]
        told = doc[after.i : sentence.end]
        lede = sentence.start == 0 or doc[sentence.start - 1].sent.start == 0
        if (_types_in(news) or not lede) and _types_in(told):
            return told
    return None


def _a_later_one(sentence: Span) -> Span | None:
    """ "Twelve days after the X explosion, a house blew up in Y", "Twelve days later, ...":
    what the sentence tells after its opening, when that is a time after an event and the
    rest another happening then."""
    opening = _LATER.match(text_of(sentence))
    if opening is None or sentence.root.lemma_.lower() not in _HAPPENING:
        return None
    named = sentence.char_span(opening.start(), opening.end(), alignment_mode="expand")
    if named is None or not (opening["later"] or _types_in(named)):
        return None
    return sentence.doc[named.end : sentence.end]


def _dated_events(sentence: Span) -> list[Span]:
    """Noun phrases dated before the report's own news ("last month's floods in Y"), and the
    examples of what is so dated ("attacks rose this year, including the bombing of X")."""
    found = []
    doc = sentence.doc
    for entity in entities_in(sentence):
        if entity.label_ != "DATE":
            continue
        phrase = _phrase(entity)
        if not (_EARLIER.fullmatch(phrase) or _SO_FAR.fullmatch(phrase)):
            continue
        token = entity.root
        if token.dep_ == "pobj" and token.head.pos_ == "ADP":
            token = token.head
        head = token.head
        if token.dep_ not in ("prep", "poss", "npadvmod"):
            continue
        if _deaths_told_of_a_place(head):
            # "Residents of X, where five died in a lift fall on May 2, held a vigil for the
            # victims here": the place the clause describes had an event of its own.
            place = head.head
            found.append(doc[place.left_edge.i : head.right_edge.i + 1])
            continue
        if head.pos_ == "NOUN" and head.dep_ != "ROOT" and not _counted_in(head):
            # The subject of a sentence that opens on a place: the place is its ("In X, the
            # fire of March 12 has prompted ...").
            opening = sentence[0]
            placed = (
                head.dep_ in ("nsubj", "nsubjpass")
                and head.head == sentence.root
                and opening.lower_ == "in"
                and opening.head == sentence.root
            )
            start = sentence.start if placed else head.left_edge.i
            found.append(doc[start : head.right_edge.i + 1])
        found.extend(
            doc[c.left_edge.i : c.right_edge.i + 1]
            for c in head.children
            if c.lower_ == "including"
        )
    return found


def _deaths_told_of_a_place(verb: Token) -> bool:
    """A relative clause of deaths on a place: "X, where five people died"."""
    return (
        verb.dep_ == "relcl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and has_casualty([verb])
        and any(c.lower_ == "where" for c in verb.children)
    )


def _counted_in(event: Token) -> bool:
    """The event is what a toll or its victims are counted in: "the toll from last week's
    floods", "the victims of last month's quake", "traders killed in last week's blast" tell
    of the report's own event."""
    holder = event.head if event.dep_ == "pobj" and event.head.pos_ == "ADP" else None
    counted = holder.head if holder is not None else None
    return counted is not None and counted.pos_ in ("NOUN", "VERB") and has_casualty([counted])


def _set_earlier(sentence: Span) -> bool:
    """The sentence's main clause is dated by a time before the report's own news: "earlier
    this month", "last week", "two weeks ago", "on November 9"; so is its clause before a
    semicolon, which the parser may hang on the one after it ("Nine days ago a slide killed
    26; two are still missing")."""
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):  # a dateline: "CITY, Nov 28 (Agency) -"
        return False
    semicolons = [c.i for c in root.children if c.text == ";"]
    opening = [
        c
        for c in root.children
        if c.dep_ in ("ccomp", "conj", "parataxis")
        and c.left_edge.i == sentence.start
        and any(c.i < i < root.i for i in semicolons)
    ]
    for entity in entities_in(sentence):
        phrase = _phrase(entity)
        if entity.label_ != "DATE" or _EARLIER.fullmatch(phrase) is None:
            continue
        # A date of the opening clause only when it counts back from the news ("nine days
        # ago") or a preposition opens it ("On Sept. 2, gunmen ..."): a calendar date alone
        # there may be a dateline's.
        opened = entity.start > sentence.start and entity.doc[entity.start - 1].lower_ == "on"
        back = _COUNTED_BACK.search(phrase) is not None or opened
        clauses = {root.i, *(c.i for c in opening if back)}
        # The date modifies the main verb, directly or through a preposition ("on November 9").
        token = entity.root
        for _ in range(_HOPS):
            if token.head.i in clauses:
                return token.i not in clauses
            token = token.head
            if token.pos_ != "ADP":
                break
    return False


def _phrase(entity: Span) -> str:
    """The date's text with an "earlier" before it ("Earlier this month" is tagged "this
    month"), without a possessive's ending."""
    before = entity.doc[entity.start - 1] if entity.start > entity.sent.start else None
    prefix = "earlier " if before is not None and before.lower_ == "earlier" else ""
    text = entity.text.lower().removeprefix("on ")
    return prefix + text.removesuffix("'s").removesuffix("\u2019s")  # "last week's bombing"
