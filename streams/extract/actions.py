"""Action claims: people and bodies dismissed, resigned, arrested, charged, released, appointed.

Triggers are verbs read through the parse ("X was dismissed", "Tokayev dismissed X",
"X resigned", "a pianist detained by the police", coordinated "fired and arrested") and the
nouns of those actions when an announcement governs them ("the arrest of X was announced",
"the government announced its resignation"); a bare noun ("despite his resignation") is
background, not news, and is skipped. Detention is reported as `arrested`, one action as it
is one metric.

The subject must be a named person (a PERSON entity, a pronoun resolved to the nearest
person before it, or a role noun with a person in apposition) or a governing body
("the government" -> "Government of Kazakhstan"). A subject named only by its role ("the
former head of the agency has been arrested") lends its role and charge to the same action
on a named person in a neighbouring sentence, and is otherwise dropped.
Surnames spelled within one edit of each other in the same article are one person: the
fullest name is the subject, the other spellings its aliases.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token

from schemas.claim import Action, SubjectKind
from streams.extract.attribution import phrase
from streams.extract.dates import date_of
from streams.extract.modality import asserted
from streams.names.canonical import canonical_name

VERBS: dict[str, Action] = {
    "dismiss": "dismissed", "fire": "dismissed", "sack": "dismissed", "remove": "dismissed",
    "oust": "dismissed", "depose": "dismissed", "relieve": "dismissed",
    "resign": "resigned", "quit": "resigned",
    "arrest": "arrested", "detain": "arrested", "charge": "charged", "indict": "charged",
    "release": "released", "free": "released", "appoint": "appointed", "nominate": "appointed",
}  # fmt: skip
NOUNS: dict[str, Action] = {
    "dismissal": "dismissed", "removal": "dismissed", "ouster": "dismissed",
    "sacking": "dismissed", "resignation": "resigned", "arrest": "arrested",
    "detention": "arrested", "release": "released", "appointment": "appointed",
}  # fmt: skip
_ANNOUNCING = {"announce", "confirm", "order", "report", "accept", "approve", "declare"}
_ACTOR_IS_SUBJECT = {"resigned"}
BODIES = {"government", "cabinet", "parliament", "council", "administration", "ministry"}
_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
_BODY_PRONOUNS = {"it", "its", "whose", "which"}
_CHARGE_HEADS = {"charge", "charges", "suspicion", "accusation", "accusations"}


@dataclass(frozen=True)
class Subject:
    name: str
    kind: SubjectKind
    role: str | None = None


@dataclass(frozen=True)
class Found:
    """An action as found in the parse, before it is dressed as a claim."""

    sentence: Span
    action: Action
    subject: str
    kind: SubjectKind
    role: str | None
    detail: str | None
    by: str | None
    date: dt.date | None
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Candidate:
    sentence_index: int
    found: Found
    named: bool


def find_actions(doc: Doc, published: dt.date, country: str | None) -> list[Found]:
    """Every asserted action on a named person or body in `doc`, in text order."""
    people = _people(doc)
    candidates = []
    for index, sentence in enumerate(doc.sents):
        for token in sentence:
            action = _trigger(token)
            if action is None or not asserted(token):
                continue
            for target, role in _targets(token, action):
                subject = _subject(target, role, people, country)
                found = Found(
                    sentence=sentence,
                    action=action,
                    subject=subject.name if subject else "",
                    kind=subject.kind if subject else "person",
                    role=_position(token) or (subject.role if subject else role),
                    detail=_detail(token, sentence) if action in ("arrested", "charged") else None,
                    by=_by(token, action, people),
                    date=_date(token, published),
                )
                candidates.append(_Candidate(index, found, subject is not None))
    return _lend_roles(candidates, people)


def _trigger(token: Token) -> Action | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in VERBS:
        return VERBS[lemma]
    if token.pos_ == "VERB" and lemma == "step" and any(c.lower_ == "down" for c in token.children):
        return "resigned"
    if token.pos_ == "NOUN" and lemma in NOUNS and token.head.lemma_.lower() in _ANNOUNCING:
        return NOUNS[lemma]
    return None


def _targets(token: Token, action: Action) -> list[tuple[Token, str | None]]:
    """The tokens naming who was acted on, each with a role noun phrase when there is one."""
    if token.pos_ == "NOUN":
        deps = ("poss",) if action in _ACTOR_IS_SUBJECT else ("poss", "of")
        return [(t, None) for t in _noun_arguments(token, deps)]
    verb = token
    while not _own_arguments(verb, action) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    found = _own_arguments(verb, action)
    if not found and token.dep_ in ("acl", "relcl") and token.dep_ == "acl":
        found = [token.head]
    targets: list[tuple[Token, str | None]] = []
    for target in found:
        named = [t for t in _conjoined(target) if t.ent_type_ == "PERSON" or t.pos_ == "PRON"]
        if named or target.pos_ == "PROPN" or target.lemma_.lower() in BODIES:
            targets.extend((t, None) for t in (named or [target]))
            continue
        listed = _listed_people(token, target)
        role = phrase(target)
        targets.extend((t, role) for t in listed) if listed else targets.append((target, role))
    return targets


def _own_arguments(verb: Token, action: Action) -> list[Token]:
    deps = ("nsubj",) if action in _ACTOR_IS_SUBJECT else ("nsubjpass", "dobj")
    return [c for c in verb.children if c.dep_ in deps]


def _noun_arguments(noun: Token, deps: tuple[str, ...]) -> list[Token]:
    found = [c for c in noun.children if c.dep_ == "poss" and "poss" in deps]
    if "of" in deps:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                found.extend(g for g in child.children if g.dep_ == "pobj")
    return found


def _conjoined(token: Token) -> list[Token]:
    return [token, *(c for c in token.subtree if c.dep_ == "conj" and c.pos_ == "PROPN")]


def _listed_people(trigger: Token, role: Token) -> list[Token]:
    """People named after a plural role: "dismissed two deputies ..., Marat Osipov and X"."""
    heads = []
    for token in trigger.sent:
        if token.i <= role.i or token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        if token.ent_type_ == "PERSON" or (token.dep_ == "conj" and token.head in heads):
            heads.append(token)
    return heads


def _name(token: Token) -> str:
    """The full proper name a token heads ("Karim Masimov"), from entity or compounds."""
    if token.ent_type_ == "PERSON":
        for entity in token.doc.ents:
            if entity.start <= token.i < entity.end:
                return entity.text
    parts = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, token])


def _people(doc: Doc) -> dict[str, str]:
    """Every person's mention in the article -> the fullest spelling of that person."""
    mentions = [e.text for e in doc.ents if e.label_ == "PERSON"]
    surnames = {m.split()[-1].lower() for m in mentions if m.split()}
    # Misspelt surnames the recogniser missed ("Kasimov" beside "Masimov").
    mentions += [
        t.text
        for t in doc
        if t.text[:1].isupper()
        and t.ent_type_ != "PERSON"
        and len(t.text) >= 5
        and any(Levenshtein.distance(t.lower_, s) == 1 for s in surnames)
    ]
    names = sorted(
        {canonical_name(m) for m in mentions if m.strip()}, key=lambda n: (-len(n.split()), n)
    )
    resolved: dict[str, str] = {}
    for name in names:
        surname = name.split()[-1]
        for full in names:
            other = full.split()[-1]
            if full in resolved.values() and Levenshtein.distance(
                surname.lower(), other.lower()
            ) <= (1 if len(surname) >= 5 else 0):
                resolved[name] = full
                break
        else:
            resolved[name] = name
    return resolved


def _resolve_person(name: str, people: dict[str, str]) -> str:
    name = canonical_name(name)
    if name in people:
        return people[name]
    surname = name.split()[-1].lower()
    for mention, full in people.items():
        if Levenshtein.distance(mention.split()[-1].lower(), surname) <= (
            1 if len(surname) >= 5 else 0
        ):
            return full
    return name


def _subject(
    target: Token, role: str | None, people: dict[str, str], country: str | None
) -> Subject | None:
    lower = target.lower_
    if lower in _PRONOUNS:
        person = _antecedent(target, lambda t: t.ent_type_ == "PERSON")
        return Subject(_resolve_person(_name(person), people), "person", role) if person else None
    if lower in _BODY_PRONOUNS or any(
        c.lower_ in _BODY_PRONOUNS for c in target.children if c.dep_ == "poss"
    ):
        owner = target.head if lower in ("whose", "which") else None
        if target.dep_ in ("nsubj", "nsubjpass") and target.head.dep_ == "relcl":
            owner = target.head.head
        owner = owner or _antecedent(target, lambda t: t.lemma_.lower() in BODIES)
        return _body(owner, country) if owner is not None else None
    if target.lemma_.lower() in BODIES:
        return _body(target, country)
    if (target.dep_ == "appos" and target.head.ent_type_ == "PERSON") or (
        target.dep_ == "appos" and target.head.pos_ == "PROPN"
    ):
        return Subject(_resolve_person(_name(target.head), people), "person", phrase(target))
    appositive = [c for c in target.children if c.dep_ == "appos"]
    if target.ent_type_ == "PERSON" or (
        target.pos_ == "PROPN" and target.ent_type_ in ("", "PERSON")
    ):
        roles = [phrase(a) for a in appositive if a.ent_type_ != "PERSON"]
        if target.dep_ == "appos" and target.head.pos_ == "NOUN":
            roles.append(phrase(target.head))
        return Subject(
            _resolve_person(_name(target), people), "person", role or (roles[0] if roles else None)
        )
    for child in appositive:
        if child.ent_type_ == "PERSON":
            return Subject(_resolve_person(_name(child), people), "person", phrase(target))
    return None


def _antecedent(token: Token, test: Callable[[Token], bool]) -> Token | None:
    """The nearest earlier token that passes `test`, looking back a few sentences at most."""
    for index in range(token.i - 1, max(token.sent.start - 60, -1), -1):
        candidate = token.doc[index]
        if test(candidate):
            return candidate
    return None


def _body(token: Token, country: str | None) -> Subject:
    kind = token.lemma_.lower()
    places = [
        c
        for c in token.children
        if c.ent_type_ in ("GPE", "NORP") and c.dep_ in ("amod", "compound", "poss")
    ]
    place = _country_of(places[0].text) if places else country
    name = f"{kind.capitalize()} of {place}" if place else kind.capitalize()
    return Subject(name, "body")


def _country_of(word: str) -> str:
    from streams.incidents.gazetteer import country_of

    return country_of(word) or word


def _position(trigger: Token) -> str | None:
    """The post named with the action: "dismissed from his position as head of X"."""
    for word in trigger.subtree:
        if (word.lower_ == "as" and word.dep_ == "prep" and word.head.i != trigger.i) or (
            word.lower_ == "as" and word.head.lemma_.lower() in ("position", "post", "job")
        ):
            for inner in word.children:
                if inner.dep_ == "pobj":
                    return phrase(inner)
    return None


def _by(trigger: Token, action: Action, people: dict[str, str]) -> str | None:
    if action in _ACTOR_IS_SUBJECT:
        return None
    for child in trigger.children:
        if child.dep_ == "agent":
            for actor in child.children:
                if actor.dep_ == "pobj":
                    return _actor(actor, people)
        if child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN"):
            return _actor(child, people)
    return None


def _actor(token: Token, people: dict[str, str]) -> str:
    if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.ent_type_ == ""):
        return _resolve_person(_name(token), people)
    return phrase(token)


def _date(trigger: Token, published: dt.date) -> dt.date | None:
    for token in (trigger, trigger.head):
        found = date_of(token, published)
        if found is not None:
            return found
    return None


def _detail(trigger: Token, sentence: Span) -> str | None:
    """The charge: "on charges of X", "for X", "charged with X", "on suspicion of X"."""
    for token in sentence:
        if token.lower_ in _CHARGE_HEADS:
            inner = next(
                (
                    g
                    for c in token.children
                    if c.lower_ in ("of", "with")
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
            if inner is not None:
                return _bare(phrase(inner))
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "with"):
            for inner in child.children:
                if inner.dep_ == "pobj" and inner.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
                    return _bare(phrase(inner))
    return None


def _bare(text: str) -> str:
    return text.strip(" \"'“”‘’.,")


def _lend_roles(candidates: list[_Candidate], people: dict[str, str]) -> list[Found]:
    named = [c for c in candidates if c.named]
    result = []
    for candidate in named:
        found = candidate.found
        for unnamed in candidates:
            close = abs(unnamed.sentence_index - candidate.sentence_index) <= 2
            if unnamed.named or not close or unnamed.found.action != found.action:
                continue
            found = replace(
                found,
                role=found.role or unnamed.found.role,
                detail=found.detail or unnamed.found.detail,
            )
        surname = found.subject.split()[-1]
        aliases = sorted(
            {m for m, full in people.items() if full == found.subject and m.split()[-1] != surname}
        )
        result.append(replace(found, aliases=aliases))
    return result
