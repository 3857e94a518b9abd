"""Where an article's event happens: its country and its main town or region.

Every capitalised name the gazetteer knows (a country, demonym or main city, or a region or
town the tagger marks as a place) is a mention of its country. A town too small for the
gazetteer, tagged as a place and after a preposition of place ("near Los Andes"), is a place
the event touches (two reports of one attack there share it) but names no country and is
never the main town. A mention weighs:

- `_TITLE` in the headline, which names the event's own place more surely than any
  sentence of the body (a report on one bombing may recall another, elsewhere); else
  `_CASUALTY` in a sentence with a death or injury word, or in the first sentence (the
  headline, lede or dateline); `_TYPED` in a sentence naming the event type; else 1. A
  demonym always weighs 1: "four French tourists died" gives the victims' nationality, not
  the place;
- plus `_ATTACHED` when it sits in the event word's own phrase ("floods in X", "X's
  protests", "the tower that collapsed in Y"), `_ORIGIN` instead in the own phrase of a
  cause's word ("the earthquake that struck X", "the quake near Z, X"), so that a
  cross-border event keeps the country of its epicentre or origin even in a report about
  damage next door.

The country with the highest total wins (ties: alphabetical), and so does the town or region
among the mentions that name one (`main_place`). A country named in passing,
however often, stays below the one where people die. Names inside a person's name ("Aden" in
a minister's name) and where someone went ("fled to X") are not mentions.
"""

import re
from collections import Counter
from typing import NamedTuple

from spacy.tokens import Doc, Span

from streams.extract.entities import entities
from streams.extract.history import recalled_tokens
from streams.incidents.events import EventType, attached_tokens, has_casualty, tokens_of
from streams.incidents.gazetteer import country_of, is_country, key, place_of

_CASUALTY = 6
_TITLE = 15
_TYPED = 2
_ATTACHED = 6
_ORIGIN = 50
_LONGEST_NAME = 4
_MENTIONS_KEY = "incident_mentions"
_DATELINE_TOKENS = 3
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+(?:of|and|[A-Z][\w'-]*))*")
_PLACE_ENTITIES = ("GPE", "LOC", "FAC")
_PERSONAL = ("", "PERSON")  # entity types of a name that may be a person's
_PLACE_NOUNS = frozenset(
    {"province", "district", "region", "county", "state", "city", "town", "village", "area",
     "prefecture", "governorate", "division", "municipality"}
)  # fmt: skip
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "across", "around", "outside", "from", "into", "throughout"}
)


class Mention(NamedTuple):
    country: str | None  # None: a town the gazetteer does not know
    start: int  # token index
    demonym: bool
    place: str | None = None  # the folded name of a region or town


def heaviest(weights: Counter[str]) -> str | None:
    """The name with the most weight (ties: alphabetical); None when there is none."""
    return min(weights, key=lambda country: (-weights[country], country)) if weights else None


class CountryWeights(NamedTuple):
    full: Counter[str]  # with the origin's bonus: which country the event is in
    local: Counter[str]  # without it: the epicentre weighs as any other place where people died


def country_weights(doc: Doc, event: EventType, title: str | None = None) -> CountryWeights:
    """Each country named, with the weight of its mentions (see the module docstring)."""
    attached = attached_tokens(doc, event)
    origin = attached_tokens(doc, event, consequences=False) if event.cause else set()
    titled = Counter(c for c, _ in in_title(title))
    full = Counter({c: _TITLE * n for c, n in titled.items()})
    local = full.copy()
    for weight, mention in _weighed_mentions(doc, event):
        if mention.country is None:
            continue
        own = 1 if mention.demonym else weight
        bonus = _ATTACHED if mention.start in attached else 0
        local[mention.country] += own + bonus
        full[mention.country] += own + (_ORIGIN if mention.start in origin else bonus)
    return CountryWeights(full, local)


def main_place(doc: Doc, event: EventType, title: str | None = None) -> str | None:
    """The region or town where the event happens, weighed as countries are (see the module
    docstring): a report on one bombing that recalls another names both towns, its own
    in the headline and the event's own phrase."""
    attached = attached_tokens(doc, event)
    scores = Counter({p: _TITLE for _, p in in_title(title) if p is not None})
    for weight, mention in _weighed_mentions(doc, event):
        # A town the gazetteer does not know is a place the event touches (`event_places`),
        # not its main town: its name is less sure than a known one.
        known = mention.country is not None
        if known and mention.place is not None and not _dateline(doc, mention.start):
            scores[mention.place] += weight + (_ATTACHED if mention.start in attached else 0)
    return heaviest(scores)


def _weighed_mentions(doc: Doc, event: EventType) -> list[tuple[int, Mention]]:
    """Every mention with the weight of its sentence, computed once per parse and event."""
    key = f"{_MENTIONS_KEY}:{event.slug}"
    found: list[tuple[int, Mention]] | None = doc.user_data.get(key)
    if found is None:
        named = {token.i for token in tokens_of(doc, event)}
        recalled = recalled_tokens(doc)  # the places of an event this one came after
        found = [
            (_weight(sentence, named, first=number == 0), mention)
            for number, sentence in enumerate(doc.sents)
            for mention in mentions_in(sentence)
            if mention.start not in recalled
        ]
        doc.user_data[key] = found
    return found


def _dateline(doc: Doc, start: int) -> bool:
    """A capitalised name opening the text ("DODOMA - ..."), or a name followed by a date and
    a colon or dash wherever a scraper left it ("New Delhi, Sep 9: ..."): where the report was
    filed, often the capital, not the town of the event."""
    opening = start < _DATELINE_TOKENS and doc[start].text.isupper() and len(doc[start]) > 1
    return opening or _FILED.match(doc[start : start + _FILED_TOKENS].text) is not None


# "New Delhi, Sep 9:", "Kathmandu, September 9, 2025 -": a place, the day, a colon or dash.
_FILED_TOKENS = 12
_FILED = re.compile(
    r"[\w .'-]{0,30}, (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}"
    r"(?:, \d{4})?\s*[:\-–—]",
    re.IGNORECASE,
)


def in_title(title: str | None) -> list[tuple[str, str | None]]:
    """(country, folded town or region or None) of each name in a headline, which is not
    parsed: runs of capitalised words, longest known name first. A headline names the
    event's own place more surely than any sentence of the body."""
    found: list[tuple[str, str | None]] = []
    for run in _CAPITALISED_RUN.findall(title or ""):
        words, start = run.split(), 0
        while start < len(words):
            size = min(_LONGEST_NAME, len(words) - start)
            while size > 0:
                text = " ".join(words[start : start + size])
                country = country_of(text)
                if country is not None:
                    found.append((country, None if is_country(text) else key(text)))
                    break
                country = place_of(text)
                if country is not None:
                    found.append((country, key(text)))
                    break
                size -= 1
            start += max(size, 1)
    return found


def event_places(doc: Doc, event: EventType) -> set[str]:
    """The regions and towns named where the event is told: in the headline or lede, a
    sentence naming the event or a death or injury (folded names, see `gazetteer.key`)."""
    return {
        mention.place
        for weight, mention in _weighed_mentions(doc, event)
        if weight > 1 and mention.place is not None
    }


def _weight(sentence: Span, named: set[int], first: bool) -> int:
    if first or has_casualty(list(sentence)):
        return _CASUALTY
    return _TYPED if any(t.i in named for t in sentence) else 1


def mentions_in(span: Span) -> list[Mention]:
    """Every capitalised country, demonym, city or region mention, longest first."""
    found = []
    index = span.start
    while index < span.end:
        token = span.doc[index]
        step = 1
        if token.text[:1].isupper():
            # Multi-word names are runs of capitalised words, "of" or "and" ("Bosnia and
            # Herzegovina"); stop the window at the first other word.
            window = 1
            while window < min(_LONGEST_NAME, span.end - index) and (
                span.doc[index + window].text[:1].isupper()
                or span.doc[index + window].lower_ in ("of", "and", "-")
            ):
                window += 1
            for size in range(window, 0, -1):
                mention = _mention(span.doc[index : index + size])
                if mention is not None:
                    found.append(mention)
                    step = size
                    break
        index += step
    return found


def _mention(words: Span) -> Mention | None:
    country = country_of(words.text)
    if country is not None:
        if _inside_a_longer_name(words):  # "Aden" in a minister's name is not Yemen's
            return None
        if _destination(words):
            return None
        # The table mixes demonyms and places; the tagger tells them apart.
        demonym = words.root.ent_type_ == "NORP" or words.root.tag_ in ("JJ", "NNPS")
        # A main city ("Almaty") is also a place within its country; the first word of a
        # person's name ("Aden Farah", a minister) is none, of an institution's still is.
        city = None if demonym or is_country(words.text) else key(words.text)
        if city is not None and _starts_a_name(words) and _a_persons_name(words):
            return None
        return Mention(country, words.start, demonym, place=city)
    # Region and town names include plain words ("Unity", "Mobile"): only a name used as a
    # place counts.
    place = place_of(words.text)
    if place is not None and _used_as_place(words):
        return Mention(place, words.start, demonym=False, place=key(words.text))
    # A town too small for the gazetteer ("near Los Andes"): a place of the event all the
    # same, tagged as one and used as one, though it names no country.
    if words.root.ent_type_ in ("GPE", "LOC") and _in_place_phrase(words) and _whole_name(words):
        return Mention(None, words.start, demonym=False, place=key(words.text))
    return None


def _in_place_phrase(words: Span) -> bool:
    root = words.root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS


def _whole_name(words: Span) -> bool:
    """The whole entity, not a part of a longer one."""
    doc = words.doc
    continues = words.end < len(doc) and doc[words.end].ent_iob_ == "I"
    return doc[words.start].ent_iob_ == "B" and not continues


# Verbs of going somewhere: "fled the country for X", "flew to X", "was deported to X".
_GOING = frozenset(
    {"leave", "flee", "fly", "travel", "escape", "head", "go", "return", "move", "deport",
     "extradite", "evacuate", "airlift"}
)  # fmt: skip


def _destination(words: Span) -> bool:
    """Where someone went ("the leader left the country for X"), which is not where the
    event happened."""
    root = words.root
    prep = root.head
    return (
        root.dep_ == "pobj" and prep.lower_ in ("to", "for") and prep.head.lemma_.lower() in _GOING
    )


def _inside_a_longer_name(words: Span) -> bool:
    """Part of a person's name with more words than the mention; a country alone tagged a
    person ("Floods in Malawi" read as a name by the small tagger) is still the country."""
    doc = words.doc
    if words.root.ent_type_ != "PERSON":
        return False
    continues = words.end < len(doc) and doc[words.end].ent_iob_ == "I"
    return doc[words.start].ent_iob_ == "I" or continues


def _a_persons_name(words: Span) -> bool:
    """The longer name the mention starts is a person's here, or one the article tags as a
    person elsewhere ("Aden Farah" read once as an organisation, once as a person)."""
    head = words.root.head
    if head.ent_type_ in _PERSONAL:
        return True
    name = words.doc[words.start : head.i + 1].text
    return any(e.label_ == "PERSON" and e.text == name for e in entities(words.doc))


def _starts_a_name(words: Span) -> bool:
    """The first word of a longer proper name ("Kennedy Otieno", "Aden Farah"), even tagged
    as a place; not of a place's own name ("Nairobi County")."""
    head = words.root.head
    return (
        words.root.dep_ == "compound"
        and head.pos_ == "PROPN"
        and head.lemma_.lower() not in _PLACE_NOUNS
    )


def _used_as_place(words: Span) -> bool:
    """Followed by a place noun ("X province", which the small tagger often takes for a
    person), else tagged as a place, or not a person and the object of a preposition of
    place ("in X"); never the first word of a longer proper name."""
    after = words.doc[words.end] if words.end < len(words.doc) else None
    if after is not None and after.lemma_.lower() in _PLACE_NOUNS:
        return True
    if _starts_a_name(words):
        return False
    if words.root.ent_type_ in _PLACE_ENTITIES:
        return True
    return words.root.ent_type_ != "PERSON" and _in_place_phrase(words)
