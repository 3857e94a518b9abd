"""Counts that are a part of a casualty figure but neither a group nor a place.

"2,100 wounded, including 1,400 in critical condition", "672 injured, 205 of them seriously",
"46 have been brought to the city hospital", "15 died at the scene", "of whom 12 were
police": each is a part of the running total, never the total itself. The scope names are
`lexicon.PART_SCOPES`. A part is read from the words of the count's own phrase (from the
count to the next comma or clause word) and the words that open it ("including", "of whom"),
so a breakdown hanging on the count ("590 injured, 210 of them seriously") does not make the
count itself a part.
"""

import datetime as dt
import re

from spacy.tokens import Span, Token

from streams.extract.dates import MONTH_WORD, month_number
from streams.extract.entities import entity_at
from streams.extract.lexicon import (
    CARE_NOUNS,
    CARE_PLACES,
    CARERS,
    CUSTODY,
    MISSING_WORDS,
    RUINS,
    SCOPES,
    STATE_WORDS,
    TALLY_NOUNS,
)
from streams.extract.modality import split_after
from streams.extract.places import PLACE_NOUNS

# Words in the count's phrase that make it a part, by scope; rows are tried in order.
PART_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    # "1,400 in critical condition", "205 of them seriously", "50 serious injuries".
    ("critical", frozenset({
        "serious", "seriously", "critical", "critically", "severely", "gravely", "grave",
        "intensive",
    })),
    # "brought to the city hospital", "being treated at a trauma centre", "hospitalised".
    ("in_hospital", CARE_PLACES | {
        "hospitals", "centre", "center", "ward", "icu", "hospitalised", "hospitalized",
        "stable", "observation",
    }),
    # "died at the scene", "killed on the spot"; a witness's "died here" at one ruin.
    ("at_scene", frozenset({"scene", "spot", "here"})),
    # "44 bodies remain unidentified", "with 140 victims identified"; "eleven others had
    # minor injuries"; those who "later succumbed" to wounds, of all the dead.
    ("subset", frozenset({
        "identified", "unidentified", "minor", "slightly", "lightly", "succumb", "succumbed",
    })),
    # "Elsewhere in the country, nine were killed": beside a place named before.
    ("elsewhere", frozenset({"elsewhere"})),
)  # fmt: skip
# Verbs whose object is a part of their subject ("the dead include five workers"), or that
# pick out some of the dead ("93 remains had been identified").
_INCLUDING = {"include", "comprise", "identify"}
# Words right before a count that open a part of a figure given before it.
_OPENERS = (("including",), ("comprising",), ("namely",), ("of", "whom"), ("of", "which"),
            ("among", "them"), ("among", "whom"), ("among", "those"), ("of", "them", ","),
            ("of", "these", ","), ("of", "those", ","), ("among", "them", ","))  # fmt: skip
# Words around a count that make it the latest addition to a toll, not the toll: "another
# 12 deaths", "an additional 40", "five more bodies", "18 additional sets of remains".
_ADDED_BEFORE = (("another",), ("additional",), ("an", "additional"), ("a", "further"))
_ADDED_AFTER = {"more", "additional", "further", "new", "extra"}
# Words right after a count that make it a part: "60 of them critically".
_PARTITIVES = {"them", "whom", "those", "which"}
# Words that end the count's own phrase.
_PHRASE_ENDS = {
    ",", ";", ":", ".", "and", "but", "while", "whereas", "when", "after", "as", "who", "which",
    "that", "because", "since", "with", "including", "(", "-", "—", "–",
}  # fmt: skip
_PHRASE_LENGTH = 10
# Still held: "remain in custody", "are still being held" (not "placed under detention").
_STILL_NOW = {"still", "currently", "remain"}
_HELD = CUSTODY | {"held", "detained", "bars"}
# Still in care, or gone to it: "are still being treated", "were being treated there",
# "sought treatment".
_STILL = _STILL_NOW | {"under", "seek", "being"}
_CARE = {"treated", "treatment", "admitted"}
_RECEIVING = {"receive", "admit", "treat"}


def treated_by_carers(verb: Token) -> bool:
    """ "Hospitals treated 120 people", "hospitals reported treating 120 people": the treating
    verb's doer, or the doer of the verb it completes, gives care."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    said_by = verb.dep_ == "ccomp" and bool(doers) and all(d.pos_ == "PRON" for d in doers)
    if verb.dep_ == "xcomp" or said_by:
        # "hospitals reported treating", "doctors say they have treated".
        doers += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(d.lemma_.lower() in CARERS for d in doers)


def part_scope(first: Token, last: Token, added: bool = True) -> str | None:
    """The part scope of the count whose phrase runs from `first` (its qualifier or number)
    to `last` (its number's last token), or None when it is no such part; `added` False
    when words of addition cannot make it one ("another" after a count of another metric
    is other people, not more of them)."""
    if (added and _added(first, last)) or risen_by(first) is not None:
        return "added"
    if _whole_of_a_share(last):
        return None  # "35 of the 150 injured are still in hospital": 150 is all of them
    phrase = _phrase(last) + _fronted(first)
    words = {t.lower_ for t in phrase} | {t.lemma_.lower() for t in phrase}
    verb = next((a for a in last.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if last.dep_ == "conj" and verb is not None and last.head.i == verb.i:
        verb = None  # "15 were discharged and nine remain admitted": not the nine's verb
    # "were treated and discharged": the count's verb, or one of care joined to it (not
    # "were injured and discharged", all the hurt).
    verbs = [] if verb is None else [verb]
    counted = last.head if last.dep_ == "nummod" else last
    if verb is not None and verb.lemma_ in _RECEIVING and counted.head.i == verb.i:
        verbs += [c for c in verb.children if c.dep_ == "conj"]
    if "discharge" in words or any(v.lemma_ == "discharge" for v in verbs):
        return "discharged"
    for scope, cues in PART_WORDS:
        if words & cues:
            return scope
    if words & _STILL_NOW and words & _HELD:
        return "subset"  # "260 remain in custody": the arrested not yet released
    # "still being treated", "hospitals treated 120", "admitted for treatment since Monday".
    admitted = verb is not None and verb.lemma_ == "admit" and bool(words & CARE_NOUNS)
    if (
        (words & _CARE and words & _STILL)
        or admitted
        or (verb is not None and verb.lemma_ == "treat" and treated_by_carers(verb))
    ):
        return "in_hospital"
    if (
        opens_a_part(first)
        or _partitive(last)
        or (verb is not None and verb.lemma_ in _INCLUDING)
        or _in_a_place_alone(last)
    ):
        return "subset"
    if _one_of_many(phrase):
        return "subset"
    if _this_place(last.sent):
        return "at_scene"
    if last.dep_ == "nummod" and last.head.lemma_.lower() in _PARTICULAR:
        return "subset"
    if _share_in_brackets(last):
        return "subset"
    return None


# Words for a share of a whole: "half of the injured (212)".
_SHARES = frozenset(
    {"third", "half", "quarter", "fifth", "most", "majority", "two-thirds", "fraction", "share"}
)


_SOME = frozenset({"most", "many", "some", "all", "none", "several", "few", "dozens"})


def _whole_of_a_share(last: Token) -> bool:
    """The count after "of" that a share or a smaller count is taken from: "35 of the 150
    injured", "most of the 84 hurt", "Of the 52 wounded, 27 ..."; what the sentence says of
    the share is not said of the whole."""
    noun = last.head if last.dep_ == "nummod" else last
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or not any(c.lower_ == "the" for c in noun.subtree):
        return False
    if any(t.text == "," for t in last.doc[of.i : last.i]):
        return False  # "Of the injured, 15 remain ...": the count is the share
    share = of.head
    opening = of.i == of.sent.start
    return opening or share.like_num or share.lemma_.lower() in _SHARES | _SOME


def _share_in_brackets(last: Token) -> bool:
    """The count in brackets of a share of the victims: "close to half of the injured (212)
    came from X"."""
    noun = last.head
    return (
        last.dep_ == "appos"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in _SHARES
    )


# People counted by what they do or where they were, some of those hit beside a larger count
# ("12 firefighters were injured" beside 79 injured, "some 700 worshippers died" beside a
# quake's 1,600, "two directors were arrested" beside 13 arrests); alone, the count is the
# best whole there is (a mine's "30 miners").
_PARTICULAR = frozenset(
    {"firefighter", "fireman", "firemen", "rescuer", "paramedic", "medic", "volunteer",
     "worshipper", "pilgrim", "monk", "nun", "student", "pupil", "teacher", "doctor", "nurse",
     "patient", "worker", "employee", "staff", "staffer", "director", "engineer",
     "consultant", "manager", "executive", "owner", "contractor", "subcontractor",
     "architect", "official", "personnel", "man", "men", "woman", "women", "driver",
     "passenger", "miner", "farmer", "trader", "shopper", "activist", "supporter", "leader",
     "member"}
)  # fmt: skip


# One of many places or households that a count can be limited to.
_ONE_OF = frozenset(
    {"family", "household", "building", "house", "home", "block", "tower", "mosque", "church",
     "temple", "monastery", "school", "hospital", "hotel", "factory", "village", "site",
     "hall", "complex", "condominium", "apartment", "market", "mall", "dormitory"}
)  # fmt: skip
_ONE = frozenset({"a", "an", "one", "single", "same"})


def _one_of_many(phrase: list[Token]) -> bool:
    """The count is of one building or household among many: "12 bodies pulled from the
    ruins of a fallen hotel", "four people from the same family died", "six bodies out of
    the debris of the towers of the Lakeview Residences"."""
    for word in phrase:
        if word.dep_ != "pobj" or word.head.lower_ not in ("from", "of", "in"):
            continue
        noun = word
        if noun.lemma_.lower() in RUINS:
            noun = next((g for c in noun.children if c.lower_ == "of" for g in c.children), noun)
        if noun.lemma_.lower() in _ONE_OF and (
            any(c.lower_ in _ONE for c in noun.children) or _named(noun)
        ):
            return True
    return False


# A reporter's "this village": the count is of the place the report is written from.
_SETTLEMENTS = frozenset(
    {"village", "hamlet", "town", "neighbourhood", "neighborhood", "settlement", "camp", "street"}
)


def _this_place(sentence: Span) -> bool:
    """ "In this village, where fewer than 50 houses stood, at least 35 people died": the
    count is that place's, a part of the whole toll."""
    return any(
        t.lower_ == "this" and t.head.lemma_.lower() in _SETTLEMENTS and t.dep_ == "det"
        for t in sentence
    )


def _named(noun: Token) -> bool:
    """A building or site with a name: "the Lakeview condominium", "the towers of the Lakeview
    Residences"."""
    named = [c for c in noun.children if c.dep_ == "compound"]
    named += [g for c in noun.children if c.lower_ == "of" for g in c.children]
    return any(t.pos_ == "PROPN" for t in named)


# Words that limit a count to one day of a longer crisis. A weekday or a date does not: on
# the first day, or for a sudden event, the day's count is the whole.
_DAY_PHRASES = (("that", "day"), ("first", "day"), ("past", "24", "hours"),
                ("last", "24", "hours"), ("overnight",))  # fmt: skip


_JOINING = {"and", "but", "while", "whereas", ";"}


def day_limited(last: Token) -> bool:
    """The count's clause limits it to one day: "six were killed that day", "in the past 24
    hours, police made 52 arrests", "on Friday alone", "between Monday night and Tuesday
    morning"."""
    after, before = _clause_words(last)
    return (
        any(
            tuple(words[i : i + len(p)]) == p
            and "since" not in words[:i]  # "since that day"
            # "the overnight figure stands at 31": the figure given overnight, not the night's
            and not set(words[i + len(p) : i + len(p) + 1]) & TALLY_NOUNS
            for words in (after, before)
            for p in _DAY_PHRASES
            for i in range(len(words))
        )
        or _alone_after(after, before, _ONE_DAY)
        or _between_hours(last)
    )


# Times of day that bound a window of hours: "between Monday night and Tuesday morning".
_HOURS = frozenset({"night", "morning", "evening", "afternoon", "dawn", "midnight", "noon"})
_WINDOW_REACH = 25


def _between_hours(last: Token) -> bool:
    """The count's clause, however long, ends in a window of hours ("arrested 27 people
    involved in looting in the capital and other towns between Monday night and Tuesday
    morning")."""
    words = _words_after(last, _WINDOW_REACH)
    ends = [i for i, word in enumerate(words) if word in _JOINING - {"and"}]
    words = words[: ends[0]] if ends else words
    return any(
        word == "between" and _HOURS & set(words[i + 1 : i + 4]) for i, word in enumerate(words)
    )


def period_limited(last: Token) -> bool:
    """The count's clause limits it to a longer time, said to be a part: "120 were killed
    last week alone", "in July alone"."""
    return _alone_after(*_clause_words(last), _A_PERIOD)


# Dependencies that open a clause of its own, whose dates are not the count's.
_OWN_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "conj", "parataxis"})


def between_dates(event: Token) -> bool:
    """The count's event is limited to a span between two dates: "300 deaths were recorded
    between March 3 and April 2", "killed in clashes between April 3 and 4" (a part when a
    larger count stands beside it; alone, the span may be the whole so far)."""
    stack = [c for c in event.children if c.dep_ not in _OWN_CLAUSES]
    while stack:
        word = stack.pop()
        if word.dep_ == "prep" and word.lower_ == "between":
            dates = [g for g in word.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
            if any(c.dep_ == "conj" and c.ent_type_ == "DATE" for d in dates for c in d.children):
                return True
        stack.extend(c for c in word.children if c.dep_ not in _OWN_CLAUSES)
    return False


def _clause_words(last: Token) -> tuple[list[str], list[str]]:
    """The words after the count up to a stop, and the opening phrase of its own clause
    (back to the sentence's start, another count or a word joining clauses)."""
    doc = last.doc
    after = _words_after(last, _PHRASE_LENGTH)
    before: list[str] = []
    for token in reversed(doc[last.sent.start : last.i]):
        counted = token.like_num and token.ent_type_ not in ("DATE", "TIME")
        if counted or token.lower_ in _JOINING:
            break
        if not token.is_punct:
            before.insert(0, token.lower_)
    return after, before


def _words_after(last: Token, reach: int) -> list[str]:
    """Up to `reach` words after the count, to the first punctuation."""
    words = []
    for token in last.doc[last.i + 1 : min(last.i + 1 + reach, last.sent.end)]:
        if token.is_punct:
            break
        words.append(token.lower_)
    return words


def _alone_after(after: list[str], before: list[str], times: frozenset[str]) -> bool:
    return any(
        words[i] in times and words[i + 1] == "alone"
        for words in (after, before)
        for i in range(len(words) - 1)
    )


# Words of one day, which "alone" after them limits a count to: "on Friday alone".
_ONE_DAY = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day",
    "today", "yesterday", "night", "morning", "afternoon", "evening",
})  # fmt: skip
# Longer times, the same way: "last week alone", "in July alone".
_A_PERIOD = frozenset({
    "week", "weekend", "fortnight", "month", "year", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december",
})  # fmt: skip


_ANY_TIME = _ONE_DAY | _A_PERIOD


def said_alone(sentence: Span) -> bool:
    """ "At least 25 were killed on Friday alone", "120 last week alone", "90 in two
    districts alone": the count of that time or place is said to be a part."""
    return _alone_after([t.lower_ for t in sentence], [], _ANY_TIME) or any(
        _somewhere_alone(t) for t in sentence if t.lower_ == "alone"
    )


# Nouns of places, which "alone" after them limits a count to: "in two districts alone".
_ALONE_PLACES = frozenset(PLACE_NOUNS | {"capital", "country", "camp", "valley"})


def _somewhere_alone(alone: Token) -> bool:
    """ "in Palma alone", "in two districts alone": "alone" after what "in" names, a place."""
    place = alone.doc[alone.i - 1] if alone.i > 0 else None
    return (
        place is not None
        and place.dep_ == "pobj"
        and place.head.lower_ == "in"
        and place.ent_type_ not in ("DATE", "TIME")
        and (place.pos_ == "PROPN" or place.lemma_.lower() in _ALONE_PLACES)
    )


def _in_a_place_alone(last: Token) -> bool:
    """ "at least 90 deaths in X and Y districts alone", "deaths in two districts alone
    exceed 90": the count, its noun or its verb holds the place said alone."""
    counted = last.head if last.dep_ == "nummod" else last
    near = {last.i, counted.i, counted.head.i}
    doc = last.doc
    for alone in (t for t in last.sent if t.lower_ == "alone" and _somewhere_alone(t)):
        prep = doc[alone.i - 1].head
        holder = prep.head
        inside = {t.i for t in prep.subtree}
        between = doc[min(prep.i, last.i) + 1 : max(prep.i, last.i)]
        # Not when another count stands between: "57 died, 30 of them in X alone".
        other = any(t.like_num and t.i not in inside for t in between)
        if not other and (holder.i in near or holder.head.i in near):
            return True
    return False


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
_ON_A_DAY = frozenset({"on", "in", "during"})
_OF_A_DAY = _ON_A_DAY | {"from", "of"}  # "the toll from Friday's clashes"
_DAY_MONTH = re.compile(r"^\d{1,2}(?:st|nd|rd|th)? [a-z]+$|^[a-z]+ \d{1,2}(?:st|nd|rd|th)?$")


def dated_day(event: Token) -> bool:
    """The event verb is dated to one day: "killed on Sunday", "died in Tuesday's protests",
    "arrested on 25 June", "killed yesterday"; not "since Monday" or "by Sunday", which
    count up to a day. So is a count in a clause about a dated event: "riots on Saturday in
    which 64 died", "killed as the rallies turned violent on Friday", "a day after riots
    left 17 dead"."""
    if _dated(event, depth=2) or (event.dep_ == "relcl" and _dated(event.head, depth=1)):
        return True
    if _a_day_before(event):
        return True
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("as", "when") for m in c.children)
        and _dated(c, depth=1)
        for c in event.children
    )


_A_MONTH = re.compile(rf"{MONTH_WORD}$", re.IGNORECASE)


def in_an_earlier_month(event: Token, published: dt.date) -> bool:
    """The event verb is dated to a month before the one the article came out in: "more than
    150 died during street fights in July" (in August), "died in the March protests"; not
    "since July", a running total from then."""
    month = _month_of(event, depth=3)
    if month is None:
        return False
    number = month_number(month.text)
    years = [int(t.text) for t in month.head.subtree if re.fullmatch(r"\d{4}", t.text)]
    year = years[0] if years else published.year - (number > published.month)
    return (year, number) < (published.year, published.month)


def _month_of(word: Token, depth: int) -> Token | None:
    """The month named by a phrase "in"/"during" below `word`, down `depth` phrases."""
    for prep in (c for c in word.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            named = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "poss"))]
            if prep.lower_ in ("in", "during"):
                months = (w for w in named if w.ent_type_ == "DATE" and _A_MONTH.match(w.text))
                month = next(months, None)
                if month is not None and not any(c.dep_ == "conj" for c in month.children):
                    return month
            deeper = _month_of(noun, depth - 1) if depth > 1 else None
            if deeper is not None:
                return deeper
    return None


def dated_noun(noun: Token) -> bool:
    """A count named by a noun ("the death of 14 people in police firing during Monday's
    rallies") is dated to one day anywhere in its phrase, outside a relative clause ("deaths
    in the protests that began on Monday" count since that day)."""
    stack = [noun]
    while stack:
        word = stack.pop()
        if _dated(word, depth=1):
            return True
        stack.extend(c for c in word.children if c.dep_ != "relcl")
    return _dated_right_after(noun)


def _dated_right_after(noun: Token) -> bool:
    """The phrase right after the noun's own ("... for the deaths of 31 people in baton
    charges during Wednesday's rallies"), which the parser may hang on a verb before it."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    if after >= noun.sent.end or doc[after].lower_ not in _ON_A_DAY:
        return False
    prep = doc[after]
    return prep.head.i < noun.i and any(g.dep_ == "pobj" and _names_a_day(g) for g in prep.children)


_WITHIN_A_DAY = frozenset({"a day", "one day", "hours", "a few hours", "the day"})


def _a_day_before(event: Token) -> bool:
    """The clause tells what happened a day before something else: "a day after riots
    left 17 dead" (that day's riots)."""
    after = next((c for c in event.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if after is None and event.tag_ == "VBD":
        after = split_after(event)  # "would not sign it a day after clashes left 23 dead"
    spans = list(event.children)
    if after is not None:
        # The span may hang on "after" or on the clause before it.
        spans += [*after.children, *(c for c in event.head.children if c.i < after.i)]
    return any(
        c.dep_ == "npadvmod"
        and " ".join([*(w.lower_ for w in c.lefts), c.lower_]) in _WITHIN_A_DAY
        and (after is not None or any(p.lower_ == "after" for p in c.children))
        for c in spans
    )


def dated_toll(verb: Token) -> bool:
    """The running total of one dated event: "the toll from Friday's clashes rose to 41"
    (not "the toll reached 16 on Sunday", a running total as of that day)."""
    # The toll may sit deep in a long subject the parser split ("the toll from street fights
    # on Tuesday between students demanding X resign and ... has now risen").
    tolls = (
        word
        for subject in verb.children
        if subject.dep_ in ("nsubj", "nsubjpass")
        for word in subject.subtree
        if word.lemma_.lower() == "toll"
    )
    return any(_dated(toll, depth=2, preps=_OF_A_DAY) for toll in tolls)


def _dated(word: Token, depth: int, preps: frozenset[str] = _ON_A_DAY) -> bool:
    for child in word.children:
        if child.dep_ == "npadvmod" and _a_day(child):
            return True
        if child.dep_ == "prep" and child.lower_ in preps:
            for noun in (g for g in child.children if g.dep_ == "pobj"):
                if _names_a_day(noun):
                    return True
                if depth > 1 and _dated(noun, depth - 1):
                    return True  # "killed in clashes on Sunday"
    return False


def _names_a_day(noun: Token) -> bool:
    """ "Sunday", "Monday's protests"."""
    return _a_day(noun) or any(_a_day(m) for m in noun.children if m.dep_ == "poss")


def _a_day(token: Token) -> bool:
    if any(c.dep_ == "conj" for c in token.children):
        return False  # "on Thursday and Friday" is two days
    if token.lower_ in ("yesterday", "today") or token.lower_ in _WEEKDAYS:
        return True
    if token.lower_ == "day" and any(c.lower_ in ("previous", "same") for c in token.children):
        return True  # "killed the previous day"
    if token.lower_ in _PARTS_OF_DAY and any(c.lower_ in _WEEKDAYS for c in token.children):
        return True  # "on Friday evening"
    entity = entity_at(token)
    if entity is None or entity.label_ != "DATE":
        return False
    return _DAY_MONTH.match(entity.text.lower()) is not None


# A count followed by how the injured are: "two others in a critical condition", "seven
# serious", "19 considered stable", "five were reported in a serious condition", "two were
# moved to an intensive care ward". Read as injured when nothing else reads the count.
_CONDITION = re.compile(
    r"(?:(?:people|persons|others|more|of them|victims|patients|injured|wounded) )?"
    r"(?:(?:are|were|is|was|remain|remained|remains|had been|have been|has been|being) )?"
    r"(?:still )?"
    r"(?:(?:stated|said|reported|described|considered|listed) (?:to be |as )?)?"
    r"(?:in (?:a |an )?(?:critical|serious|stable|grave|severe) condition\b|"
    # "27 remained under observation": kept in care.
    r"under (?:medical )?observation\b|"
    r"(?:critical|serious|stable)\b(?! (?:of|to|about|that|for))|"
    r"(?:in|admitted to|shifted to|moved to|taken to) (?:an |the )?intensive care\b)",
    re.IGNORECASE,
)


def in_condition(last: Token) -> bool:
    """The count says how many of the injured are in a condition (see `_CONDITION`)."""
    # The words after the count, read as text (`Doc.text` would join the whole parse).
    after = last.doc[last.i + 1 : min(last.i + 1 + _PHRASE_LENGTH, last.sent.end)]
    return _CONDITION.match(after.text) is not None


_MISSING_REACH = 4
# Verbs that end a captivity or a disappearance for their subjects.
_FREED = frozenset({"free", "release", "rescue", "escape", "reunite", "return"})


def _subject_between(subject: Token) -> bool:
    verb = subject.head
    return any(c.dep_ == "nsubj" and subject.i < c.i < verb.i for c in verb.children)


def missing(last: Token) -> bool:
    """A count of people missing: "279 missing", "100 people remain unaccounted for" or
    "without contact", "hundreds still missing", "59 abducted or missing", "140 Larch
    Terrace tenants were still unaccounted for", "whose whereabouts are unknown"."""
    counted = last.head if last.dep_ == "nummod" else last
    # "30 students abducted last month were freed on Tuesday", "troops freed 23 abducted
    # students": no longer missing.
    if counted.dep_ in ("nsubj", "nsubjpass", "dobj") and counted.head.lemma_.lower() in _FREED:
        return False
    # Its verb, or that of a clause on it: "six workers continue to be missing", "search
    # teams looked for 29 people who remain unaccounted for".
    # Not when another subject comes between: in "112 were injured, 37 of them seriously,
    # and 41 remain unaccounted for" the parser makes both counts subjects of "remain".
    verbs = [counted.head] if counted.dep_ == "nsubj" and not _subject_between(counted) else []
    verbs += [c for c in counted.children if c.dep_ == "relcl" and of_who(c)]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "xcomp" and c.lemma_ == "be"]
    if any(
        c.dep_ in ("acomp", "attr", "xcomp") and c.lower_ in MISSING_WORDS
        for verb in verbs
        for c in verb.children
    ):
        return True
    # "214 people had been reported missing", "were declared missing".
    if counted.dep_ == "nsubjpass" and any(
        c.dep_ in ("oprd", "xcomp", "acomp") and c.lower_ in MISSING_WORDS
        for c in counted.head.children
    ):
        return True
    # "Hundreds of people are still missing", which the parser reads as a verb of "miss"
    # (not "with 40 people injured and 3 missing", where it hangs both counts on it).
    stated = any(c.lower_ in STATE_WORDS for c in counted.children)
    if counted.dep_ == "nsubj" and counted.head.lower_ in MISSING_WORDS and not stated:
        return True
    # "four people are still listed as missing", "the agency lists 17 people as missing",
    # "146 remain listed as missing".
    listing = [counted.head, *(c for c in counted.head.children if c.dep_ == "acomp")]
    if counted.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ in MISSING_WORDS for g in c.children)
        for verb in listing
        for c in verb.children
    ):
        return True
    if _searched_for(counted) or _trapped(counted) or _whereabouts_unknown(counted):
        return True
    if _not_accounted_for(counted):
        return True
    after = [t for t in _phrase(last) if t.i > last.i]
    for token in after[:_MISSING_REACH]:
        if token.lower_ in MISSING_WORDS or _out_of_contact(token):
            return True
        # "... and 25 remain trapped under the rubble", however the parser joins the count.
        trapped = token.lemma_.lower() in _TRAPPING and any(w.lower_ in _UNDER for w in after)
        if trapped and not _bodies(counted):
            return True
        # "31 dead and 210 missing": the word after the next count, or after a word of
        # another metric, is not this count's.
        if token.like_num or token.lower_ in STATE_WORDS:
            return False
    return False


_SEARCHING = frozenset({"search", "look"})
# People sought who are not lost: "police are looking for three suspects".
_WANTED = frozenset({
    "suspect", "attacker", "gunman", "assailant", "perpetrator", "culprit", "fugitive",
    "escapee", "prisoner", "inmate", "volunteer", "donor",
})  # fmt: skip


_TRAPPING = frozenset({"trap", "bury"})
_TRAPPED = frozenset({"trapped", "buried"})  # the tagger's adjectives keep their form
# What people are trapped or buried under when their fate is unknown; not "trapped in their
# homes by floodwaters", nor the dead "buried on Sunday".
_UNDER = RUINS | {
    "underground", "mud", "landslide", "mudslide", "avalanche", "snow", "collapsed", "collapse",
    "earth", "mine", "shaft", "tunnel", "gallery", "galleries", "pit", "cave",
}  # fmt: skip


def _trapped(counted: Token) -> bool:
    """ "81 workers were trapped under the rubble", "43 remained trapped in the debris",
    "over 80 are believed buried under the collapsed building": missing."""
    if _bodies(counted):
        return False
    # "seven miners still trapped underground": a participle on the count (not one after
    # another count, which the parser may hang on it: "nine miners dead and 23 trapped").
    doc = counted.doc
    verbs = [
        c
        for c in counted.children
        if c.dep_ == "acl" and not any(t.like_num for t in doc[counted.i + 1 : c.i])
    ]
    # And the participle right after a count the parser hung it away from ("and 23 trapped").
    after = doc[counted.i + 1] if counted.like_num and counted.i + 1 < len(doc) else None
    if after is not None and after.dep_ == "acl" and after.head.i < counted.i:
        verbs.append(after)
    linking = None
    if counted.dep_ in ("nsubj", "nsubjpass"):
        verb = counted.head
        verbs += [verb, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp", "oprd"))]
        if verb.lemma_.lower() == "remain":
            linking = verb
            # "23 men remain underground".
            if any(c.lower_ == "underground" for c in verb.children):
                return True
    return any(
        (v.lemma_.lower() in _TRAPPING or v.lower_ in _TRAPPED)
        # Where they are trapped, on the participle or on "remain" it completes ("remain
        # trapped underground").
        and any(w.lower_ in _UNDER for w in (linking or v).subtree)
        for v in verbs
    )


_BODIES = frozenset({"body", "corpse", "remains", "remain"})


def _bodies(counted: Token) -> bool:
    """ "12 bodies", "the bodies of 12 miners": the dead, wherever they lie."""
    owner = counted.head.head if counted.head.lower_ == "of" else counted
    return counted.lemma_.lower() in _BODIES or owner.lemma_.lower() in _BODIES


def _searched_for(counted: Token) -> bool:
    """ "Rescuers are still searching for 26 people", "looking for 12 fishermen", "two
    passengers are still being sought": those searched for are missing, unless they are
    wanted."""
    if counted.lemma_.lower() in _WANTED or _of_a_band(counted):
        return False
    verb = counted.head
    if counted.dep_ == "nsubjpass" and verb.lemma_.lower() == "seek":
        return True
    searching = verb.head.lemma_.lower() in _SEARCHING
    return counted.dep_ == "pobj" and verb.lower_ == "for" and searching


# What those sought as members of it are wanted for: "16 members of the gang are being sought".
_BANDS = frozenset({"group", "gang", "cell", "militia", "network", "organisation", "organization"})


def _of_a_band(counted: Token) -> bool:
    return counted.lemma_.lower() == "member" and any(
        g.lemma_.lower() in _BANDS for c in counted.children if c.lower_ == "of" for g in c.children
    )


_UNKNOWN = frozenset({"unknown", "unclear"})


def _not_accounted_for(counted: Token) -> bool:
    """ "The remaining 88 are yet to be accounted for", "12 are still to be accounted for":
    the count's verb, or the one it completes, is "accounted for" not yet done."""
    if counted.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = counted.head
    for held in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        if held.lemma_ == "account" and any(c.lower_ == "for" for c in held.children):
            words = {c.lower_ for c in (*verb.children, *held.children)}
            return bool(words & {"yet", "still"})
    return False


def _whereabouts_unknown(counted: Token) -> bool:
    """ "78 people whose whereabouts are unknown", "the whereabouts of 78 people remain
    unclear"; not of suspects on the run."""
    clauses = [c for c in counted.children if c.dep_ == "relcl"]
    of = counted.head if counted.dep_ == "pobj" else None
    owner = of.head if of is not None and of.lower_ == "of" else None
    if owner is not None and owner.lower_ == "whereabouts" and owner.dep_ == "nsubj":
        clauses.append(owner.head)
    return counted.lemma_.lower() not in _WANTED and any(
        any(c.lower_ == "whereabouts" for c in clause.children)
        and any(c.dep_ == "acomp" and c.lower_ in _UNKNOWN for c in clause.children)
        for clause in clauses
    )


def _out_of_contact(token: Token) -> bool:
    """ "some 80 tenants are still without contact", "out of contact", "12 still in
    captivity" (held by abductors)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ == "in" and after is not None and after.lower_ == "captivity":
        return True
    return token.lower_ in ("without", "out") and after is not None and after.lower_ == "contact"


_FOUND = {"locate", "find", "trace", "reunite"}
_SAFE = {"unharmed", "safe", "safely", "alive", "unhurt"}
_CLAUSE_ENDS = {"while", "whereas", ";", "but"}


def found_safe(last: Token) -> bool:
    """The people counted as missing were found: "52 residents first reported missing were
    located unharmed" or "divers found 12 missing fishermen alive" count people no longer
    missing, whatever the parser made of the first."""
    counted = last.head if last.dep_ == "nummod" else last
    verb = counted.head
    said = (*verb.children, *counted.children)
    if verb.lemma_.lower() in _FOUND and any(c.lower_ in _SAFE for c in said):
        return True
    words: list[Token] = []
    for token in last.doc[last.i + 1 : last.sent.end]:
        if token.like_num or token.lower_ in _CLAUSE_ENDS:
            break
        words.append(token)
    return any(
        word.lemma_.lower() in _FOUND
        and any(w.lower_ in _SAFE for w in words[i + 1 : i + 3])
        # "no longer expects to find them alive": a hope, not a finding.
        and not any(c.tag_ == "TO" for c in word.children)
        for i, word in enumerate(words)
    )


def of_who(clause: Token) -> bool:
    """A relative clause on a person: its subject is "who" ("people who remain missing")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" for c in clause.children)


def _phrase(last: Token) -> list[Token]:
    doc = last.doc
    phrase: list[Token] = []
    for token in doc[last.i + 1 : min(last.i + 1 + _PHRASE_LENGTH, last.sent.end)]:
        if token.lower_ in _PHRASE_ENDS and not (phrase == [] and token.lower_ == "of"):
            break
        if phrase and _breakdown_starts(token):
            break  # "60 others injured many of them seriously": the breakdown is another count
        phrase.append(token)
    # "The city hospital received 27 bodies": the place that took them in is the subject.
    verb = next((a for a in last.ancestors if a.pos_ in ("VERB", "AUX")), None)
    receiving = verb is not None and verb.lemma_.lower() in _RECEIVING
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb and receiving else []
    before = [t for s in subjects if s.i < last.i for t in s.subtree]
    return before + phrase


def _breakdown_starts(token: Token) -> bool:
    """ "some of them", "many of whom": a breakdown of the count begins here."""
    doc = token.doc
    following = doc[token.i + 1 : token.i + 3]
    return (
        len(following) == 2 and following[0].lower_ == "of" and following[1].lower_ in _PARTITIVES
    )


def _fronted(first: Token) -> list[Token]:
    """A place phrase that opens the sentence: "At the city trauma centre, 40 injured...",
    "Elsewhere in the country, nine ..."."""
    sentence = first.sent
    opening = sentence[0]
    if opening.lower_ not in ("at", "in", "elsewhere") or opening.i >= first.i:
        return []
    words: list[Token] = []
    for token in first.doc[opening.i : first.i]:
        if token.text == ",":
            return words
        words.append(token)
    return []


def _added(first: Token, last: Token) -> bool:
    if first.lower_ == "no":
        return False  # "no more missing persons": none left, nothing added
    doc = first.doc
    following = doc[last.i + 1 : last.i + 3]
    after = (
        len(following) >= 1
        and following[0].lower_ in _ADDED_AFTER
        and not (len(following) == 2 and following[1].lower_ == "than")  # "five more than"
    )
    return after or _preceded_by(first, _ADDED_BEFORE)


# Verbs by which a tally grows by some number: "the toll rose by 12", "grew by 300".
_GROWING = frozenset({"rise", "increase", "grow", "climb", "jump", "swell"})


def risen_by(first: Token) -> Token | None:
    """The verb of "the toll rose by 12" when `first` opens the count after its "by": how much
    the tally grew, its latest addition, not the tally."""
    by = first.doc[first.i - 1] if first.i > 0 else None
    if by is None or by.lower_ != "by" or by.head.lemma_.lower() not in _GROWING:
        return None
    return by.head


def opens_a_part(first: Token) -> bool:
    """Words before the count open a part of a count before it: "of whom", "including"."""
    return _preceded_by(first, _OPENERS) or _of_a_count_before(first)


def _of_a_count_before(first: Token) -> bool:
    """ "Of the 96 people injured in the crush, 52 were treated on site", "Of the dead, eight
    were in cars, five on the bus": the sentence opens on the count or the people it breaks
    down."""
    sentence = first.sent
    if sentence[0].lower_ != "of":
        return False
    for token in first.doc[sentence.start + 1 : first.i]:
        if token.text == ",":
            opening = sentence.doc[sentence.start : token.i]
            named = len(opening) == 3 and opening[2].lower_ in STATE_WORDS
            return named or any(t.like_num for t in opening)
    return False


def _preceded_by(first: Token, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of `phrases` stands right before `first`."""
    doc = first.doc
    for words in phrases:
        start = first.i - len(words)
        if start >= 0 and tuple(t.lower_ for t in doc[start : first.i]) == words:
            return True
    return False


_OF_THE = frozenset({"the", "its", "their", "our", "his", "her"})


def _partitive(last: Token) -> bool:
    doc = last.doc
    following = doc[last.i + 1 : last.i + 3]
    # "60 of them", "17 of the 90 dead", "two of its organisers".
    return (
        len(following) == 2
        and following[0].lower_ in ("of", "among")
        and (following[1].lower_ in _PARTITIVES or following[1].lower_ in _OF_THE)
    )


# Nouns for a body that arrests people besides the police and the army, which the security
# forces' words of `lexicon.SCOPES` name.
_ARRESTING = frozenset({"watchdog", "commission", "agency", "bureau"})


def arresting_body(anchor: Token) -> str | None:
    """Who made the arrests a count is of: the subject of "arrested" or its "by" phrase, if
    it is a force or an agency ("police arrested 13", "were detained by the anti-graft
    watchdog", "ICAC officers detained two"). Police, army and troops are one body, the
    security forces, whatever name they go by."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    for doer in doers:
        named = [doer, *(c for c in doer.children if c.dep_ == "compound")]
        found = (entity_at(w) for w in named)
        body = next((e for e in found if e is not None and e.label_ == "ORG"), None)
        words = [doer] if body is None else list(body)
        if any(SCOPES.get(w.lemma_.lower()) == "security_forces" for w in words):
            return "security_forces"
        if body is not None:
            return body.text.lower().removeprefix("the ")
        if doer.lemma_.lower() in _ARRESTING:
            return doer.lemma_.lower()
    return None
