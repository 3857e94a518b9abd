"""Mentions of places in a span of text: countries, demonyms, regions and towns.

Every capitalised name the gazetteer knows (a country, demonym or main city, or a region or
town the tagger marks as a place or a place noun follows) is a mention of its country. A
town or district too small for the gazetteer, used as a place ("near Los Andes", "in the
Oroya district"), or one whose name two countries share ("Punjab"), is a place all the same
but names no country. Names inside a person's name ("Aden" in a minister's name) and where
someone went ("fled to X") are not mentions.
"""

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from streams.extract.dates import MONTH_NAME
from streams.extract.entities import entities
from streams.extract.texts import text_of
from streams.incidents.event_types import type_of_token
from streams.incidents.gazetteer import (
    a_people,
    country_of,
    generic_name,
    is_country,
    key,
    known_place,
    place_of,
    shared_name,
)
from streams.names.canonical import is_body

LONGEST_NAME = 4  # words in the longest place name tried
_PLACE_ENTITIES = ("GPE", "LOC", "FAC")
_PERSONAL = ("", "PERSON")  # entity types of a name that may be a person's
_PLACE_NOUNS = frozenset(
    {"province", "district", "region", "county", "state", "city", "town", "village", "area",
     "prefecture", "governorate", "division", "municipality", "department", "commune",
     "tehsil", "canton", "oblast", "township", "valley"}
)  # fmt: skip
_BEARINGS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "north-east", "north-west", "south-east", "south-west"}
)  # fmt: skip
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "across", "around", "outside", "from", "into", "throughout"}
)


class Mention(NamedTuple):
    country: str | None  # None: a town the gazetteer does not know
    start: int  # token index
    demonym: bool
    place: str | None = None  # the folded name of a region or town
    filed: bool = False  # a dateline's town the gazetteer does not know


_BY_SENTENCE_KEY = "incident_mentions_by_sentence"
# Words inside a name of several words, never at its end: "Bosnia and Herzegovina".
_JOINING = frozenset({"of", "and", "-"})


def sentence_mentions(doc: Doc) -> list[list[Mention]]:
    """`mentions_in` of each sentence of `doc`, computed once per parse: the places of an
    article's event and the background set aside both read them."""
    found: list[list[Mention]] | None = doc.user_data.get(_BY_SENTENCE_KEY)
    if found is None:
        found = doc.user_data[_BY_SENTENCE_KEY] = [mentions_in(s) for s in doc.sents]
    return found


def mentions_in(span: Span) -> list[Mention]:
    """Every capitalised country, demonym, city or region mention, longest first."""
    found = []
    index = span.start
    while index < span.end:
        token = span.doc[index]
        step = 1
        if token.text[:1].isupper():
            # Multi-word names are runs of capitalised words, "of" or "and" ("Bosnia and
            # Herzegovina") or the particles of Romance names ("Rio de Janeiro"); stop the
            # window at the first other word.
            window = 1
            while window < min(LONGEST_NAME, span.end - index) and (
                span.doc[index + window].text[:1].isupper()
                or span.doc[index + window].lower_ in _JOINING
                or _particle(span.doc[index + window])
            ):
                window += 1
            for size in range(window, 0, -1):
                last = span.doc[index + size - 1]
                if _particle(last) or last.lower_ in _JOINING:
                    continue  # "Serra do" of "Serra do Anjo", "Turkey -", are no names
                mention = _mention(span.doc[index : index + size])
                if mention is not None:
                    found.append(mention)
                    step = size
                    break
        index += step
    return found


def _mention(words: Span) -> Mention | None:
    if _prefixed(words) or _home_town(words):
        return None
    country = country_of(words.text)
    if country is not None:
        if _inside_a_longer_name(words):  # "Aden" in a minister's name is not Yemen's
            return None
        if _destination(words) or _route_end(words) or _translated_from(words):
            return None
        if _a_feature(words):
            return None
        if _after_a_particle(words) and not is_country(words.text):
            return None  # "Rua do Rosário" is a street, not the city of Rosario
        # The table mixes demonyms and places; the tagger tells them apart, and where it
        # takes one for a name ("Ugandan police"), a demonym's ending that is no town's does.
        root = words.root
        demonym = (
            root.ent_type_ == "NORP"
            or root.tag_ in ("JJ", "NNPS")
            or root.dep_ == "amod"
            or _demonym_form(words)
            # Neither a country nor a town the gazetteer knows: "one Kuwaiti", "Filipinos";
            # not a main city the gazetteer lacks, named as a place ("in El Alto").
            or (a_people(words.text) and not _a_city_named(words))
        )
        # A main city ("Almaty") is also a place within its country; the first word of a
        # person's name ("Aden Farah", a minister) is none, of an institution's still is.
        city = None if demonym or is_country(words.text) else key(words.text)
        if city is not None and _starts_a_name(words) and _a_persons_name(words):
            return None
        if city is not None and _ends_a_longer_name(words):
            return None  # "Secretary Leticia Arroyo Mendoza" is no Argentine city
        return Mention(country, words.start, demonym, place=city)
    if generic_name(words.text):  # "the East", "City": no country's, nor a town to share
        return None
    # Region and town names include plain words ("Unity", "Mobile"): only a name used as a
    # place counts.
    # "Butuan City" is the town of Butuan, as the gazetteer knows it.
    name = words.text.removesuffix(" City")
    place = place_of(name)
    if (
        place is not None
        and _used_as_place(words)
        and not _ends_a_longer_name(words)
        and not _a_common_word(words)
        and not _route_end(words)
    ):
        return Mention(place, words.start, demonym=False, place=key(name))
    # A town or district too small for the gazetteer ("near Los Andes", "in the Oroya
    # district") or whose name two countries share ("Punjab"): a place of the event all the
    # same, though it names no country.
    if _dateline_town(words):
        return Mention(None, words.start, demonym=False, place=key(words.text), filed=True)
    if _a_facility(words):
        # "at Tarnova National High School": a place the event struck (`places.py` reads the
        # town its name begins with).
        return Mention(None, words.start, demonym=False, place=key(words.text))
    if (
        _unknown_place(words)
        or (shared_name(words.text) and _used_as_place(words))
        or (key(words.text) in _called_towns(words.doc) and not _ends_a_longer_name(words))
    ) and not _a_common_word(words):
        return Mention(None, words.start, demonym=False, place=key(words.text))
    return None


def _a_city_named(words: Span) -> bool:
    """Tagged as a place, with no demonym's ending, after a preposition of place or "the city
    of": a main city of the table the gazetteer's towns lack ("in El Alto"), not its people
    ("one Kuwaiti") nor an island named before an office ("the Java provincial police")."""
    root = words.root
    of_a_place = (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in _PLACE_NOUNS
    )
    return (
        root.ent_type_ in ("GPE", "LOC")
        and not demonym_like(words.text)
        and (_in_place_phrase(words) or of_a_place)
    )


def _a_common_word(words: Span) -> bool:
    """One word the text also writes in lower case: the common word, capitalised to open a
    headline or a sentence or a service's name ("Metro crash toll rises" over "the metro
    trains collided" names no Indonesian town of Metro)."""
    if len(words) > 1:
        return False
    found: frozenset[str] | None = words.doc.user_data.get(_LOWER_KEY)
    if found is None:
        found = words.doc.user_data[_LOWER_KEY] = frozenset(
            token.text for token in words.doc if token.is_lower
        )
    return words[0].lower_ in found


_LOWER_KEY = "incident_lower_words"
_CALLED_KEY = "incident_called_towns"
# Places an event strikes, often named after the town they are in: "the market in X", "the X
# Correctional Facility".
FACILITIES = frozenset(
    {"market", "bazaar", "mine", "factory", "prison", "jail", "penitentiary", "facility",
     "stadium", "airport", "school"}
)  # fmt: skip


def _called_towns(doc: Doc) -> frozenset[str]:
    """The names the text itself calls towns ("the western town of X", "the village of X"),
    or where its event happened ("the fire at the market in X", "the X fire"),
    folded, computed once per parse: a town the gazetteer does not know, which the tagger
    may take for a person's name, is a place wherever the text names it."""
    found: frozenset[str] | None = doc.user_data.get(_CALLED_KEY)
    if found is None:
        found = doc.user_data[_CALLED_KEY] = frozenset(
            key(name.text) for token in doc if (name := _called_a_town(token)) is not None
        )
    return found


def _called_a_town(token: Token) -> Span | None:
    """The proper name `token` ends, when it is what a place noun is "of" ("the town of
    X"), whatever the tagger took it for; or, when the tagger took it for a person's name, a
    building's or none, what a bearing is from ("20 km south of X"), a name its country
    follows ("in X, Zambia"), where an event at one spot, or the place it strikes, is ("the
    crush in X", "the market in X"), or the name of the event ("the X fire")."""
    head = token.head
    if token.pos_ != "PROPN" or token.dep_ not in ("pobj", "compound"):
        return None
    # "the State Department of X" names a body.
    noun = head.head
    called = (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and noun.lemma_.lower() in _PLACE_NOUNS
        and noun.is_lower
    )
    untagged = token.ent_type_ in (*_PERSONAL, "FAC")
    if called:
        first = head.i + 1
    elif untagged and token.dep_ == "pobj" and (_a_bearing(head) or _country_after(token)):
        # "20 km south of X", "in X, Zambia": a town too small for the gazetteer.
        first = head.i + 1
    elif untagged and token.dep_ == "pobj" and head.lower_ in ("in", "at", "of"):
        # "the market in X", "the crush in X"; not "the earthquake in the High Atlas": a
        # natural event strikes a region, which the rules of named places read.
        event = type_of_token(noun)
        if noun.lemma_.lower() not in FACILITIES and (event is None or event.cause):
            return None
        first = head.i + 1
    elif untagged and token.dep_ == "compound":
        if type_of_token(head) is None or not head.is_lower or head.i != token.i + 1:
            return None
        first = token.left_edge.i
    else:
        return None
    start = token.i
    while start > first and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    name = token.doc[start : token.i + 1]
    if not all(t.text[:1].isupper() for t in name) or generic_name(name.text):
        return None
    return name


def _a_bearing(preposition: Token) -> bool:
    """ "south of", "20 km north-west of": the "of" of a direction from a place."""
    return preposition.lower_ == "of" and preposition.head.lower_ in _BEARINGS


def _country_after(token: Token) -> bool:
    """A name after "in", "near" or the like and before a comma and a country's name: "in
    X, Zambia"."""
    doc = token.doc
    if token.head.lower_ not in _PLACE_PREPOSITIONS or token.i + 2 >= len(doc):
        return False
    if doc[token.i + 1].text != ",":
        return False
    country = doc[token.i + 2 :]
    return any(
        is_country(country[:size].text) for size in range(1, min(LONGEST_NAME, len(country)) + 1)
    )


# The small words inside Spanish, Portuguese, French and Italian names ("Rio de Janeiro",
# "Coatepec de las Flores", "Ciudad del Este").
_NAME_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "da", "do", "das", "dos", "di", "du", "des", "el"}
)


def _particle(token: Token) -> bool:
    """A particle of a Romance name, between two capitalised words."""
    doc = token.doc
    if token.lower_ not in _NAME_PARTICLES or not token.is_lower or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    return after.text[:1].isupper() or _particle(after)


def _ends_a_longer_name(words: Span) -> bool:
    """The last words of a longer proper name that the gazetteer does not know ("the La
    Soledad mine", "Coatepec de las Flores"): a mine's or another town's own name, which says
    nothing of the town or region that shares its last word."""
    doc, before = words.doc, words.start - 1
    while before > 0 and _particle(doc[before]):
        before -= 1
    if before < 0:
        return False
    word = doc[before]
    if before < words.start - 1:  # past particles: any capitalised word begins the name
        return word.text[:1].isupper() and word.is_alpha
    return (
        word.pos_ == "PROPN"
        and word.text[:1].isupper()
        and word.dep_ in ("compound", "flat")
        and word.head.i in range(words.start, words.end)
        and not generic_name(word.text)
    )


def _after_a_particle(words: Span) -> bool:
    """The end of a longer Romance name, past its particle ("Rua do Rosário", "Serra do
    Anjo"): a street's or a hill's, not the city's that shares its last word."""
    before = words.start - 1
    return before > 0 and _particle(words.doc[before]) and _ends_a_longer_name(words)


def _prefixed(words: Span) -> bool:
    """The end of a hyphenated word ("Inter-American", "anti-French"): a name of neither. Two
    names joined ("the India-Nepal border") are both mentions."""
    doc = words.doc
    before = words.start - 1
    if before < 1 or doc[before].text != "-" or doc[before].whitespace_:
        return False
    prefix = doc[before - 1]
    named = country_of(prefix.text) is not None or known_place(prefix.text)
    return not prefix.whitespace_ and prefix.is_alpha and not named


def _translated_from(words: Span) -> bool:
    """ "[Translated from Spanish]", "translated from the French": the language a report was
    written in, which says nothing of where its event happened."""
    before = [t for t in words.doc[max(words.start - 3, 0) : words.start] if t.lower_ != "the"]
    return (
        len(before) >= 2
        and before[-1].lower_ in ("from", "into")
        and before[-2].lemma_.lower() in ("translate", "translation")
    )


_DEMONYM_ENDINGS = ("an", "ese", "i", "ish", "ine")


def _demonym_form(words: Span) -> bool:
    """Modifies a noun other than a place noun, and ends as demonyms do without being a
    country's name or a known region or town ("Tehran police", "Sichuan province")."""
    root = words.root
    return (
        root.dep_ == "compound"
        and root.head.lemma_.lower() not in _PLACE_NOUNS
        and demonym_like(words.text)
    )


def demonym_like(text: str) -> bool:
    """Ends as demonyms do, in the singular or plural ("Kenyans", "Thai"), and is neither a
    country's name nor a known region or town."""
    word = text.lower()
    return (
        word.removesuffix("s").endswith(_DEMONYM_ENDINGS)
        and not is_country(text)
        and not known_place(text)
    )


def _unknown_place(words: Span) -> bool:
    """Tagged as a place and used as one, or the name of a place noun that is ("in the Oroya
    district", which the tagger often leaves untagged). A small town's name the tagger takes
    for an organisation's ("clashes in Tessaly") is one too when nothing in it names an
    organisation and it is no acronym."""
    root = words.root
    tagged = root.ent_type_ in ("GPE", "LOC") or (
        root.ent_type_ == "ORG" and _reads_as_a_town(words)
    )
    if tagged and _in_place_phrase(words) and _whole_name(words):
        return True
    noun = root.head
    return (
        root.dep_ == "compound"
        and root.pos_ == "PROPN"
        and noun.i == words.end
        and noun.lemma_.lower() in _PLACE_NOUNS
        and noun.is_lower  # "in the State Department" names a body
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _PLACE_PREPOSITIONS
    )


def _dateline_town(words: Span) -> bool:
    """A name that opens a line before a comma and a calendar date ("Tarnova, 17 March
    2026."), a known region and a dash ("TARNOVA, Kardzhali -") or a country, or in capitals
    before a dash ("TARNOVA - ..."), and that the text names again: the town a report was
    filed from, which a local report's is (not a label, "Correction, March 13: ...", nor a
    day, "Thursday, March 5")."""
    doc = words.doc
    after = doc[words.end : words.end + 3]
    # "KAPIRI MPOSHI - The ...": a dateline in capitals and a dash, as wires write it.
    dashed = bool(after) and after[0].text in _DASHES and all(t.is_upper for t in words)
    if len(after) < 2 or not (after[0].text == "," or dashed) or words.root.ent_type_ == "DATE":
        return False
    if not (words.start == 0 or doc[words.start - 1].is_space or doc[words.start].is_sent_start):
        return False
    if dashed and _a_common_word(words):
        return False  # "UPDATE - ...", a live blog's label
    dated = (
        dashed
        or any(t.ent_type_ == "DATE" and MONTH_NAME.fullmatch(t.text) for t in after[1:])
        or _of_a_region(doc, words.end + 1)
        or is_country(after[1].text)
    )
    # In capitals as often as not ("TARNOVA, March 3 -"), so no acronym test.
    named = all(t.text[:1].isupper() for t in words) and not is_body(words.text)
    if not dated or not named or any(t.lower_ in _MORE_BODIES for t in words):
        return False
    return sum(text_of(doc).count(form) for form in {words.text, words.text.title()}) > 1


def _a_facility(words: Span) -> bool:
    """A capitalised name that ends in a facility's word and is the object of a preposition
    of place or of "of" ("the roof of X Central Market")."""
    last = words[-1]
    # Not the tail of a longer name after a possessive ("X Girls' Secondary School").
    owned = words.start > 0 and words.doc[words.start - 1].dep_ == "case"
    return (
        len(words) > 1
        and not owned
        and last.lemma_.lower() in FACILITIES
        and last.text[:1].isupper()
        and last.dep_ == "pobj"
        and last.head.lower_ in _PLACE_PREPOSITIONS | {"of"}
    )


def _of_a_region(doc: Doc, start: int) -> bool:
    """A known region or country's name at `start`, then a dash: the rest of a dateline."""
    end = start
    while end < len(doc) and end - start < LONGEST_NAME and doc[end].text not in _DASHES:
        end += 1
    if end == start or end >= len(doc) or doc[end].text not in _DASHES:
        return False
    name = doc[start:end].text
    return place_of(name) is not None or country_of(name) is not None


_DASHES = frozenset({"-", "–", "—"})


# Words of the names of firms, schools, outlets and charities, which no town's name holds;
# the words of public bodies' names are `is_body`'s.
_MORE_BODIES = frozenset(
    {"congress", "senate", "company", "corporation", "corp", "inc", "ltd", "university",
     "college", "school", "hospital", "federation", "foundation", "church", "airlines",
     "airways", "times", "news", "post", "club", "fc", "network", "press", "television",
     "radio", "tv", "international", "watch", "red", "crescent", "cross", "nations",
     "program", "programme"}
)  # fmt: skip


def _reads_as_a_town(words: Span) -> bool:
    """Proper nouns with no word of an organisation's name, and no acronym ("UN", "NDMA")."""
    return (
        all(t.pos_ == "PROPN" or t.text == "-" for t in words)
        and not is_body(words.text)
        and not any(t.lower_ in _MORE_BODIES or (t.is_upper and len(t.text) > 1) for t in words)
    )


def _in_place_phrase(words: Span) -> bool:
    root = words.root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS


def _whole_name(words: Span) -> bool:
    """The whole entity, not a part of a longer one; the tagger may take the article in ("the
    X Correctional Facility")."""
    doc = words.doc
    continues = words.end < len(doc) and doc[words.end].ent_iob_ == "I"
    before = doc[words.start - 1] if words.start > 0 else None
    article = before is not None and before.ent_iob_ == "B" and before.lower_ == "the"
    return (doc[words.start].ent_iob_ == "B" or article) and not continues


# Verbs of going or taking somewhere: "fled the country for X", "flew to X", "was deported
# to X", "a bus bound for X", "the wounded were shifted to X".
_GOING = frozenset(
    {"leave", "flee", "fly", "travel", "escape", "head", "go", "return", "move", "deport",
     "extradite", "evacuate", "airlift", "depart", "bind", "sail", "drive", "shift", "rush",
     "transfer", "cross", "slip", "smuggle"}
)  # fmt: skip


_ROUTES = frozenset(
    {"road", "highway", "motorway", "route", "railway", "flight", "train", "bus", "ferry",
     "express", "service"}
)  # fmt: skip


def _destination(words: Span) -> bool:
    """Where someone or something went ("the leader left the country for X", "a bus was
    to leave from the depot for Y", "escapees crossed into X", "the Y-bound train", "the
    road to Y"), which is not where the event happened."""
    doc = words.doc
    after = [t.lower_ for t in doc[words.end : words.end + 2]]
    if after[:1] == ["bound"] or after == ["-", "bound"]:
        return True  # "the Y-bound train"
    prep = _preposition_of(words)
    if prep is None or prep.lower_ not in ("to", "for", "into"):
        return False
    goer = prep.head
    if goer.dep_ == "pobj" and goer.head.dep_ == "prep":
        goer = goer.head.head  # "leave from the depot for Y": the parser may hang it on "depot"
    # "the road to Y", "flights to Y": a route's far end.
    route = prep.lower_ == "to" and prep.head.lemma_.lower() in _ROUTES
    return prep.head.lemma_.lower() in _GOING or goer.lemma_.lower() in _GOING or route


def _a_feature(words: Span) -> bool:
    """A river, delta or lake named after a country: "the Niger River", "the river Niger",
    "the Senegal River valley", "Lake Chad", which run through or lie in others too."""
    doc = words.doc
    after = doc[words.end].lower_ if words.end < len(doc) else ""
    before = doc[words.start - 1].lower_ if words.start > 0 else ""
    return after in _FEATURES or before in ("river", "lake")


_FEATURES = frozenset({"river", "delta", "basin"})


def _route_end(words: Span) -> bool:
    """Either end of a route ("trains between X and Y", "the road between X and Y", "a
    Dakar-Bamako bus"): a service suspended after an attack at one end names the other too."""
    if _joined_by_a_dash(words):
        return True
    prep = _preposition_of(words)
    if prep is None or prep.lower_ != "between":
        return False
    # "the operations of the X Express between ...": the route may be named one word away.
    routes = [prep.head, *(t for c in prep.head.children if c.lower_ == "of" for t in c.children)]
    return any(t.lemma_.lower() in _ROUTES for t in routes)


def _joined_by_a_dash(words: Span) -> bool:
    """ "a Dakar–Bamako bus", "the Kabul-Jalalabad highway": a name joined by a dash to
    another before a word for a route (not "the Chile-Peru border", whose sides are both
    the event's)."""
    doc = words.doc
    sentence = doc[words.start].sent
    for dash, other in ((words.end, words.end + 1), (words.start - 1, words.start - 2)):
        if not (sentence.start <= min(dash, other) and max(dash, other) < sentence.end):
            continue
        if doc[dash].text in ("-", "–", "—") and doc[other].is_title:
            last = max(words.end - 1, other)
            # The route's last name may run on ("Saint-Louis"): its noun within three words.
            after = doc[last + 1 : min(last + 4, sentence.end)]
            if any(t.lemma_.lower() in _ROUTES for t in after):
                return True
    return False


_AGED = re.compile(r"\byears?[- ]old\b")


def _home_town(words: Span) -> bool:
    """Where a person told of comes from, in a list of the dead or of suspects ("X, 51, from
    Y", "a 44-year-old driver from Y"): no place of the event."""
    doc, at = words.doc, words.start
    if at < 4 or doc[at - 1].lower_ != "from":
        return False
    before = doc[at - 2]
    if before.text == "," and doc[at - 3].like_num and doc[at - 4].text == ",":
        return True
    described = doc[before.left_edge.i : before.i + 1]
    return before.pos_ == "NOUN" and _AGED.search(text_of(described)) is not None


def _preposition_of(words: Span) -> Token | None:
    """The preposition the mention is the object of, also as a later item of a list ("to X
    and Y": Y goes with X)."""
    root = words.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.head if root.dep_ == "pobj" else None


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
    person), or naming a common noun's town, else tagged as a place, or not a person and the
    object of a preposition of place ("in X"); never the first word of a longer proper
    name."""
    after = words.doc[words.end] if words.end < len(words.doc) else None
    if after is not None and after.lemma_.lower() in _PLACE_NOUNS:
        return True
    # Naming a thing as its town's: "the Gazipur garment factory", "the Tessin bus depot";
    # a sentence's first word only if the tagger takes it for a name, as the capital letter
    # tells nothing there ("Store shelves were bare").
    # The parser may read a name with letters it does not know as a modifier ("the Constanța
    # explosion"), a proper noun all the same.
    modifier = words.root.dep_ == "compound" or (
        words.root.dep_ == "amod" and not words[0].is_sent_start
    )
    compound = modifier and words.root.head.pos_ == "NOUN"
    if compound and (len(words) > 1 or not words[0].is_sent_start or words[0].pos_ == "PROPN"):
        return True
    if _starts_a_name(words):
        return False
    if words.root.ent_type_ in _PLACE_ENTITIES or bearing_from(words):
        return True
    return words.root.ent_type_ != "PERSON" and _in_place_phrase(words)


def bearing_from(words: Span) -> bool:
    """The point a bearing is taken from ("40 km south of X", "north of X"): a place, whatever
    the tagger calls it."""
    prep = _preposition_of(words)
    return prep is not None and _a_bearing(prep)
