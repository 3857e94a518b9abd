"""Figure claims: counts of deaths, injured and arrested, found through the dependency parse.

A count becomes a claim only when the parse ties it to a casualty word, in one of these ways:
- it counts a metric noun: "164 deaths", "6,000 arrests", "a death toll of 164";
- it counts people who are the patient of a casualty verb: "killed 26 demonstrators",
  "4,400 people have been arrested", or the subject of "die": "18 officers died";
- it counts people described by a reduced relative or predicate: "26 people dead",
  "2,000 wounded", "hundreds injured", "left 26 dead";
- it is what a running total reaches: "the death toll rose to 164", "deaths stand at 50".
A count tied to anything else (planes, countries, years, money, ages) is never a claim, and
counts inside dates, times, money and percentages are skipped. Counts of things that are not
people ("20 planes") are not claims even next to a casualty verb.

Not claims (see `modality`): hypothetical, negated, feared or demanded clauses ("could rise
to 200", "may have died", "feared dead"), and a count directly negated ("not 164").
Coordinated verbs ("riots that killed and arrested thousands") take the verb nearest the count,
so that reading never yields thousands of deaths.
"""

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from schemas.claim import Metric
from streams.extract.attribution import attribution, reporting_verb
from streams.extract.dates import date_of
from streams.extract.lexicon import (
    EXPERIENCER_VERBS,
    METRIC_NOUNS,
    PATIENT_VERBS,
    PEOPLE,
    SCOPES,
    STATE_WORDS,
    TOTAL_VERBS,
)
from streams.extract.modality import asserted, corrects
from streams.extract.numbers import Quantity, find_quantities

_SKIP_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
_LIGHT_NOUNS = {"member", "others", "more", "number", "total"}


@dataclass(frozen=True)
class Figure:
    """A figure as found in the parse, before it is dressed as a claim."""

    sentence: Span
    quantity: Quantity
    metric: Metric
    scope: str
    attribution: str | None
    as_of: dt.date | None
    corrects: bool


@dataclass(frozen=True)
class _Reading:
    metric: Metric
    counted: Token
    anchor: Token


def find_figures(doc: Doc, published: dt.date) -> list[Figure]:
    """Every asserted casualty or arrest figure in `doc`, in text order."""
    figures = []
    for sentence in doc.sents:
        correcting = corrects(sentence)
        for local in find_quantities(sentence.text):
            quantity = _shift(local, sentence.start_char)
            number = doc.char_span(quantity.num_start, quantity.num_end, alignment_mode="expand")
            if number is None or _skipped(number):
                continue
            reading = _read(number.root)
            if reading is None or not asserted(reading.anchor):
                continue
            said = reporting_verb(reading.anchor)
            as_of = date_of(reading.anchor, published) or (
                date_of(said, published) if said is not None else None
            )
            figures.append(
                Figure(
                    sentence=sentence,
                    quantity=quantity,
                    metric=reading.metric,
                    scope=_scope(reading.counted),
                    attribution=attribution(reading.anchor, sentence),
                    as_of=as_of,
                    corrects=correcting,
                )
            )
    return figures


def _shift(quantity: Quantity, offset: int) -> Quantity:
    return Quantity(
        quantity.start + offset,
        quantity.end + offset,
        quantity.num_start + offset,
        quantity.num_end + offset,
        quantity.value,
        quantity.low,
        quantity.high,
        quantity.qualifier,
        quantity.as_written,
    )


def _skipped(number: Span) -> bool:
    if any(t.ent_type_ in _SKIP_ENTITIES for t in number):
        return True
    before = number.doc[number.start - 1] if number.start > 0 else None
    return before is not None and before.lower_ in ("not", "no")


def _counted(number: Token) -> Token:
    """The noun a number counts ("26 demonstrators" -> demonstrators), or the number itself."""
    token = number
    while token.dep_ in ("compound", "quantmod") and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("nummod", "amod", "quantmod") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    return token


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _is_people(token: Token, number: Token) -> bool:
    if token.i == number.i:
        return True
    lemma = token.lemma_.lower()
    if lemma in PEOPLE or token.lower_ in PEOPLE or token.ent_type_ == "NORP":
        return True
    inner = _of_object(token) if lemma in _LIGHT_NOUNS else None
    return inner is not None and _is_people(inner, number)


def _read(number: Token) -> _Reading | None:
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and after.lower_ in STATE_WORDS and after.tag_ in ("VBN", "JJ", "VBD"):
        # "2,000 injured" even when the parser hangs the number on a later noun.
        return _Reading(STATE_WORDS[after.lower_], number, after)
    counted = _counted(number)
    noun = METRIC_NOUNS.get(counted.lemma_.lower()) if counted.i != number.i else None
    if noun is not None:
        return _Reading(noun, counted, counted)
    if not _is_people(counted, number):
        return None
    return _described(counted) or _by_role(counted)


def _described(counted: Token) -> _Reading | None:
    """ "26 people dead", "2,000 wounded", "hundreds injured", "people killed in clashes"."""
    tail = _of_object(counted) or counted
    doc = counted.doc
    following = [doc[tail.i + 1]] if tail.i + 1 < len(doc) else []
    modifiers = [c for c in counted.children if c.dep_ in ("amod", "acl") and c.i > counted.i]
    for word in [*following, *modifiers]:
        metric = STATE_WORDS.get(word.lower_)
        if metric is None or any(c.dep_ == "dobj" for c in word.children):
            continue
        return _Reading(metric, counted, word)
    return None


def _by_role(counted: Token) -> _Reading | None:
    """The count as subject or object of a casualty verb, or as a total something reaches."""
    role = counted
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head
    verb = role.head
    lemma = verb.lemma_.lower()
    if role.dep_ in ("nsubj", "nsubjpass"):
        if lemma in EXPERIENCER_VERBS:
            return _Reading(EXPERIENCER_VERBS[lemma], counted, verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        passive = role.dep_ == "nsubjpass" or verb.tag_ == "VBN"
        if lemma in PATIENT_VERBS and (passive or not objects):
            return _Reading(PATIENT_VERBS[lemma], counted, verb)
        if lemma == "lose" and any(o.lemma_ == "life" for o in objects):
            return _Reading("deaths", counted, verb)
        for complement in verb.children:
            state = STATE_WORDS.get(complement.lower_)
            if complement.dep_ in ("acomp", "attr", "oprd") and state is not None:
                return _Reading(state, counted, verb)
    if role.dep_ == "dobj":
        verb = _nearest_coordinated(verb, role)
        lemma = verb.lemma_.lower()
        if lemma in PATIENT_VERBS:
            return _Reading(PATIENT_VERBS[lemma], counted, verb)
    if role.dep_ == "pobj" and role.head.lower_ == "of":
        owner = METRIC_NOUNS.get(role.head.head.lemma_.lower())
        if owner is not None:
            return _Reading(owner, counted, role.head.head)
    if role.dep_ == "pobj" and role.head.lower_ == "including":
        # "killed 12 civilians, including four children": the part shares the whole's metric.
        whole = next((c for c in role.head.head.children if c.dep_ == "nummod"), None)
        outer = _read(whole) if whole is not None else None
        return _Reading(outer.metric, counted, outer.anchor) if outer else None
    if role.dep_ == "pobj" and role.head.lower_ in ("to", "at"):
        return _total(role.head.head, counted)
    if role.dep_ in ("attr", "dobj"):
        return _total(verb, counted)
    return None


def _nearest_coordinated(verb: Token, obj: Token) -> Token:
    """Of coordinated verbs sharing an object, the one nearest before it."""
    nearest = verb
    for other in verb.conjuncts:
        if nearest.i < other.i < obj.i and other.lemma_.lower() in PATIENT_VERBS:
            nearest = other
    return nearest


def _total(verb: Token, counted: Token) -> _Reading | None:
    if verb.lemma_.lower() not in TOTAL_VERBS:
        return None
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for word in subject.subtree:
            metric = METRIC_NOUNS.get(word.lemma_.lower()) or STATE_WORDS.get(word.lower_)
            if metric is not None:
                return _Reading(metric, counted, verb)
    return None


def _scope(counted: Token) -> str:
    """Who was counted: protesters, security forces, civilians, children, foreigners or all."""
    nouns = [counted]
    inner = _of_object(counted)
    if inner is not None:
        nouns.append(inner)
    for noun in nouns:
        for word in [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]:
            scope = SCOPES.get(word.lemma_.lower()) or SCOPES.get(word.lower_)
            if scope is not None:
                return scope
    return "total"
