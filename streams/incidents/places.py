"""Where an article's event happens: its country and its main town or region.

Each place mention (`mentions.py`) is a mention of its country; a town the gazetteer does
not know is a place the event touches (two reports of one attack there share it) but names
no country and is never the main town. Sentences set aside as telling of another event
(`background.py`) give no mentions. A mention weighs:

- `_TITLE` in the headline, which names the event's own place more surely than any
  sentence of the body (a report on one bombing may recall another, elsewhere), unless the
  body names the country only as where people come from ("Eritreans among dead" over "of
  them, 12 were Eritrean"); else
  `_CASUALTY` in a sentence with a death or injury word, or in the first sentence (the
  headline, lede or dateline); `_TYPED` in a sentence naming the event type; else 1. A
  demonym always weighs 1 ("Kenyan police"), and nothing when it names who reports or
  speaks ("the German press agency") or people counted or come from elsewhere ("14
  Egyptians", "four French tourists died", "Sudanese migrants"): the victims' nationality
  is not the place.
  So does the city of a hospital or morgue ("12 remain in hospital in X"): the hurt may be
  taken far, even abroad;
- plus `_ATTACHED` when it sits in the event word's own phrase ("floods in X", "X's
  protests", "the tower that collapsed in Y", "aid for X, where floods have killed 64"),
  `_ORIGIN` instead in the own phrase of a cause's word ("the earthquake that struck X",
  "the quake near Z, X"), so that a cross-border event keeps the country of its epicentre
  or origin even in a report about damage next door.

The country with the highest total wins (ties: the one named by its own name, its people or a
main city, then alphabetical), and so does the town or region among the mentions that name one
(`main_place`; ties: alphabetical). A country named in passing,
however often, stays below the one where people die.
"""

import re
from collections import Counter
from itertools import pairwise
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from streams.extract.lexicon import CARE_PLACES, PEOPLE
from streams.incidents.background import set_aside
from streams.incidents.event_types import EventType, has_casualty
from streams.incidents.events import attached_tokens, tokens_of
from streams.incidents.gazetteer import (
    a_people,
    countries_having,
    country_of,
    generic_name,
    is_country,
    key,
    place_of,
)
from streams.incidents.mentions import (
    FACILITIES,
    LONGEST_NAME,
    Mention,
    bearing_from,
    sentence_mentions,
)

_CASUALTY = 6
_TITLE = 15
_TYPED = 2
_ATTACHED = 6
_ORIGIN = 50
_MENTIONS_KEY = "incident_mentions"
_DATELINE_TOKENS = 3
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+(?:of|and|[A-Z][\w'-]*))*")


def heaviest(weights: Counter[str], surer: frozenset[str] = frozenset()) -> str | None:
    """The name with the most weight (ties: one of `surer`, then alphabetical); None when none
    weighs anything."""
    weighed = +weights
    if not weighed:
        return None
    return min(weighed, key=lambda name: (-weighed[name], name not in surer, name))


class CountryWeights(NamedTuple):
    full: Counter[str]  # with the origin's bonus: which country the event is in
    local: Counter[str]  # without it: the epicentre weighs as any other place where people died
    # Named by their own name, people or a main city, not only by a town or region of the
    # gazetteer: the surer of two that weigh the same ("near Lusaka" and "the Zambezi").
    named: frozenset[str] = frozenset()


def country_weights(doc: Doc, event: EventType, title: str | None = None) -> CountryWeights:
    """Each country named, with the weight of its mentions (see the module docstring)."""
    attached = attached_tokens(doc, event)
    origin = attached_tokens(doc, event, consequences=False) if event.cause else set()
    owned = _owned_places(doc)
    mentions = [
        (weight, m._replace(country=owned.get(m.place or "") or m.country))
        for weight, m in _weighed_mentions(doc, event)
    ]
    named = [(owned.get(place or "") or country, place) for country, place in in_title(title, doc)]
    sure = frozenset(
        country
        for country, place in [*named, *((m.country, m.place) for _, m in mentions)]
        if country is not None and (place is None or len(countries_having(place, smaller=True)) < 2)
    )
    # Who speaks, and where people come from: mentions that say nothing of the place.
    voices = {m.start for _, m in mentions if _foreign_voice(doc, m) or _where_spoken(doc, m)}
    froms = {m.start for _, m in mentions if _where_people_are_from(doc, m)}
    # "on the road to the border with X": the neighbour, across it.
    across = {m.start for _, m in mentions if _across_the_border(doc, m)}
    # A country the body names only as where people come from is no place of the event,
    # though the headline names its people ("Sudanese, Eritreans make up most of 38 dead").
    silent = voices | froms | across
    # A lone town of a country the text never names, called a region in a text that names
    # another country: a district or valley the gazetteer's city shares a name with (the
    # Rasht valley of Tajikistan is not Iran's city of Rasht).
    regions = {m.place for ms in sentence_mentions(doc) for m in ms if _called_a_region(doc, m)}
    lone = {
        (country, place)
        for country, place in _lone_towns(
            [(m.country, m.place) for _, m in mentions if m.start not in silent]
        )
        if place in regions
    }
    silent |= {m.start for _, m in mentions if (m.country, m.place) in lone}
    named = [pair for pair in named if pair not in lone]
    origins = {m.country for _, m in mentions if m.start in froms}
    origins -= {m.country for _, m in mentions if m.start not in silent}
    titled = Counter(_in_context(c, p, sure) for c, p in named if p is not None or c not in origins)
    full = Counter({c: _TITLE * n for c, n in titled.items()})
    local = full.copy()
    for weight, mention in mentions:
        if mention.country is None:
            continue
        if mention.start in silent:
            continue  # nor is it where the event began: "the flood reached the border with X"
        elif mention.demonym:
            own = 1
        else:
            own = 1 if _where_treated(doc, mention.start) else weight
        bonus = _ATTACHED if mention.start in attached else 0
        country = _in_context(mention.country, mention.place, sure)
        local[country] += own + bonus
        full[country] += own + (_ORIGIN if mention.start in origin else bonus)
    by_table = frozenset(
        country
        for country, place in [*named, *((m.country, m.place) for _, m in mentions)]
        if country is not None and (place is None or country_of(place) == country)
    )
    return CountryWeights(full, local, by_table)


def _owned_places(doc: Doc) -> dict[str, str]:
    """Towns and regions a country's name owns ("Tajikistan's Rasht valley"), where the
    gazetteer knows a town of another country by that name: the owner's throughout."""
    owned: dict[str, str] = {}
    for mentions in sentence_mentions(doc):
        for owner, mention in pairwise(mentions):
            if (
                mention.place is not None
                and owner.place is None
                and not owner.demonym
                and owner.country is not None
                and owner.country != mention.country
                and doc[mention.start - 1].lower_ in ("'s", "\u2019s")
                and country_of(doc[owner.start : mention.start - 1].text) == owner.country
            ):
                owned[mention.place] = owner.country
    return owned


_REGION_WORDS = frozenset({"valley", "district", "region", "province", "county", "area"})


def _called_a_region(doc: Doc, mention: Mention) -> bool:
    """A town's name followed by a word for a region: "the Rasht valley", "Rasht district"."""
    if mention.place is None:
        return False
    end = mention.start + len(mention.place.split())
    return end < len(doc) and doc[end].lower_ in _REGION_WORDS


def _lone_towns(
    mentions: list[tuple[str | None, str | None]],
) -> set[tuple[str | None, str | None]]:
    """(country, town) of the towns whose country no other mention names, by its name, its
    people or another town, when the text names some other country so."""
    towns: dict[str | None, set[str]] = {}
    named: set[str | None] = set()
    for country, place in mentions:
        if place is None:
            named.add(country)
        else:
            towns.setdefault(country, set()).add(place)
    lone: set[tuple[str | None, str | None]] = {
        (country, next(iter(places)))
        for country, places in towns.items()
        if country is not None and country not in named and len(places) == 1
    }
    return lone if named - {None} else set()


def _in_context(country: str, place: str | None, sure: frozenset[str]) -> str:
    """A city whose name towns of other countries share ("Cordoba", or a smaller town abroad:
    "Asaka", a Japanese city and an Uzbek town) is in the country the text names surely (by
    its name, a demonym or an unshared place), when that is one of them and the table's
    country is not named so."""
    if place is None or country in sure:
        return country
    others = countries_having(place, smaller=True) & sure
    return next(iter(others)) if len(others) == 1 else country


# Who speaks from abroad or reports on the event: "the German press agency", "German and
# French foreign ministers", "the British embassy". Their demonym says nothing of where.
_VOICES = frozenset(
    {"agency", "press", "media", "newspaper", "broadcaster", "outlet", "embassy", "minister",
     "ministry", "diplomat", "ambassador", "counterpart", "envoy", "correspondent",
     "spokesperson", "spokesman", "spokeswoman"}
)  # fmt: skip


_BORDERS = frozenset({"border", "frontier"})
_BORDER_LANDS = frozenset({"area", "areas", "region", "regions", "zone", "zones", "districts"})


def _across_the_border(doc: Doc, mention: Mention) -> bool:
    """ "the border with X", "the frontier with X", "the border area with X", "across the
    border in X": the country on the other side."""
    before = [t.lower_ for t in doc[max(mention.start - 4, 0) : mention.start]]
    if len(before) == 4 and before[:2] == ["across", "the"] and before[3] == "in":
        return before[2] in _BORDERS
    before = before[-3:]
    if len(before) < 2 or before[-1] != "with":
        return False
    return before[-2] in _BORDERS or (
        len(before) == 3 and before[0] in _BORDERS and before[1] in _BORDER_LANDS
    )


def _foreign_voice(doc: Doc, mention: Mention) -> bool:
    """ "the German press agency", "Germany's foreign ministry", "South Korea's embassy",
    "Armenia's Foreign Ministry spokesperson X"."""
    token = doc[mention.start]
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head  # the name's last word: "Korea" of "South Korea"
    head = token.head
    heads = [head]
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head  # "German foreign ministers": past the other modifiers
        heads.append(head)
    return head.i > token.i and any(h.lemma_.lower() in _VOICES for h in heads)


# Where words were said: "at a briefing in X", "told reporters in X", "speaking in X".
_SPEAKING = frozenset({
    "briefing", "conference", "interview", "speak", "tell", "say", "address",
})  # fmt: skip
# Events whose suspects are owners or operators, caught wherever they went.
_ACCIDENTS = frozenset({"fire", "collapse", "crush", "crash", "explosion"})
# Verbs of catching a suspect.
_CATCHING = frozenset({"arrest", "detain", "catch", "capture", "apprehend", "nab", "pick"})


def _where_spoken(doc: Doc, mention: Mention) -> bool:
    """The place of a briefing or of a speaker's words, not of the event."""
    return _verb_in(doc, mention) in _SPEAKING


def _where_caught(doc: Doc, mention: Mention, event: EventType) -> bool:
    """Where a suspect of an accident was caught ("arrested in X on February 21"): often a
    city the owner fled to. Not of protests, clashes or a coup, whose arrests are made where
    they happen."""
    return event.slug in _ACCIDENTS and _verb_in(doc, mention) in _CATCHING


def _verb_in(doc: Doc, mention: Mention) -> str | None:
    """The lemma of the word that "in X" hangs on, when the mention is so placed."""
    token = _name_head(doc, mention)
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "in":
        return None
    return prep.head.lemma_.lower()


def _a_bearing_point(doc: Doc, mention: Mention) -> bool:
    """The place is what a bearing is taken from ("70 km south-west of X"): the event is
    near it, not in it."""
    return bearing_from(doc[mention.start : _name_head(doc, mention).i + 1])


def _name_head(doc: Doc, mention: Mention) -> Token:
    """The last word of the mention's name, on which the parser hangs the others."""
    token = doc[mention.start]
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token


# People named by their country: "two German nationals", "citizens of Poland"; and people
# who come from elsewhere: "Sudanese migrants", "Nepali workers".
_NATIONALS = frozenset({
    "national", "citizen", "passport", "passport-holder", "migrant", "refugee", "worker",
    "labourer", "laborer", "tourist", "pilgrim", "asylum-seeker",
})  # fmt: skip


# What people set out in, whose origin is theirs: "a migrant boat from X".
_VEHICLES = frozenset({
    "boat", "vessel", "ship", "dhow", "ferry", "bus", "coach", "truck", "lorry", "train",
    "plane", "flight",
})  # fmt: skip


# Verbs of people leaving a country, and how far above its name they may be.
_FLEEING = frozenset({"flee", "escape"})
_FLED_DEPTH = 4


def _where_people_are_from(doc: Doc, mention: Mention) -> bool:
    """ "five foreign citizens: two from Germany and one from Poland", "two men from a
    village in X", "two German nationals are among the dead", "14 Egyptians have died", "a
    boat from X": where victims, or their vehicle, come from, not where the event is."""
    token = doc[mention.start]
    head = token.head
    if mention.demonym:
        # "14 Egyptians", "nine Eritrean" (a list the parser scatters), "15 were Sudanese".
        counted = any(c.dep_ == "nummod" for c in token.children) or (
            token.i > 0 and doc[token.i - 1].like_num
        )
        counted = counted or (
            head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.like_num for c in head.children)
        )
        return counted or (head.lemma_.lower() in _NATIONALS and head.i > token.i)
    if head.lower_ == "of" and head.head.lemma_.lower() in _NATIONALS:
        return True
    if any(w.lemma_.lower() in _FLEEING for w in list(token.ancestors)[:_FLED_DEPTH]):
        return True  # "refugees fleeing fighting in Sudan", "families who fled Sudan"
    # "from" on a count or on people, or on the place the name is in: "men from his village
    # in X".
    if head.lower_ in ("in", "of") and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head.head
    if head.lower_ != "from":
        return False
    people = head.head
    # Or the vehicle they set out in: "a migrant boat from X capsized off Y".
    return people.like_num or people.lemma_.lower() in _NATIONALS | PEOPLE | _VEHICLES


def main_place(doc: Doc, event: EventType, title: str | None = None) -> str | None:
    """The region or town where the event happens, weighed as countries are (see the module
    docstring): a report on one bombing that recalls another names both towns, its own
    in the headline and the event's own phrase; not a town people come from or where words
    were said. With no other place, a sudden event's is its dateline's (a wave's dateline is
    where the news is filed from, often the capital)."""
    attached = attached_tokens(doc, event)
    scores = Counter({p: _TITLE for _, p in in_title(title, doc) if p is not None})
    filed: Counter[str] = Counter()
    for weight, mention in _weighed_mentions(doc, event):
        # A town the gazetteer does not know is a place the event touches (`event_places`),
        # not its main town: its name is less sure than a known one.
        known = mention.country is not None
        if not known or mention.place is None or _where_treated(doc, mention.start):
            continue
        if _where_people_are_from(doc, mention) or _where_spoken(doc, mention):
            continue  # "tourists from X", "told a briefing in X"
        if _where_caught(doc, mention, event):
            continue
        if not event.cause and _a_bearing_point(doc, mention):
            # "a pit 70 km south-west of X" is not in X; a quake's bearing is its epicentre's.
            continue
        held = filed if _dateline(doc, mention.start) else scores
        held[mention.place] += weight + (_ATTACHED if mention.start in attached else 0)
    return heaviest(scores) or (heaviest(filed) if event.grain == "month" else None)


def _weighed_mentions(doc: Doc, event: EventType) -> list[tuple[int, Mention]]:
    """Every mention with the weight of its sentence, computed once per parse and event."""
    key = f"{_MENTIONS_KEY}:{event.slug}"
    found: list[tuple[int, Mention]] | None = doc.user_data.get(key)
    if found is None:
        named = {token.i for token in tokens_of(doc, event)}
        aside = set_aside(doc)  # the places of another event, recalled
        by_sentence = zip(doc.sents, sentence_mentions(doc), strict=True)
        found = [
            (_weight(sentence, named, first=number == 0), mention)
            for number, (sentence, mentions) in enumerate(by_sentence)
            for mention in mentions
            if mention.start not in aside
        ]
        doc.user_data[key] = found
    return found


def _dateline(doc: Doc, start: int) -> bool:
    """A capitalised name opening the text ("DODOMA - ..."), or a name followed by a date and
    a colon or dash wherever a scraper left it ("New Delhi, Sep 9: ..."): where the report was
    filed, often the capital, not the town of the event."""
    opening = start < _DATELINE_TOKENS and doc[start].text.isupper() and len(doc[start]) > 1
    return opening or _FILED.match(doc[start : start + _FILED_TOKENS].text) is not None


# Where the hurt are treated or the dead kept: "died in a hospital in X", "taken to X's
# hospitals", "the morgue in X" name a city the event sent people to, not where it happened.
_CARE_HOPS = 3


def _where_treated(doc: Doc, start: int) -> bool:
    token = doc[start]
    for _ in range(_CARE_HOPS):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in CARE_PLACES:
            return True
    return False


# "New Delhi, Sep 9:", "Kathmandu, September 9, 2025 -": a place, the day, a colon or dash.
_FILED_TOKENS = 12
_FILED = re.compile(
    r"[\w .'-]{0,30}, (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}"
    r"(?:, \d{4})?\s*[:\-–—]",
    re.IGNORECASE,
)


def in_title(title: str | None, doc: Doc) -> list[tuple[str, str | None]]:
    """(country, folded town or region or None) of each name in a headline, which is not
    parsed: runs of capitalised words, longest known name first. A headline names the
    event's own place more surely than any sentence of the body. In a headline of
    capitalised words, where a capital tells no name, a region or town of the gazetteer
    counts only when the body names it too: "Most Victims Were Children" names no Czech
    town, "Split Over Aid" no Croatian one."""
    found: list[tuple[str, str | None]] = []
    text = title or ""
    capitalised = _title_case(text)
    body = _body_places(doc) if capitalised else set()
    for run in _CAPITALISED_RUN.finditer(text):
        words, start = run.group().split(), 0
        while start < len(words):
            size = min(LONGEST_NAME, len(words) - start)
            while size > 0:
                name = " ".join(words[start : start + size])
                country = country_of(name)
                if country is not None:
                    # A demonym ("Kenyans Face the Police", "Filipinos") names the country,
                    # no town: the table's towns are its main cities, which the gazetteer knows.
                    town = not (is_country(name) or a_people(name))
                    found.append((country, key(name) if town else None))
                    break
                country = place_of(name)
                if country is not None:
                    if not capitalised or key(name) in body:
                        found.append((country, key(name)))
                    break
                size -= 1
            start += max(size, 1)
    return found


# Words a headline in sentence case leaves in lower case; capitalised, they tell nothing.
_TITLE_CASE_SHARE = 0.6
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


def _title_case(title: str) -> bool:
    """Most words of four letters or more after the first are capitalised (or the headline
    is in capitals)."""
    words = _LONG_WORD.findall(title)[1:]
    upper = sum(1 for word in words if word[0].isupper())
    return len(words) >= 2 and upper >= _TITLE_CASE_SHARE * len(words)


def _body_places(doc: Doc) -> set[str]:
    """The regions and towns the body names as places (folded)."""
    return {m.place for mentions in sentence_mentions(doc) for m in mentions if m.place}


def event_places(doc: Doc, event: EventType, title: str | None = None) -> set[str]:
    """The regions and towns named where the event is told: in the headline or lede, a
    sentence naming the event or a death or injury (folded names, see `gazetteer.key`); and
    a town too small for the gazetteer that the body uses as a place anywhere and the headline
    names ("Toll from Tiltil ambush rises": the headline tells whose event it is), or that
    opens a dateline ("Tiltil, 3 May 2026."). A
    facility named after its town ("the Chisola Correctional Facility") names the town too,
    as the reports that call it by the town alone do."""
    headline = _headline_names(title)
    named = {
        mention.place
        for weight, mention in _weighed_mentions(doc, event)
        if mention.place is not None
        and (
            weight > 1 or (mention.country is None and (mention.filed or mention.place in headline))
        )
    }
    return named | {town for place in named for town in _towns_of_a_facility(place)}


# Words that open a facility's name without naming a town: "New Central Market".
_DESCRIPTIVE = frozenset(
    {"new", "old", "central", "main", "great", "grand", "national", "state", "city", "county",
     "district", "regional", "international", "royal", "federal", "municipal"}
)  # fmt: skip


def _towns_of_a_facility(place: str) -> list[str]:
    """The leading words of a facility's folded name ("x", "x correctional" of "x
    correctional facility"), as long as a town's may be, unless the first only describes."""
    words = place.split()
    if len(words) < 2 or words[-1] not in FACILITIES or words[0] in _DESCRIPTIVE:
        return []
    leading = [" ".join(words[:size]) for size in range(1, min(len(words), LONGEST_NAME))]
    return [town for town in leading if not generic_name(town)]


def _headline_names(title: str | None) -> set[str]:
    """Every run of capitalised words in the headline and each of its words, folded."""
    runs = _CAPITALISED_RUN.findall(title or "")
    return {key(run) for run in runs} | {key(word) for run in runs for word in run.split()}


def _weight(sentence: Span, named: set[int], first: bool) -> int:
    if first or has_casualty(list(sentence)):
        return _CASUALTY
    return _TYPED if any(t.i in named for t in sentence) else 1
