"""Whether a figure or action belongs to an earlier event than the one being reported.

Background paragraphs recall old tolls: "a cyclone in 1991 killed about 140,000 people",
"the 2013 typhoon that killed more than 6,300", "since 2021, more than 460 inmates died",
"900 people were killed last year", "a 16-year insurgency that has killed tens of thousands",
"heat kills thousands every year" (a rate, not an event), "bombings have killed 300 this
year" (a series; a season's "the floods have killed 300 this year" is its own toll),
"the market was attacked in 2019, when two bombers killed 30 people", "the shooting came
three weeks after a car bomb in X killed 14" (the event this one follows), "the second
fire this week, after a blaze in X killed 10" (another of a series). The clause of the
claim, its subject, the noun a relative clause hangs on, and the clause a "when" clause
belongs to are searched for a date naming an earlier year or a span of years. Only words the
recogniser tagged as dates count, so "killed 2000 people" is not read as a year.
"""

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from streams.extract.dates import MONTH_WORD, month_number
from streams.extract.entities import entities_in
from streams.extract.numbers import number_value
from streams.incidents.event_types import (
    AT_ONE_SPOT,
    BY_SLUG,
    EVENT_TYPES,
    SEASONAL_WEATHER,
    EventType,
    type_of_token,
)

_SPAN_OF_YEARS = re.compile(
    r"\b(?:last|previous|past|recent) (?:\w+ )?(?:years?|decades?)\b|\byears? ago\b|\bdecades?\b|"
    r"\bthe years\b|"  # "over the years", of which the recogniser tags "the years"
    r"\b\w+-year\b(?!-old)|\b(?:every|each|per|this) year\b|\bannually\b|"
    r"\b(?:every|each) (?:winter|summer|spring|autumn|monsoon|season)\b",  # a rate
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# "In the 1990s": a decade is earlier when its last year is.
_DECADE = re.compile(r"\b(1[89]\d|20\d)0'?s\b")
# Children that start another clause or compare ("the highest since 2013"): their dates
# do not date this clause.
_OTHER_CLAUSES = {
    "conj", "ccomp", "parataxis", "relcl", "acl", "advcl", "cc", "appos", "attr", "acomp", "oprd",
}  # fmt: skip


# Long-running causes: "the conflict has since killed more than 6,000" is its whole toll.
_LONG_RUNNING = {"conflict", "war", "insurgency", "rebellion", "uprising", "epidemic"}


def earlier_event(anchor: Token, published: dt.date, began: dt.date | None = None) -> bool:
    """True when the clause of `anchor` is dated before the year of `published`, or is the
    running toll of a long conflict. When the reported event itself began in an earlier
    year (`began`, its month as the text gives it: a follow-up a year on), a date naming
    that year and month is the event's own: "the cyclone that hit the coast in August 2023
    killed about 1,200" in a report of 2025 on that cyclone."""
    dates = _dates_around(anchor)
    if not dates and _refers_back(anchor):
        dates = _main_dates(anchor.doc[anchor.sent.start - 1].sent)
    elif _years_on_from_before(dates, anchor, published):
        return True
    if _of_a_season(anchor):
        dates = [_THIS_YEAR.sub("", text) for text in dates]
    return (
        _long_running(anchor)
        or _followed(anchor)
        or any(
            _is_earlier(text, published) and not _own_date(text, published, began) for text in dates
        )
    )


# What a season or a wave brings counts "this year" as its own toll ("the floods have killed
# 300 people this year", "the rallies earlier this year, which left 25 people dead"); the
# attacks of a year are a series, recalled beside the latest.
_SEASONS = frozenset({"flood", "storm"} | {row.slug for row in EVENT_TYPES if row.grain == "year"})
_THIS_YEAR = re.compile(r"\b(?:so far )?this year\b", re.IGNORECASE)


def _of_a_season(anchor: Token) -> bool:
    """The clause's subject, or what it happened in, is a flood, a storm or a wave (protests,
    a war, a drought, an epidemic): "the rains have killed", "died in the floods this year";
    or the noun a relative clause on the count hangs on ("rallies, which left")."""
    verb = clause_verb(anchor)
    causes = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    causes += [g for c in verb.children if c.dep_ in ("prep", "agent") for g in c.children]
    which = next((c for c in causes if c.lower_ == "which"), None)
    if which is not None:
        causes += _antecedent(which)
    return any(
        (row := type_of_token(cause)) is not None and row.slug in _SEASONS for cause in causes
    )


def _antecedent(which: Token) -> list[Token]:
    """The noun "which" stands for: the last one before it, past a date the parser may have
    hung between them ("the rallies earlier this year, which")."""
    for token in reversed(which.doc[which.sent.start : which.i]):
        if token.ent_type_ == "DATE" or token.is_punct:
            continue
        return [token] if token.pos_ in ("NOUN", "PROPN") else []
    return []


def own_clause_dated_earlier(verb: Token, published: dt.date, began: dt.date | None) -> bool:
    """A verb dated, in its own clause, before the year of `published` and not by the
    reported event's own year and month (`began`, as in `earlier_event`): "in 2019 the
    president dismissed X", "in November 2022, when he replaced X". Dates of a clause about
    someone ("X, who has led the office since 2021, was dismissed") or of a span up to now
    ("since 2021") do not date the verb."""
    dates = [
        e.text for e in entities_in(verb.sent) if e.label_ == "DATE" and _dates_verb(e.root, verb)
    ]
    earlier = (_is_earlier(t, published) and not _own_date(t, published, began) for t in dates)
    if any(earlier):
        return True
    # "was arrested in 2009, charged and, two years later, acquitted": a verb joined to a
    # dated one, with no date or only a date after it, happened then too.
    joined = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
    return (
        joined
        and all(_RELATIVE.search(text) for text in dates)
        and own_clause_dated_earlier(verb.head, published, began)
    )


# Dates told only from another: "two years later", "a week afterwards".
_RELATIVE = re.compile(r"\b(?:later|after|afterwards)\b", re.IGNORECASE)
_YEARS_ON = re.compile(r"\b(a|an|one|\w+) years? (?:later|after|afterwards)\b", re.IGNORECASE)


def _years_on_from_before(dates: list[str], anchor: Token, published: dt.date) -> bool:
    """ "An epidemic in 2015 killed 500. Two years later, one across the border killed
    1,100": a clause dated only years on from the year the sentence before gives, still
    before the year of publication."""
    if anchor.sent.start == 0:
        return False
    years = [
        int(year)
        for text in _main_dates(anchor.doc[anchor.sent.start - 1].sent)
        for year in _YEAR.findall(text)
    ]
    for text in dates:
        found = _YEARS_ON.search(text)
        if found is None or not years:
            continue
        word = found.group(1).lower()
        later = 1 if word in ("a", "an") else number_value(word)
        if later is not None and max(years) + later < published.year:
            return True
    return False


_OWN_CLAUSE_HOPS = 6


def _dates_verb(date: Token, verb: Token) -> bool:
    """The date hangs on the verb through words that are no verb of their own."""
    if verb.dep_ in ("relcl", "advcl") and verb.head.i == date.i:
        return True  # "in November 2022, when he replaced X"
    if date.dep_ in ("nummod", "compound", "amod") and date.head.pos_ in ("NOUN", "PROPN"):
        return False  # a year that names a thing: "a 2014-batch officer", "the 2019 killings"
    node = date
    for _ in range(_OWN_CLAUSE_HOPS):
        head = node.head
        if head.i == node.i or (node.dep_ == "pobj" and head.lower_ == "since"):
            return False
        if node.dep_ == "appos":
            return False  # a date of who someone is: "X, a member since 2019,"
        if head.i == verb.i:
            return True
        if head.pos_ in ("VERB", "AUX") or node.dep_ in ("relcl", "acl", "nsubj", "nsubjpass"):
            return False  # another clause's date: "for misappropriating funds in 2021"
        node = head
    return False


# "A cyclone struck the same coast in 1977. It drowned some 9,000": a clause of its
# own with no date, whose subject is a pronoun, tells of what the sentence before it dated.
_BACK_REFERENCES = {"it", "that", "this"}


def _refers_back(anchor: Token) -> bool:
    clause = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    subjects = (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    return anchor.sent.start > 0 and any(c.lower_ in _BACK_REFERENCES for c in subjects)


def _main_dates(sentence: Span) -> list[str]:
    """The sentence's dates, but for those it compares with ("the fiercest since 1948")."""
    return [
        ent.text
        for ent in entities_in(sentence)
        if ent.label_ == "DATE" and ent.root.head.lower_ not in ("since", "than")
    ]


_MONTH = re.compile(rf"\b{MONTH_WORD}", re.IGNORECASE)
_A_YEAR_AGO = re.compile(r"\b(?:last|previous) year\b|\b(?:a|one) year ago\b", re.IGNORECASE)


def _own_date(text: str, published: dt.date, began: dt.date | None) -> bool:
    """The date names the year (and the month, if any) the reported event began in, when
    that is before the year of publication."""
    if began is None or began.year >= published.year:
        return False
    years = {int(year) for year in _YEAR.findall(text)}
    if not years:
        return _A_YEAR_AGO.search(text) is not None and began.year == published.year - 1
    months = {month_number(m) for m in _MONTH.findall(text)}
    return years == {began.year} and months <= {began.month}


# "The shooting came three weeks after ...", "it follows days after ...": what the reported
# event comes after is another event, whatever it shares with this one.
_SEQUELS = {"come", "follow"}
_RECALLED_KEY = "history_recalled"


def _followed(anchor: Token) -> bool:
    return anchor.i in recalled_tokens(anchor.doc)


def recalled_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens of clauses that tell of the event the reported one came some
    time after: "the shooting came three weeks after a car bomb in X killed 14", "...days
    after riots in which 12 died". The span of time is required: "the arrests came after
    protesters killed two officers" tells of this event's own course. Computed once per
    parse."""
    found: frozenset[int] | None = doc.user_data.get(_RECALLED_KEY)
    if found is None:
        inside: set[int] = set()
        for after in (t for t in doc if t.lower_ == "after"):
            clause = after.head if after.dep_ == "mark" else after
            # "two weeks after": the span hangs on "after" or on the clause it opens.
            spans = any(
                c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and c.i < after.i
                for c in (*after.children, *clause.children)
            )
            sequel = spans and clause.head.lemma_ in _SEQUELS and clause.head is not clause
            if sequel or (after.dep_ == "mark" and one_of_a_series(clause.head)):
                inside.update(t.i for t in clause.subtree)
        found = doc.user_data[_RECALLED_KEY] = frozenset(inside)
    return found


def one_of_a_series(clause: Token) -> bool:
    """ "It was the second fire of the week, after a blaze in X killed 10": the event is
    numbered in a series, and what it came after is another of the series."""
    return clause.lemma_ == "be" and any(
        c.dep_ == "attr" and any(_in_a_series(m) for m in c.children) for c in clause.children
    )


_SERIES = frozenset({"latest", "another"})


def _in_a_series(word: Token) -> bool:
    """ "second", "third", "latest", "another"; not "first", which follows nothing."""
    ordinal = word.ent_type_ == "ORDINAL" and word.lower_ != "first"
    return ordinal or word.lower_ in _SERIES


def _long_running(anchor: Token) -> bool:
    """The toll of a long conflict ("the conflict has killed 6,000", "thousands have died in
    the war"), or of what a long history holds ("a long history of feuds that have claimed
    thousands of lives")."""
    verb = clause_verb(anchor)
    perfect = _perfect(verb)
    causes = [c for c in verb.children if c.dep_ == "nsubj"]
    causes += [g for c in verb.children if c.lower_ == "in" for g in c.children]
    if verb.dep_ == "relcl":
        causes.append(verb.head)
    return perfect and any(c.lemma_.lower() in _LONG_RUNNING or _of_a_history(c) for c in causes)


def _perfect(verb: Token) -> bool:
    """The verb is in a perfect tense: "has killed", "have died" (a running count)."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def clause_verb(anchor: Token) -> Token:
    """The verb of the anchor's clause: itself, or the nearest verb above it."""
    return next((a for a in [anchor, *anchor.ancestors] if a.pos_ in ("VERB", "AUX")), anchor)


def _of_a_history(noun: Token) -> bool:
    """ "a long history of land disputes": what a history is of."""
    of = noun.head
    return of.lower_ == "of" and of.head.lemma_.lower() == "history"


def _is_earlier(text: str, published: dt.date) -> bool:
    if _SPAN_OF_YEARS.search(text):
        return True
    return any(int(year) < published.year for year in _YEAR.findall(text)) or any(
        int(decade) * 10 + 9 < published.year for decade in _DECADE.findall(text)
    )


def _dates_around(anchor: Token) -> list[str]:
    clause = anchor
    if anchor.pos_ not in ("VERB", "AUX") and anchor.head.pos_ in ("VERB", "AUX"):
        clause = anchor.head  # "the 1991 cyclone caused 140,000 deaths"
    holders = [anchor, clause]
    if clause.dep_ in ("relcl", "acl"):
        holders.append(clause.head)  # "the 2013 typhoon that killed"
    elif clause.dep_ == "advcl" and any(c.lower_ == "when" for c in clause.children):
        holders.append(clause.head)  # "was attacked in 2019, when two bombers killed"
    # The clauses this one hangs in: "the campaign for the 2021 election was marked by
    # protests in which 54 people were killed"; and what a relative clause among them hangs
    # on ("the worst floods since 2002, when the river burst its banks and killed 38").
    governing = _governing_verbs(clause)
    holders += governing
    holders += [v.head for v in governing if v.dep_ in ("relcl", "acl")]
    own = {anchor.i, clause.i}
    root = anchor.sent.root
    if root.pos_ not in ("VERB", "AUX"):
        # A sentence the parser made verbless: "In the 1990s, the epidemic [...] affected
        # the region, with thousands of deaths", the date on the noun it took for the root;
        # a date it is compared over is its own ("the worst floods since 1998, with 40 dead").
        holders.append(root)
        own.add(root.i)
    texts = []
    for holder in dict.fromkeys(holders):
        words = sorted(_clause_words(holder), key=lambda t: t.i)
        # With "each" or "every", which the recogniser leaves out ("each winter": a rate).
        dated = [
            w
            for w in words
            if (w.ent_type_ == "DATE" or (w.lower_ in _EVERY and w.head.ent_type_ == "DATE"))
            and not (holder.i in own and _compared(w))
        ]
        if dated:
            texts.append(" ".join(w.text for w in dated).replace(" - ", "-"))
    return texts


_SINCE = frozenset({"in", "since", "for", "over"})
_EVERY = frozenset({"each", "every"})


def _compared(date: Token) -> bool:
    """The date a superlative right before it is measured over, in the count's own clause
    ("injured in the worst unrest in decades", "died in the deadliest quake since 1960", "the
    first such attack in years"): it dates no earlier event."""
    root = date
    while root.head.ent_type_ == "DATE" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _SINCE or prep.i == 0:
        return False
    # The noun phrase that ends right before the date's preposition, with no comma between.
    noun = prep.doc[prep.i - 1]
    while noun.head.i > noun.i and noun.head.i < prep.i:
        noun = noun.head
    return any(
        (w.tag_ in ("JJS", "RBS") and not w.head.like_num) or w.lower_ == "first"
        for w in noun.subtree
        if w.i < prep.i and w.ent_type_ != "DATE"
    )


def _governing_verbs(clause: Token) -> list[Token]:
    """The verbs above a clause up to its sentence's main or reported clause, reached through
    relative clauses, nouns, prepositions and coordination."""
    verbs = []
    current = clause
    for _ in range(8):
        if current.dep_ in ("ROOT", "ccomp", "parataxis") or current.head.i == current.i:
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            verbs.append(current)
    return verbs


def _clause_words(holder: Token) -> set[Token]:
    words = {holder}
    for child in holder.children:
        if child.dep_ not in _OTHER_CLAUSES:
            words.update(_unless_compared(child))
    return words


def _unless_compared(token: Token) -> list[Token]:
    """The subtree of `token` without a superlative set beside a noun ("the storm, the
    strongest since a cyclone killed 87 people in 2011, ..."): what it is measured against
    dates no event of the clause."""
    words = [token]
    for child in token.children:
        superlative = child.tag_ == "JJS" or any(
            c.dep_ == "amod" and c.tag_ == "JJS" for c in child.children
        )
        if not (child.dep_ == "appos" and superlative):
            words += _unless_compared(child)
    return words


def another_hazard(anchor: Token, event: str | None) -> bool:
    """In a report on a natural hazard, the count's clause tells of a hazard of another kind
    that is neither its cause nor its consequence: "flash flooding kills 21 in X" on a page about an
    earthquake (a recalled disaster, or another story's headline); in a report on another
    event, of a season's running toll."""
    own = BY_SLUG.get(event or "")
    if own is None:
        return False
    if not own.cause:
        return _a_seasons_toll(clause_verb(anchor))
    found = _events_of_the_clause(anchor)
    hazards = {row for row in found if row.cause}
    return (
        bool(hazards)
        and own not in found
        and all(own.slug not in row.follows and row.slug not in own.follows for row in hazards)
    )


def a_consequence(anchor: Token, event: str | None) -> bool:
    """In a report on a hazard, the count's clause tells of an event at one spot that the
    hazard brought about: "the hoarding collapse has claimed nine lives" in a report on a dust
    storm is a part of the storm's toll (floods a storm brings tell its toll)."""
    own = BY_SLUG.get(event or "")
    if own is None or not own.cause:
        return False
    found = _events_of_the_clause(anchor)
    return own not in found and any(
        row.slug in AT_ONE_SPOT and own.slug in row.follows for row in found
    )


# Words that add up the tolls of several events.
_TOGETHER = frozenset({"together", "combined", "jointly"})
# Words that count events: "two fires", "both blasts".
_SEVERAL = frozenset({"both", "two", "three", "four", "five"})


def several_events(anchor: Token) -> bool:
    """The count adds up several events the sentence counts: "two fires ..., which together
    have left 53 dead", "the combined toll of the two fires": no one event's toll."""
    verb = clause_verb(anchor)
    # Or the verb above, which the parser may hang a count on: "left 53 dead and dozens of
    # injured", "injured" read as a verb.
    verbs = [verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))][:2]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "attr")]
    near = [*(c for v in verbs for c in v.children), *(t for c in subjects for t in c.subtree)]
    if not any(t.lower_ in _TOGETHER for t in near):
        return False
    return any(
        t.tag_ == "NNS"
        and type_of_token(t) is not None
        and any(c.lower_ in _SEVERAL for c in t.children if c.dep_ in ("nummod", "det", "predet"))
        for t in anchor.sent
    )


def another_of_its_kind(anchor: Token) -> bool:
    """The count's clause is told of "another" event: "where the fire of another illegal tap
    has caused 37 dead" in a report on a fire."""
    verb = clause_verb(anchor)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        type_of_token(s) is not None and any(t.lower_ == "another" for t in s.subtree)
        for s in subjects
    )


def _events_of_the_clause(anchor: Token) -> set[EventType]:
    """The event types the count's clause is told of: its subject, or the line before a
    subjectless headline verb, and what it happened "in", "by" or "after"."""
    verb = clause_verb(anchor)
    causes = [t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    causes = causes or _line_before(verb)
    causes += [g for c in verb.children if c.lower_ in ("in", "by", "after") for g in c.children]
    return {row for row in map(type_of_token, causes) if row is not None}


def _a_seasons_toll(verb: Token) -> bool:
    """ "Monsoon rains have killed 140 people across the country" in a report on a roof that
    fell in the rain: the season's running toll, not the report's event's (not "heavy rains
    brought the roof down, killing eight")."""
    if verb.dep_ == "prep":
        verb = verb.head  # "..., including 52 in X": the count's part, read on its verb
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return _perfect(verb) and any(w.lower_ in SEASONAL_WEATHER for s in subjects for w in s.subtree)


def _line_before(verb: Token) -> list[Token]:
    """The words before a verb the parser found no subject for, back to the line break or
    the sentence's start: a headline run into the next line ("Flash flooding kills 21 in X")."""
    words: list[Token] = []
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if "\n" in token.text:
            break
        words.append(token)
    return words
