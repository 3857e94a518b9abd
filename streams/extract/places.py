"""The named place a figure is given for, when an article breaks a toll down by place.

"11 deaths in Bhola and 9 in Patuakhali", "23 were killed, 17 of them in Nairobi", "nine
people died in Santa Lucia" beside a province-wide toll of 40: each part's scope is its place.
A figure is given for a place when "in <proper name>" modifies the count, the counted noun or
its verb; it is scoped to that place only when the same article gives a larger figure of the
same metric that is not for that place, so the toll of the incident's own city stays a total.
"""

import re

from spacy.tokens import Span, Token

from streams.extract.dates import calendar_word
from streams.extract.entities import entities_in
from streams.extract.lexicon import CARE_PLACES, TALLY_NOUNS
from streams.extract.person_names import name_run_end
from streams.extract.texts import text_of
from streams.incidents.gazetteer import is_country, known_place

# Generic words after a name that the scope leaves out ("Samar province" -> "Samar").
PLACE_NOUNS = {"province", "district", "region", "state", "county", "city", "town", "village",
            "municipality", "department", "governorate", "prefecture", "area"}  # fmt: skip
# Verbs whose subject a count belongs to: "Nsanje has recorded 28 deaths".
_RECORDING = {"record", "report", "register", "count", "log", "confirm"}
# "treated for burns in X": what the count was treated or held for holds the place too.
_EVENT_PREPS = {"during", "in", "amid", "for"}
# Where a region lies, which names it when it has no name: "the northern province".
_LYING = frozenset(
    {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
     "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
     "south-western", "coastal", "mountainous"}
)  # fmt: skip
# How the parser hangs a name on a generic noun: "the Tarrin region", "Markand urban area".
_NAME_DEPS = {"compound", "amod", "nmod"}
_NOT_PLACES = {"PERSON", "DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}


def place_of(number: Token, counted: Token, anchor: Token) -> str | None:
    """The one place named by an "in <place>" modifier of the count, its noun or its verb;
    of several, the first after the count ("25 deaths in X and 15 in Y": 15 is Y's). Failing
    that, a place that is the subject of a verb of recording ("X has recorded 28 deaths") or
    that a "where" clause of the count describes ("X, where 12 died"). A
    count in brackets after a name is that name's: "Lanmore (21), Fenwick (3)"."""
    doc = number.doc
    bracketed = number.i > 0 and doc[number.i - 1].text == "("
    if bracketed and number.dep_ == "appos" and number.head.pos_ == "PROPN":
        return _words(number.head)
    # The verb of the count: "recorded 28 deaths in X", "seven deaths were recorded in X",
    # "six of the dead were in X".
    verbs = [
        w.head
        for w in (counted, anchor)
        if w.head.pos_ in ("VERB", "AUX")
        and (
            w.dep_ in ("dobj", "attr", "nsubjpass") or (w.dep_ == "nsubj" and w.head.lemma_ == "be")
        )
    ]
    # "12 bodies found in X", "counts 29 dead in X": the participle or the verb holds it.
    described = [c for c in counted.children if c.dep_ == "acl"]
    # "12 are still listed as missing in X": the state the verb gives them.
    states = [
        g
        for verb in verbs
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.dep_ == "pcomp"
    ]
    holders = list(dict.fromkeys((number, counted, anchor, *described, *verbs, *states)))
    # "17 deaths during clashes in X", "arrested for looting in X": the events the count
    # happened in or for hold the place.
    events = [
        noun
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in _EVENT_PREPS
        for noun in prep.children
        if noun.dep_ in ("pobj", "pcomp") and noun.pos_ in ("NOUN", "VERB")
    ]
    name = (
        _in_place(number, [*holders, *events])
        or _owned_tally(number)
        or _attributed_to(number, counted)
        or _accounted_for_by(number)
        or _region_with(counted)
    )
    if name is not None:
        return name
    for verb in verbs:
        if verb.lemma_.lower() in _RECORDING:
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                if _place_like(subject) or (subject.pos_ == "PROPN" and _lists_places(verb)):
                    return _words(subject)
                if subject.lemma_.lower() in PLACE_NOUNS and (named := _name(subject)):
                    return named  # "Lysa province recorded 22 deaths"
    # "..., in X, where authorities count 31 dead": the place the clause describes.
    for clause in (anchor, counted.head, *verbs):
        where = any(c.lower_ == "where" for c in clause.children)
        if clause.dep_ == "relcl" and where and _place_like(clause.head):
            return _words(clause.head)
    # "Two were killed in X and 41 others were injured": the others are X's too.
    if counted.lower_ == "others":
        joined = [v.head for v in verbs if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX")]
        return _in_place(number, joined)
    return None


def _attributed_to(number: Token, counted: Token) -> str | None:
    """ "The figures attribute 24 of the deaths to X and ten to Y": the place a count is put
    down to."""
    verb = next((a for a in number.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _ATTRIBUTING:
        return None
    # On the count, or on the noun of "24 of the deaths".
    wholes = [g for c in number.children if c.lower_ == "of" for g in c.children]
    for holder in dict.fromkeys((number, counted, *wholes)):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "to"):
            places = (_name(c) for c in prep.children if c.dep_ == "pobj")
            found = next((p for p in places if p is not None), None)
            if found is not None:
                return found
    return None


_ATTRIBUTING = frozenset({"attribute", "ascribe", "assign"})


def _accounted_for_by(number: Token) -> str | None:
    """ "X accounts for 71 of the dead", "X region accounts for 61": the place the verb's
    subject is."""
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() != "account":
        return None
    for subject in (c for c in prep.head.children if c.dep_ == "nsubj"):
        if _a_place_name(subject):
            return _words(subject)
        if subject.lemma_.lower() in PLACE_NOUNS and (named := _name(subject)):
            return named
    return None


def _region_with(counted: Token) -> str | None:
    """ "X remains the worst-hit region with 88 deaths", "the X district, with 40 deaths": the
    place the count is had by."""
    with_ = counted.head
    if counted.dep_ != "pobj" or with_.lower_ != "with":
        return None
    holder = with_.head
    if _a_place_name(holder):
        return _words(holder)
    if holder.lemma_.lower() not in PLACE_NOUNS:
        return None
    verb = holder.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if holder.dep_ == "attr" else []
    # "X remains the worst-hit region": a region by the sentence's own word.
    named = next((_words(c) for c in subjects if c.pos_ == "PROPN"), None)
    return named or _name(holder)


def _owned_tally(number: Token) -> str | None:
    """A place's own tally: "X's toll stands at 62", "put X's toll at 62", and the next in
    a gapped list, "... and Y's at 55"."""
    at = number.head
    if number.dep_ != "pobj" or at.lower_ not in ("at", "to"):
        return None
    doc = number.doc
    if at.i > 1 and doc[at.i - 1].lower_ in ("'s", "’s"):
        owners = [doc[at.i - 2]]
    else:
        # "revised X's toll down to 35": the verb past its adverb.
        verb = at.head.head if at.head.dep_ == "advmod" else at.head
        tallies = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in TALLY_NOUNS
        ]
        owners = [c for t in tallies for c in t.children if c.dep_ in ("poss", "compound")]
    named = next((_words(o) for o in owners if _a_place_name(o)), None)
    if named is None and any(_the_region(o) for o in owners):
        return _region_named_in(number.sent)  # "the state's toll", "the state toll"
    return named


# Regions within a country, whose own tally is a part of a country's.
_REGIONS = frozenset({"state", "province", "district", "region", "county", "governorate"})


def _the_region(noun: Token) -> bool:
    """ "the state's", or "state" in "the state toll"."""
    determined = noun.head if noun.dep_ == "compound" else noun
    return noun.lemma_.lower() in _REGIONS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in determined.children
    )


def _region_named_in(sentence: Span) -> str | None:
    """The region a sentence names, as its source's ("the Uttar Pradesh relief commissioner's
    office said the state toll had risen"): the first name the gazetteer knows that is no
    country's."""
    doc = sentence.doc
    for token in sentence:
        if token.pos_ != "PROPN":
            name = token.text if token.ent_type_ in ("GPE", "LOC") else ""  # "the Bihar office"
        elif token.i == 0 or doc[token.i - 1].pos_ != "PROPN":
            name = doc[token.i : name_run_end(token).i + 1].text
        else:
            continue
        if name and known_place(name) and not is_country(name):
            return name
    return None


def _a_place_name(token: Token) -> bool:
    """A name of a place, as the text uses it or the gazetteer knows it: the recogniser
    often takes a district it does not know for a person, or a state of two words ("Uttar
    Pradesh") for a body."""
    return token.pos_ == "PROPN" and (
        _place_like(token) or known_place(token.text) or known_place(_words(token) or "")
    )


# "a combined toll of 83 for the two countries", "in both countries": the whole, from anywhere.
ALL_COUNTRIES = re.compile(
    r"\b(?:combined|(?:both|the two|all (?:the )?(?:two|three|four)) (?:countries|nations))\b",
    re.IGNORECASE,
)


def place_set_before(sentence: Span) -> str | None:
    """The place the sentence before, in its paragraph, opens on, when this one names none:
    "In the hill town of Ostrel, crowds put up barricades. Two people died there overnight."
    The opening sets the scene for what follows it, not for a count "across both countries"."""
    opener = opening_before(sentence, "in", {"GPE", "LOC", "FAC"})
    if opener is None or ALL_COUNTRIES.search(text_of(sentence)):
        return None
    places = (_name(c) for c in opener.children if c.dep_ == "pobj")
    return next((p for p in places if p is not None), None)


def opening_before(sentence: Span, preposition: str, labels: set[str]) -> Token | None:
    """The preposition the sentence before opens on, when that sentence is in the same
    paragraph and this one has no entity of `labels` of its own: the scene a day or a place
    sets for what follows ("On Friday, ...", "In the town of X, ...")."""
    if sentence.start == 0 or any(e.label_ in labels for e in entities_in(sentence)):
        return None
    before = sentence.doc[sentence.start - 1].sent
    if "\n" in sentence.doc[before.end - 1 : sentence.start + 1].text_with_ws:
        return None
    opener = before[0]
    return opener if opener.lower_ == preposition and opener.dep_ == "prep" else None


def _in_place(number: Token, holders: list[Token]) -> str | None:
    preps = [
        prep
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
    ]
    preps.sort(key=lambda p: (p.i < number.i, abs(p.i - number.i)))
    for prep in preps:
        if _breakdown_between(number, prep):
            continue
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            name = _name(place)
            if name is not None:
                return name
    return None


def _breakdown_between(number: Token, prep: Token) -> bool:
    """ "2,318 detained across the country, 1,104 of them in the capital": a place after a
    breakdown of the count is the breakdown's, wherever the parser hung it; so is one right
    after another count ("put the toll at 131 - 76 in X and 55 in Y")."""
    doc = number.doc
    counted_right_before = doc[prep.i - 1]
    if number.i < counted_right_before.i and counted_right_before.like_num:
        return counted_right_before.ent_type_ not in ("DATE", "TIME")
    return any(
        t.like_num and doc[t.i + 1].lower_ in ("of", "among") and doc[t.i + 2].lower_ in _THEM
        for t in doc[number.i + 1 : prep.i - 2]
    )


_THEM = frozenset({"them", "whom", "those", "these"})


def _lists_places(verb: Token) -> bool:
    """A gapped list of places follows: "X reporting 40 deaths, Y 12 and Z 9" names X as a
    place by its parallel with Y and Z, whatever the recogniser took X for."""
    return any(gapped_place(t) is not None for t in verb.sent if t.i > verb.i and t.like_num)


def gapped_place(number: Token) -> str | None:
    """The place a bare count follows in a gapped list: in "X reporting 71 deaths, Y 26 and
    Z 18", 26 is Y's and 18 is Z's."""
    name = number.head
    if number.dep_ != "nummod" or name.pos_ != "PROPN" or name.i > number.i:
        return None
    if name.i != number.i - 1 or calendar_word(name.text):
        return None
    if name.ent_type_ in _NOT_PLACES - {"PERSON", "DATE"}:
        return None  # a place and its count are often read together as a date ("X 12")
    before = number.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if before is None or before.lower_ not in (",", "and"):
        return None  # "in Pavilion 8" is a label, not an item of a list
    return _words(name)


def item_place(number: Token) -> str | None:
    """The place of a bare count after "for" or "with" in a gapped list: in "X accounts for
    61 of the deaths, Y for 24 and Z for 8", or "X with 88 deaths, followed by Y with 39",
    24 is Y's; read from the words, as the parser scatters such lists."""
    doc = number.doc
    if number.i < 3 or doc[number.i - 1].lower_ not in ("for", "with"):
        return None
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.lower_ in ("and", "each")):
        return None  # "with 39 injured": a count of its own
    name = doc[number.i - 2]
    if name.pos_ != "PROPN" or (name.ent_type_ in _NOT_PLACES and not _a_place_name(name)):
        return None
    start = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == 0 or doc[start - 1].lower_ not in (",", "and", "by"):
        return None
    return doc[start : name.i + 1].text


def listed_place(number: Token) -> str | None:
    """The place of a bare count in a list after a figure: in "64 were arrested: 30 in X,
    20 in Y and 14 in Z" (or "20 from Y"), 20 is Y's, however the parser attached it."""
    doc = number.doc
    following = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if following is None or following.lower_ not in ("in", "from", "to", "at"):
        return None
    # A verbless item: "20 in Y" hung on the verb or on another item, never the subject of
    # a verb of its own ("40 in Y were evacuated").
    item = number.dep_ in ("appos", "npadvmod", "dep", "prep") or (
        number.dep_ == "conj"
        # "reached 1,204 in X and 377 in Y", "23 deaths during clashes in X and four in Y":
        # the second item joined to a noun of the first.
        and (
            number.head.like_num
            or number.head.dep_ == "pobj"
            # "27: 18 from X and nine from Y", the second joined to the first's "from".
            or (number.head.lower_ in ("in", "from") and number.head.head.like_num)
        )
    )
    # The parser may hang the item's "from" on the list's verb: "caught in X, 22 from Y";
    # so "12 dead in X and 9 in Y", the 9 joined to X, with its "in" on the verb X's is on.
    # Or on the first item's place: "missing in X and nine in Y".
    on_list_verb = (
        number.dep_ == "conj"
        and number.head.dep_ == "pobj"
        and following.head.i in (number.head.head.head.i, number.head.i)
    )
    if not item or (following.head.i != number.i and number.dep_ != "appos" and not on_list_verb):
        return None
    objects = [c for c in following.children if c.dep_ == "pobj"]
    if following.lower_ in ("to", "at"):
        # "19 of the injured were taken to X hospital, nine to Y and six to Z": where the
        # hurt or the dead were taken, a care place, never a town ("two at Y" is no list).
        return next((_facility(c) for c in objects if _facility(c) is not None), None)
    return next((p for p in map(_name, objects) if p is not None), None)


# Where the hurt are treated and the dead kept, whose counts a report lists one by one.
_FACILITIES = CARE_PLACES | {"centre", "center", "dispensary"}


def _facility(token: Token) -> str | None:
    """ "the Goya hospital", "Mercy Hospital": the care place's own words, or None."""
    if token.lower_ not in _FACILITIES:
        return None
    words = [w for w in token.subtree if w.i <= token.i and w.dep_ not in ("det", "poss", "case")]
    return " ".join(w.text for w in words)


def bracketed_place(number: Token) -> str | None:
    """The place a bare count in brackets follows: in "the deaths (418) were in X, and in Y
    (271)", 271 is Y's."""
    doc = number.doc
    if not 1 < number.i < len(doc) - 1:
        return None
    if doc[number.i - 1].text != "(" or doc[number.i + 1].text != ")":
        return None
    name = doc[number.i - 2]
    return _words(name) if name.pos_ == "PROPN" and _place_like(name) else None


def _place_like(token: Token) -> bool:
    """A place name: tagged as one, listed with one, or a name the article also puts after
    "in" (the recogniser often takes an unfamiliar district for a person)."""
    if token.ent_type_ in ("GPE", "LOC"):
        return True
    if calendar_word(token.text):
        return False  # "killed in July" names a month
    if token.pos_ == "PROPN" and token.dep_ == "conj" and _place_like(token.head):
        return True  # listed with a place: "from X (17), Y (3) and Z (1)"
    of = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if token.pos_ == "PROPN" and of is not None and of.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "the districts of X (312) and Y (77)", "the city of X"
    return token.pos_ == "PROPN" and any(
        w.lower_ == token.lower_ and w.head.lower_ == "in" and w.dep_ == "pobj" for w in token.doc
    )


_COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def _name(token: Token) -> str | None:
    # Named by its role ("in the capital", "in Ghana's capital", "in the Ghana capital"): a
    # country's own capital, which the sentence need not name.
    if token.lower_ == "capital" and any(
        c.lower_ == "the" or (c.dep_ in ("poss", "compound") and is_country(c.text))
        for c in token.children
    ):
        return "the capital"
    if token.lower_ in _COMPASS and any(c.lower_ == "the" for c in token.children):
        return f"the {token.lower_}"  # "40 were arrested in the north, 25 in the south"
    head = token
    generic = token.lemma_.lower() in PLACE_NOUNS
    if generic:
        names = [c for c in token.children if c.dep_ in _NAME_DEPS and _proper(c)]
        # "the town of X", "the province of Y": the name after "of".
        of_names = [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj" and _proper(g)
        ]
        names = names or of_names[:1] or _set_off_after(token)
        head = names[-1] if names else token
    if generic and head is token and any(c.lower_ == "the" for c in token.children):
        # Named by where it lies: "800 died in the northern province".
        lying = [c for c in token.children if c.dep_ == "amod" and c.lower_ in _LYING]
        if lying and not _proper(lying[-1]):
            return f"the {lying[-1].lower_} {token.lower_}"
    # "the Tarrin region" is a place whatever the recogniser took "Tarrin" for.
    named_place = generic and head is not token
    if not _proper(head) or (
        head.ent_type_ in _NOT_PLACES and not named_place and not _place_like(head)
    ):
        return None
    if any(c.dep_ == "conj" and not c.like_num for c in token.children):
        return None  # "in Nairobi and Kisumu": several places, no single scope
    if named_place and len(names) > 1:
        return " ".join(w.text for w in names)  # "in Oru Vale Province": both words name it
    return _words(head)


def _set_off_after(generic: Token) -> list[Token]:
    """ "in the worst-hit town, Vellisk, 48 died": the one proper word set off by commas right
    after a generic place noun, read from the words as the parser hangs it anywhere."""
    doc = generic.doc
    if generic.i + 3 >= len(doc) or doc[generic.i + 1].text != ",":
        return []
    name, closing = doc[generic.i + 2], doc[generic.i + 3]
    return [name] if _proper(name) and closing.text == "," else []


def _proper(token: Token) -> bool:
    """A name, or a capitalised word inside the sentence that the tagger took for an
    adjective ("the Tarrin region" is tagged like "the northern region"); not a people's
    adjective ("the Moroccan city of X" is X)."""
    return token.pos_ == "PROPN" or (
        token.pos_ == "ADJ"
        and token.text[:1].isupper()
        and not token.is_sent_start
        and token.ent_type_ != "NORP"
    )


def _words(head: Token) -> str | None:
    words = [c for c in head.children if c.dep_ in _NAME_DEPS and _proper(c)]
    words = [w for w in [*words, head] if w.lower_ not in PLACE_NOUNS]
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i)) or None
