"""Action claims: people and bodies dismissed, resigned, arrested, charged, released, appointed.

Triggers are verbs read through the parse ("X was dismissed", "Tokayev dismissed X",
"X resigned", "a pianist detained by the police", coordinated "fired and arrested") and the
nouns of those actions when an announcement governs them ("the arrest of X was announced",
"the government announced its resignation"). Every other construction is a row of
`action_patterns` (a spaCy DependencyMatcher table, each row with its own sentence): noun
forms naming their subject ("X's resignation", "the dismissal of X"), custody, warrants,
suspects, replacements, posts, oaths, lists of detainees, dissolved assemblies. A noun only
spoken of ("despite his resignation", "demanded the resignation of X", "the potential release
of X") is not news and is skipped. Suspension counts as a dismissal and being named a suspect
as a charge, as the claim schema has no other action for them.

The subject must be a named person (a PERSON entity, a proper name the recogniser typed
otherwise but that reads as a person's, a pronoun resolved to the nearest person before it
who is not the one acting on it, or a role noun with a person in apposition), a governing
body ("the government" -> "Government of Kazakhstan", "the National Assembly"), or a company
under its recognised name; never a place, a common noun or a bare title, which gives way to
the name beside it ("the Chief Justice, X"). A subject named only by its role lends its role
and charge to the same action on a named person in a neighbouring sentence, and is otherwise
dropped. Names listed with the subject ("X, Y and Z", "two officers, X and Y", "including
X") share its action. Surnames spelled within one edit of each other in the same article are
one person unless their given names disagree: the fullest name is the subject, the other
spellings its aliases. A role is a post, never a clause or a word naming none.
"""

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from schemas.claim import Action, SubjectKind
from streams.extract.action_patterns import (
    ACTION_NOUNS,
    ASSEMBLIES,
    CASES,
    COURTS,
    PERMITS,
    POSTS,
    SUCCESSORS,
    SUSPECTED,
    SUSPECTS,
    matches,
)
from streams.extract.attribution import REPORTING_VERBS, phrase
from streams.extract.dates import date_of
from streams.extract.entities import entity_at
from streams.extract.history import clause_verb, own_clause_dated_earlier
from streams.extract.lexicon import FINITE_TAGS, PEOPLE, RELATIVE_PRONOUNS, RUINS
from streams.extract.modality import asserted, dismissed_as_untrue, in_an_earlier_version
from streams.extract.name_lists import (
    IDENTIFYING,
    aged,
    all_of_whom,
    conjoined,
    in_a_list,
    inverted_subjects,
    listed_antecedents,
    listed_by_semicolons,
    listed_people,
    name_set_off_after,
    named_after_listed_posts,
)
from streams.extract.numbers import number_value
from streams.extract.person_names import (
    NOT_PEOPLE,
    OCCUPATIONS,
    TITLE_WORDS,
    TITLES,
    a_post,
    bare_title,
    company,
    full_name,
    name_like,
    name_run_end,
    people_named,
    proper_name,
    resolve_person,
    role_noun,
    singular_word,
)
from streams.extract.texts import text_of
from streams.incidents.gazetteer import country_of
from streams.names.canonical import BODY_WORDS

VERBS: dict[str, Action] = {
    "dismiss": "dismissed", "fire": "dismissed", "sack": "dismissed", "remove": "dismissed",
    "ax": "dismissed",  # "axed", as the lemmatiser has it
    "oust": "dismissed", "depose": "dismissed", "relieve": "dismissed",
    "cease": "dismissed",  # "was ceased as councillor", as translated reports say
    "cashier": "dismissed",  # an officer thrown out of the forces
    "suspend": "dismissed", "deactivate": "dismissed", "reassign": "dismissed",
    "interdict": "dismissed",  # suspended from duty, as West African reports say
    "redeploy": "dismissed",  # an officer moved out of his command, as Nigerian reports say
    "resign": "resigned", "quit": "resigned",
    "arrest": "arrested", "nab": "arrested", "apprehend": "arrested", "detain": "detained",
    "recapture": "arrested",  # an escaped prisoner back in custody (not "captured" alone)
    "remand": "detained", "jail": "detained", "imprison": "detained", "charge": "charged",
    "indict": "charged", "book": "charged",
    "impute": "charged",  # "was imputed": made a formal suspect, as translated reports say
    "arraign": "charged", "prosecute": "charged", "release": "released", "free": "released",
    "acquit": "released", "bail": "released", "appoint": "appointed",
    "nominate": "appointed", "install": "appointed", "name": "appointed",
    "reappoint": "appointed", "reinstate": "appointed", "retain": "appointed",
}  # fmt: skip
NOUNS: dict[str, Action] = {
    **ACTION_NOUNS, "separation": "dismissed", "imprisonment": "detained",
    "suspension": "dismissed", "redeployment": "dismissed",
}  # fmt: skip
# Verbs also said of things ("train services were suspended"): people only.
_PEOPLE_ONLY = {
    "suspend", "suspension", "deactivate", "reassign", "redeploy", "redeployment", "retain",
    "cease", "bail",
}  # fmt: skip
# Nouns and verbs that ask for an action rather than report it; a warrant for an arrest
# authorises one (read as a charge by its own rows).
_WANTED = {
    "demand", "call", "seek", "urge", "want", "push", "press", "plea", "ask", "appeal",
    "reject", "revoke", "cancel", "annul", "block", "prevent", "warrant",
}  # fmt: skip
_ANNOUNCING = {"announce", "confirm", "order", "report", "accept", "approve", "declare"}
_ACTOR_IS_SUBJECT = {"resigned"}
BODIES = {"government", "cabinet", "parliament", "council", "administration", "ministry"}
_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
_BODY_PRONOUNS = {"it", "its", "whose", "which"}
_CHARGE_HEADS = {"charge", "charges", "suspicion", "accusation", "accusations"}
# "A case was filed against him": the noun of a charge and the verbs that bring one
# ("formalised charges against X", as translated reports say).
_CASES = {*CASES, "charge", "lawsuit"}
_FILING = {"file", "lodge", "bring", "register", "press", "record", "formalise", "formalize"}
_CUSTODY = {"custody", "detention", "arrest"}
_AMONG: dict[str, Action] = {
    "detained": "detained", "arrested": "arrested", "freed": "released", "released": "released",
}  # fmt: skip
_TIME_PREPOSITIONS = {"after", "before", "since", "during", "until", "following"}
# Words that make a verb "name" an appointment: "named X to command", "named X as minister".
_NAMED_AS = {"as", "to"}
_NOT_TITLE = {"former", "new", "then", "acting", "outgoing"}
_CLAUSE_MARKS = {";", ":", '"', "“", "”"}


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
    weak: bool = False
    trigger: Token | None = None
    target: Token | None = None


def find_actions(
    doc: Doc, published: dt.date, country: str | None, began: dt.date | None = None
) -> list[Found]:
    """Every asserted action on a named person or body in `doc`, in text order; not those
    dated in an earlier year than the news ("in 2019 the president dismissed X", "when he
    replaced X in November 2022"), unless in the year and month the reported event began
    (`began`: a report a year on)."""
    people = people_named(doc)
    sentences = list(doc.sents)
    index_of = {s.start: i for i, s in enumerate(sentences)}
    context = _Context(sentences, people, country, published)
    candidates: list[_Candidate] = []
    for index, sentence in enumerate(sentences):
        for token in sentence:
            action = _trigger(token)
            if (
                action is None
                or not asserted(token)
                or _ordered_to(token)
                or own_clause_dated_earlier(token, published, began)
                # "of the 1,204 detained": a count, of no one named.
                or (token.dep_ in ("acl", "amod") and token.head.like_num)
                or in_an_earlier_version(token)
            ):
                continue
            named_before = _parenthetical_status(token)
            arguments: list[tuple[Token, str | None]] = (
                [(named_before, None)] if named_before else _targets(token, action, people)
            )
            first = len(candidates)
            for target, role in arguments:
                holder = target.dep_ == "poss" and _holder(target.head) == target
                # "Eleven guards were suspended, including X": a group of people is some.
                people_word = target.lemma_.lower() in PEOPLE
                if token.lemma_.lower() in _PEOPLE_ONLY and not (
                    _a_person(target) or holder or people_word
                ):
                    continue
                candidate = _candidate(context, index, token, action, target, role)
                if holder and not _a_person(target):
                    # A firm whose licence was suspended: a body, whatever its name reads as.
                    candidate = replace(candidate, found=replace(candidate.found, kind="body"))
                candidates.append(candidate)
                for companion in _sharing(token, target, people, country):
                    candidates.append(_candidate(context, index, token, action, companion, None))
                named_around = _members_named_next(target, sentences, index) or (
                    _group_named_before(target, sentences, index)
                )
                # "the two women" lends no post; "the two officers" does.
                group = None if target.lemma_.lower() in _ANY_PEOPLE else _singular(target)
                for member in named_around:
                    candidates.append(_candidate(context, index, token, action, member, group))
            # Only for someone unnamed: "released a sketch of the gunman, X" frees no one; a
            # preposition's object is no one acted on ("arrested in flagrante ... X").
            unnamed = all(
                _a_person(t) or t.lemma_.lower() in PEOPLE or t.dep_ == "pobj" for t, _ in arguments
            )
            if unnamed and not any(c.named for c in candidates[first:]):
                for name in name_set_off_after(token, _another_action):
                    candidates.append(_candidate(context, index, token, action, name, None))
    for match in matches(doc):
        # A noun is dated by its own words or by its clause's verb: "his successor, X, was
        # appointed in 2019".
        dated = {match.trigger, clause_verb(match.trigger)}
        if in_an_earlier_version(match.trigger):
            continue  # what a publisher's note says an earlier version wrongly said
        # A successor who "will replace him" is chosen already.
        chosen = match.action == "appointed" and _succeeding(match.trigger)
        if not (_match_asserted(match.trigger) or chosen) or any(
            own_clause_dated_earlier(word, published, began) for word in dated
        ):
            continue
        post = _post(match.nodes["post"]) if "post" in match.nodes else None
        action = match.action
        if post is not None and _off_duty(match.nodes["post"]):
            action, post = "dismissed", None
        bracketed = _parenthetical_status(match.trigger)
        acted_on = bracketed or _antecedent_of(match.target)
        targets = conjoined(acted_on, people) if match.row.listed and not bracketed else [acted_on]
        if match.target.lower_ in RELATIVE_PRONOUNS:
            # "A and B, who remain in jail, as well as C": the clause is said of those before it.
            targets = [t for t in targets if t.i < match.target.i]
        # "named three engineers, X, Y and Z, as suspects": names the parser hangs elsewhere.
        listed = (
            listed_people(match.trigger, acted_on)
            if targets == [acted_on] and acted_on.pos_ == "NOUN" and match.row.listed
            else []
        )
        listed_as = _singular(acted_on) if listed else None
        # "X was named finance minister and Y home minister": the names beside the post.
        gapped = [
            c
            for c in (match.nodes["post"].children if post else [])
            if c.dep_ == "conj" and (c.ent_type_ == "PERSON" or name_like(c))
        ]
        sharing = _sharing(match.trigger, acted_on, people, country)
        index = index_of[match.trigger.sent.start]
        # "X and Y were charged. Both remain in custody": the people a group points back to,
        # in a state of custody.
        grouped = (
            _group_named_before(acted_on, sentences, index)
            if targets == [acted_on]
            and not listed
            and acted_on.lower_ in _THEY | {"both"}
            and action in ("arrested", "detained", "released")
            else []
        )
        for target in [*(listed or grouped or targets), *gapped, *sharing]:
            candidate = _candidate(
                context,
                index,
                match.trigger,
                action,
                target,
                listed_as if target in listed else None,
                match.row.detail,
            )
            # A post is said of the named; an unnamed target lends no post to others.
            role = post if candidate.named and target not in gapped else None
            found = replace(candidate.found, role=role or candidate.found.role)
            candidates.append(replace(candidate, found=found, weak=match.row.weak))
    # "the then labour minister, X, resigned": a post held at an earlier time, whose
    # actions are an earlier event's.
    current = [c for c in candidates if c.target is None or not _held_then(c.target)]
    kept = _said_of_the_status(_not_fallen_governments(current, doc))
    return _lend_roles(_distinct(_complete_names(kept, people)), people)


def _held_then(target: Token) -> bool:
    """ "the then labour minister, X", "Then-prime minister X": the post is qualified as
    held then."""
    holders = [target, *([target.head] if target.dep_ == "appos" else [])]
    return any(w.lower_ == "then" for h in holders for w in h.subtree if w.i < h.i)


def _another_action(word: Token) -> bool:
    """An action said to be done; "released without charge" names no second one."""
    return _trigger(word) is not None and asserted(word)


# "was made Officer on Special Duty (OSD)": a civil servant taken off a post to await
# another, as South Asian reports say; no appointment.
_OFF_DUTY = re.compile(r"(?:OSD|officers? on special duty)\b", re.IGNORECASE)


def _off_duty(post: Token) -> bool:
    """The post is an officer on special duty, read from the words: the parser may hang "on
    special duty" on the verb."""
    return _OFF_DUTY.match(post.doc[post.i : post.i + 4].text) is not None


_ORDERING = frozenset({"order", "direct", "instruct", "tell", "authorise", "authorize"})


def _ordered_to(verb: Token) -> bool:
    """ "ordered police to arrest X": what someone was told to do, yet to be done (the parser
    may read the infinitive as a clause of purpose); a case ordered recorded is a charge."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "advcl")
        and verb.lemma_.lower() not in _FILING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and head.lemma_.lower() in _ORDERING
        and any(c.dep_ == "dobj" for c in head.children)
    )


def _sharing(
    trigger: Token, target: Token, people: dict[str, str], country: str | None
) -> list[Token]:
    """The named who share the action ("were granted bail, including X", "along with X"),
    with those listed beside them ("including the owner, X, and its manager, Y")."""
    return [
        w
        for c in _companions(trigger, target)
        for w in conjoined(c)
        if _subject(w, None, people, country) is not None
    ]


def _companions(trigger: Token, target: Token) -> list[Token]:
    """Who shares the action with its target: "X was arrested along with Y", "together with
    Y", "X, along with Y, was charged", "alongside Y"; who is among its targets when the
    parser hangs "including" on the verb ("three men were arrested, including Y") or on its
    object ("five were granted bail, including Y"); the names of the items after the target's
    in a list that semicolons part ("include X, 45; his wife, Y, 41; and Z")."""
    found = listed_by_semicolons(target)
    # "His deputy, A, and a senior inspector for the city, B, were charged": the parser hangs
    # B on the first post too; the post joined to A says B is another's name.
    named = [a for a in target.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    if len(named) > 1 and any(
        c.dep_ == "conj" and c.pos_ == "NOUN" and named[0].i < c.i < named[1].i
        for c in [*target.children, *named[0].children]
    ):
        found += named[1:]
    objects = [c for c in trigger.children if c.dep_ == "dobj" and c.i != target.i]
    for holder in (trigger, target, *objects, *_charged_with(trigger, target)):
        for prep in holder.children:
            if prep.dep_ == "prep":
                words = _with_words(prep)
                if holder is not target and prep.lower_ == "including":
                    words = [prep]
                found += [g for w in words for g in w.children if g.dep_ == "pobj"]
    return found


# The terms an action's verb may take before its object: "released on bail X", "relieved of
# his duties X".
_TERMS: dict[str, tuple[str, frozenset[str]]] = {
    "released": ("on", frozenset({"bail", "parole", "probation"})),
    "dismissed": ("of", frozenset({"duty", "duties", "post", "position", "command"})),
}


def _object_after_terms(verb: Token, action: Action) -> list[Token]:
    """ "released on bail X", "released on bail the six cooks", "relieved of his duties the
    inspector general, X": who is acted on, set after the terms, which the parser reads as
    the terms' own."""
    if action not in _TERMS or any(c.dep_ in ("nsubjpass", "dobj") for c in verb.children):
        return []  # "were released on bail the next day": its own subject, and a date after
    preposition, terms = _TERMS[action]
    doc, at = verb.doc, verb.i + 1
    if at >= len(doc) or doc[at].lower_ != preposition:
        return []
    at += 1
    if at < len(doc) and doc[at].dep_ == "poss":
        at += 1  # "of his duties"
    if at + 1 >= len(doc) or doc[at].lower_ not in terms:
        return []
    word = doc[at + 1]
    while word.dep_ in ("det", "nummod", "compound", "amod", "poss") and word.head.i > word.i:
        word = word.head
    named = word.pos_ in ("NOUN", "PROPN") and word.ent_type_ not in ("DATE", "TIME")
    return [word] if named else []


def _object_set_late(verb: Token, action: Action) -> list[Token]:
    """ "appointed in his place, on an interim basis, the first deputy minister, X": an
    object set after the verb's adverbials, which the parser hangs on the verb as a noun of
    measure or a conjunct (not a date: "arrested X, and on Monday charged him"), or on "in
    his place" as the place's apposition."""
    if action in _ACTOR_IS_SUBJECT or any(
        c.dep_ in ("nsubjpass", "dobj", "auxpass") for c in verb.children
    ):
        return []
    places = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in ("place", "stead")
    ]
    return [
        c
        for c in [*verb.children, *(a for p in places for a in p.children)]
        if c.dep_ in ("npadvmod", "appos", "conj")
        and c.i > verb.i
        and c.pos_ in ("NOUN", "PROPN")
        and c.ent_type_ not in ("DATE", "TIME")
        and any(g.dep_ in ("appos", "conj") and g.ent_type_ == "PERSON" for g in c.children)
    ]


def _charged_with(trigger: Token, target: Token) -> list[Token]:
    """The words of the charge an action on several gives: "detained four men on suspicion of
    helping the attackers, including X", where the parser hangs "including" on "helping" or
    "attackers"."""
    if target.tag_ != "NNS":
        return []
    return [
        word
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for charge in prep.children
        if charge.lower_ in _CHARGE_HEADS
        for word in charge.subtree
        if word.pos_ in ("NOUN", "VERB") and word.i != charge.i
    ]


def _with_words(prep: Token) -> list[Token]:
    """The word whose object shares an action: "along with", "together with", "alongside"."""
    word = prep.lower_
    if word == "along":
        return [g for g in prep.children if g.lower_ == "with"]
    if word == "with" and any(g.lower_ == "together" for g in prep.children):
        return [prep]
    return [prep] if word == "alongside" else []


@dataclass(frozen=True)
class _Context:
    sentences: list[Span]
    people: dict[str, str]
    country: str | None
    published: dt.date


def _candidate(
    context: _Context,
    index: int,
    token: Token,
    action: Action,
    target: Token,
    role: str | None,
    detail: str | None = None,
) -> _Candidate:
    sentences, people = context.sentences, context.people
    subject = (
        _subject(target, role, people, context.country)
        or _titled(target, role, sentences[max(index - 2, 0) : index + 3], people)
        or _next_subject(target, sentences, index)
        or _identified(target, sentences, index)
    )
    sentence = sentences[index]
    if subject is not None and subject.role and subject.name in subject.role:
        # "the Chief Justice, X": the post before the name, never the name itself.
        post = subject.role.split(",")[0].strip()
        subject = replace(subject, role=post if subject.name not in post else None)
    found = Found(
        sentence=sentence,
        action=action,
        subject=subject.name if subject else "",
        kind=subject.kind if subject else "person",
        # A target that is no person lends its words as a role only when they name a post.
        role=_clean_role(
            _position(token)
            or (subject.role if subject else None)
            or (role if subject or role_noun(target) else None)
        ),
        detail=(_detail(token, sentence) if action in ("arrested", "charged") else None) or detail,
        by=_by(token, action, people),
        date=_date(token, context.published),
    )
    return _Candidate(index, found, subject is not None, trigger=token, target=target)


# Heads of government and governments fall (to protests, a coup, a vote); they are not
# dismissed: "the ousted prime minister", "the government was toppled".
_FALLING = {"oust", "ouster", "depose", "topple", "overthrow"}
_GOVERNMENT_HEADS = re.compile(
    r"\b(?:prime minister|premier|president|chancellor|PM)\b", re.IGNORECASE
)
_GOVERNMENTS = {"government", "cabinet", "regime", "administration"}


def _not_fallen_governments(candidates: list[_Candidate], doc: Doc) -> list[_Candidate]:
    return [c for c in candidates if not _fallen_government(c, doc)]


def _fallen_government(candidate: _Candidate, doc: Doc) -> bool:
    trigger, found = candidate.trigger, candidate.found
    if trigger is None or found.action != "dismissed" or trigger.lemma_.lower() not in _FALLING:
        return False
    if found.kind == "body":
        return any(w.lower() in _GOVERNMENTS for w in found.subject.split())
    if found.role and _GOVERNMENT_HEADS.search(found.role):
        return True
    # The article's own words for the person: "former prime minister Ama Boateng".
    surname = re.escape(found.subject.split()[-1]) if found.subject else None
    head = rf"{_GOVERNMENT_HEADS.pattern}(?:\s+\S+){{0,3}}\s+{surname}\b"
    return surname is not None and re.search(head, text_of(doc), re.IGNORECASE) is not None


def _parenthetical_status(trigger: Token) -> Token | None:
    """The name a bracketed status follows in a list: "Ana Berg (released), Tom Ruiz"."""
    doc = trigger.doc
    if not 1 < trigger.i < len(doc) - 1:
        return None
    before, after, name = doc[trigger.i - 1], doc[trigger.i + 1], doc[trigger.i - 2]
    bracketed = before.text == "(" and after.text == ")"
    return name if bracketed and name.pos_ == "PROPN" else None


def _said_of_the_status(candidates: list[_Candidate]) -> list[_Candidate]:
    """In one sentence, the status said of a person outranks a list's or a descriptor's
    action: "Among the detained are Ana Berg (released), ..." releases her; "jailed opposition
    leader X was freed" frees X."""
    statuses = {
        (c.sentence_index, c.found.subject)
        for c in candidates
        if c.trigger is not None
        and (_parenthetical_status(c.trigger) is not None or c.found.action == "released")
    }
    return [
        c
        for c in candidates
        if (c.sentence_index, c.found.subject) not in statuses
        or c.trigger is None
        or c.found.action not in _CUSTODY_ACTIONS
        or _parenthetical_status(c.trigger) is not None
        or not (c.trigger.dep_ == "amod" or c.trigger.lemma_.lower() in ("be", "include"))
    ]


_CUSTODY_ACTIONS = {"detained", "arrested"}


def _antecedent_of(target: Token) -> Token:
    """The noun a relative pronoun stands for: "X, who surrendered" -> X; also through a
    coordinated verb ("X, who leads a group and has been in detention"); the first of a list
    the clause is said of all of ("X and Y, who were charged")."""
    if target.lower_ not in RELATIVE_PRONOUNS:
        return target
    clause = target.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return _name_set_off_before(target) or target
    # "X and Y, whom police named as suspects": a clause of more than one stands for the list.
    antecedent = _person_described(clause.head) if target.lower_ in _WHO else clause.head
    # Not up to a verb the parser hung a list's name on ("names A, B and C, who remain").
    while (
        antecedent.dep_ == "conj"
        and antecedent.head.pos_ in ("NOUN", "PROPN", "PRON")
        and not _of_one(clause)
    ):
        antecedent = antecedent.head
    return antecedent


_WHO = frozenset({"who", "whom"})


def _name_set_off_before(pronoun: Token) -> Token | None:
    """The name right before ", who" when the parser made no relative clause of it, the first
    of a list ending there: "X and Y, whom police named as suspects" -> X (and Y with it)."""
    if pronoun.i < 2 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    name = pronoun.doc[pronoun.i - 2]
    if name.pos_ != "PROPN":
        return None
    while name.dep_ in ("compound", "flat", "conj") and name.head.i < pronoun.i:
        name = name.head
    return name


def _person_described(noun: Token) -> Token:
    """The person "who" stands for when the parser hung the clause on the last word of the
    post beside the name: "X, head of the gas service, who was suspended" -> X; "X, a
    student from Y, who was charged", "X, his counterpart in Y, who" -> X, not the place a
    name the tagger left untyped or took for a person."""
    # The place of a post set beside a name ("X, a student from Y"), whatever it is tagged.
    described = noun.head.head if noun.head.lower_ in ("from", "in", "at") else None
    if (
        noun.dep_ == "pobj"
        and described is not None
        and described.dep_ == "appos"
        and described.head.pos_ == "PROPN"
        and (described.pos_ == "NOUN" or role_noun(described))
    ):
        return described.head
    if _a_person(noun):
        return noun
    for word in list(noun.ancestors)[:_POST_DEPTH]:
        if word.dep_ == "appos" and _a_person(word.head):
            return word.head
        if word.pos_ in ("VERB", "AUX"):
            break
    return noun


# How deep in a post's words its last noun may lie: "the head of the branch of the utility".
_POST_DEPTH = 6


def _of_one(verb: Token) -> bool:
    """A verb said of one: "who was", "who has", "who leads"."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ == "VBZ" or w.lower_ == "was" for w in words)


def _post(word: Token) -> str:
    """The post a row names, without what is coordinated with it ("the Finance Minister and
    X as the Home Minister" -> "Finance Minister")."""
    cut = {w.i for c in word.children if c.dep_ in ("conj", "cc") for w in c.subtree}
    kept = [w for w in word.subtree if w.i not in cut and not (w.dep_ == "det" and w.head == word)]
    return " ".join(w.text for w in kept).strip(" ,")


def _members_named_next(group: Token, sentences: list[Span], index: int) -> list[Token]:
    """ "The six organisers ... were released. The six students, X, Y, ... and Z, left": a
    counted group acted on, named in the next sentence by a group of the same count."""
    count = next((c.lower_ for c in group.children if c.dep_ == "nummod"), None)
    if count is None or group.tag_ != "NNS" or index + 1 >= len(sentences):
        return []
    for noun in sentences[index + 1]:
        counted = any(c.dep_ == "nummod" and c.lower_ == count for c in noun.children)
        if counted and noun.tag_ == "NNS":
            # The names hang on the noun, or beside it when a dash cut the parse.
            beside = [c for c in noun.head.children if c.dep_ == noun.dep_ and c.pos_ == "PROPN"]
            return _people_among([*conjoined(noun)[1:], *(t for b in beside for t in conjoined(b))])
    return []


def _people_among(words: Iterable[Token]) -> list[Token]:
    """The words that name people, each once, in order."""
    return list(dict.fromkeys(t for t in words if t.ent_type_ == "PERSON" or name_like(t)))


# Words that point back to a group named before: "the two women", "both men"; and to the
# people listed before: "they".
_DEFINITE = frozenset({"the", "both", "these", "those", "all"})
_THEY = frozenset({"they", "them", "their"})
# Group nouns that may point back to any group of people of their count.
_ANY_PEOPLE = frozenset({"man", "woman", "person", "people", "suspect"})


def _names_listed_before(sentence: Span) -> list[Token]:
    """ "X and Y were arrested on Monday. They were freed": the last list of two or more
    people named as a clause's subject or object in the sentence (or the part of it) given."""
    for word in reversed(sentence):
        if word.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        # Or their names beside them: "the promoter, X, and his manager, Y,".
        listed = conjoined(word)
        named = _people_among(
            [*listed, *(a for w in listed for a in w.children if a.dep_ == "appos")]
        )
        if len(named) >= 2:
            return named
    return []


def _group_named_before(group: Token, sentences: list[Span], index: int) -> list[Token]:
    """ "... and two women, X, 23, and Y, 41. The two women were freed": a definite group
    acted on, named by a group of its count in one of the two sentences before; "both men"
    points back to any two people named so ("two brothers, X and Y"), or else to the two the
    sentences before name one each; "they" to the people listed in the sentence before,
    "both" to two."""
    if group.lower_ in _THEY | {"both"}:
        clause = _relative_clause(group)
        if group.lower_ in _THEY and clause is not None:
            # "X, Y and Z appeared in court, where they were charged": the people before.
            return _names_listed_before(group.doc[group.sent.start : clause.i])
        named = _names_listed_before(sentences[index - 1]) if index else []
        if group.lower_ in _THEY:
            return named
        return named if len(named) == 2 else _two_named_before(sentences, index)
    words = {c.lower_: c for c in group.children if c.dep_ in ("det", "predet", "nummod")}
    if group.tag_ != "NNS" or not words.keys() & _DEFINITE:
        return []
    counts = [number_value(w) for w, c in words.items() if c.dep_ == "nummod"]
    count = 2 if "both" in words else next(iter(counts), None)
    if count == 2 and group.lemma_.lower() in _ANY_PEOPLE:
        return _counted_group_before(group, sentences, index, count) or _two_named_before(
            sentences, index
        )
    return _counted_group_before(group, sentences, index, count)


def _two_named_before(sentences: list[Span], index: int) -> list[Token]:
    """ "X was held in detention. Y was released on bail. Prosecutors charged both men": the
    two people the sentence before, or the two before, name as their clauses' subjects or
    objects, one each or both in one."""
    named: list[Token] = []
    for sentence in sentences[max(index - 2, 0) : index][::-1]:
        found = _people_among(
            t
            for w in sentence
            if w.dep_ in ("nsubj", "nsubjpass", "dobj")
            for t in [w, *(a for a in w.children if a.dep_ == "appos")]
        )
        named = [*found, *named]
        if len(named) >= 2 or not found:
            break
    return named if len(named) == 2 else []


def _counted_group_before(
    group: Token, sentences: list[Span], index: int, count: int | None
) -> list[Token]:
    """The people named in a group of `count` (or any count) of the group's own noun (or, for
    "men", "people", any noun) in one of the two sentences before."""
    lemma = group.lemma_.lower()
    for sentence in sentences[max(index - 2, 0) : index][::-1]:
        for noun in sentence:
            counted = [number_value(c.lower_) for c in noun.children if c.dep_ == "nummod"]
            same = noun.lemma_.lower() == lemma or (lemma in _ANY_PEOPLE and count is not None)
            if noun.tag_ != "NNS" or not same or (count is not None and counted != [count]):
                continue
            named = _people_among(
                t for a in noun.children if a.dep_ == "appos" for t in conjoined(a)
            )
            if named and count in (None, len(named)):
                return named
    return []


def _relative_clause(word: Token) -> Token | None:
    """The verb of the relative clause `word` is in, if any ("where he was charged")."""
    return next((a for a in word.ancestors if a.dep_ == "relcl"), None)


def _a_person(target: Token) -> bool:
    """Someone the recogniser or the words make a person: a name, "he", "the police chief"."""
    return (
        target.ent_type_ == "PERSON"
        or target.lower_ in _PRONOUNS
        or role_noun(target)
        or target.lower_ in TITLES  # "suspended the Commissioner for X, Dr Y", capitalised
        or (target.ent_type_ == "" and name_like(target))
        or _ranked(target)
        # "X, whose suspension was announced": the person the clause is of.
        or any(_a_person(antecedent) for antecedent in _whose_antecedent(target))
    )


def _whose_antecedent(target: Token) -> list[Token]:
    """What "whose" stands for: the word its relative clause hangs on ("X, whose suspension
    was announced")."""
    if target.lower_ != "whose":
        return []
    clause = _relative_clause(target)
    return [clause.head] if clause is not None else []


def _ranked(target: Token) -> bool:
    """ "Constable X Y Z was suspended": a title right before a name of two words or more that
    the recogniser took for a body, or a post in apposition to it."""
    if target.ent_type_ != "ORG" or target.pos_ != "PROPN":
        return False
    # "X Y, the head of the authority": a name with a person's post beside it.
    if any(c.dep_ == "appos" and c.lemma_.lower() in POSTS for c in target.children):
        return True
    doc, first = target.doc, target.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head == target:
        first -= 1
    # The title before the name, or the first of its words: "Constable X Y".
    titled = first > 0 and doc[first - 1].lower_.rstrip(".") in TITLES
    return first < target.i and (titled or (first + 1 < target.i and doc[first].lower_ in TITLES))


def _arrest_ordered(noun: Token, verb: Token) -> bool:
    """ "A judge ordered the arrest of X": a warrant for an arrest, read as a charge as the
    warrant rows are, not yet an arrest; "ordered the house arrest of X" confines X."""
    house = any(c.lower_ == "house" for c in noun.children)
    return noun.lemma_.lower() == "arrest" and verb.lemma_.lower() == "order" and not house


def _pending_trial(verb: Token) -> bool:
    """ "The court ordered the arrest of X pending trial": a court jailing those brought
    before it (as Turkish courts do), no warrant."""
    words = list(verb.subtree)
    return any(w.lower_ == "pending" and n.lemma_.lower() == "trial" for w, n in pairwise(words))


def _match_asserted(trigger: Token) -> bool:
    """A row's trigger is asserted, and so is the verb a noun trigger hangs on, which must not
    ask for the action: "called for the resignation of X" is not a resignation."""
    if not asserted(trigger):
        return False
    word = trigger
    while trigger.pos_ == "NOUN" and word.head.i != word.i and word.pos_ not in ("VERB", "AUX"):
        word = word.head
        if word.lemma_.lower() in _WANTED:
            return False
    if _arrest_ordered(trigger, word):
        return False  # read as a charge (`_trigger`)
    if _turned_down(trigger):
        return False
    # "A warrant was issued for the arrest of X": what the verb issued asks for it.
    asking = any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in _WANTED and c.i != trigger.i
        for c in word.children
    )
    # "Her successor, X, will chair the talks": what the named successor will do is to come,
    # the succession is not.
    succeeded = trigger.lemma_.lower() in SUCCESSORS and _to_come(word)
    return word is trigger or ((asserted(word) or succeeded) and not asking)


def _to_come(verb: Token) -> bool:
    """ "will chair": a plain future, neither negated nor only possible."""
    helpers = [c.lower_ for c in verb.children if c.dep_ in ("aux", "neg")]
    return bool(helpers) and all(h in ("will", "'ll") for h in helpers)


_REFUSING = frozenset({"refuse", "reject", "decline"})


# What a refusal of an offer to resign names: the offer itself, or "it" and "which".
_THE_OFFER = frozenset({"it", "which", "offer", "resignation"})


def _turned_down(trigger: Token) -> bool:
    """ "offered her resignation, but the minister refused to accept it", "submitted his
    resignation, which the cabinet rejected", "offered it to X, who turned it down", "...
    offered his resignation. The offer was not accepted.": an offer that this sentence or
    the next says was turned down is no resignation."""
    sentence = trigger.sent
    after = list(sentence[trigger.i - sentence.start + 1 :])
    if sentence.end < len(trigger.doc):
        after += list(trigger.doc[sentence.end].sent)
    for verb in after:
        lemma = verb.lemma_.lower()
        if lemma == "accept" and any(c.dep_ == "neg" for c in verb.children):
            words = [verb]
        elif lemma in _REFUSING:
            words = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        elif lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
            words = [verb]  # "the minister, who said he had turned it down"
        else:
            continue
        if any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _THE_OFFER
            for w in words
            for c in w.children
        ):
            return True
    return False


def _distinct(candidates: list[_Candidate]) -> list[_Candidate]:
    """One candidate per sentence, action and named subject; a weak reading of a subject only
    where nothing else in the article is said of it."""
    strong = {c.found.subject for c in candidates if c.named and not c.weak}
    seen: set[tuple[int, Action, str]] = set()
    kept = []
    for candidate in candidates:
        key = (candidate.sentence_index, candidate.found.action, candidate.found.subject)
        if candidate.named and (
            key in seen or (candidate.weak and candidate.found.subject in strong)
        ):
            continue
        if candidate.named:
            seen.add(key)
        kept.append(candidate)
    return sorted(kept, key=lambda c: c.found.sentence.start)


# Verbs whose particle makes the action: "stood down", "was sworn in", "was forced out".
_PHRASAL: dict[tuple[str, str], Action] = {
    ("step", "down"): "resigned",
    ("stand", "down"): "resigned",
    ("swear", "in"): "appointed",
    ("force", "out"): "dismissed",
    ("push", "out"): "dismissed",
    ("move", "out"): "dismissed",  # "was moved out by the state government"
}


_POSTS_LEFT = frozenset(
    {"office", "post", "job", "position", "role", "seat", "government", "cabinet"}
)


def _out_of_a_post(verb: Token) -> bool:
    """ "forced out" alone, "out of office" or by a person or body; not out of a place or by
    the water."""
    near = [*verb.children, *(g for c in verb.children if c.lower_ == "out" for g in c.children)]
    left = [g.lemma_.lower() for c in near if c.lower_ == "of" for g in c.children]
    doers = [g for c in near if c.dep_ == "agent" for g in c.children]
    return all(lemma in _POSTS_LEFT for lemma in left) and all(
        g.ent_type_ in ("PERSON", "ORG", "NORP") or g.lemma_.lower() in BODY_WORDS for g in doers
    )


def _moved_by_others(verb: Token) -> bool:
    """One who "moved out" went; one who "was moved out" was removed."""
    return verb.lemma_.lower() != "move" or _passive(verb)


def _trigger(token: Token) -> Action | None:
    lemma = token.lemma_.lower()
    if token.dep_ == "pobj" and token.head.lower_ in ("among", "between"):
        return _AMONG.get(token.lower_)  # "among the detained is X"
    those = token.head
    if (
        lemma == "hold"
        and token.dep_ == "acl"
        and those.dep_ == "pobj"
        and those.head.lower_ == "among"
    ):
        return "detained"  # "among those held overnight were X": custody, not a meeting held
    # Verbs, and participles describing a role noun ("the sacked police commander, X").
    verbal = token.pos_ == "VERB" or (token.dep_ == "amod" and token.tag_ in ("VBN", "JJ"))
    if verbal and lemma not in VERBS and token.tag_ == "JJ" and lemma.endswith("ed"):
        # The lemmatiser leaves adjectival participles whole: "ousted" -> "oust".
        lemma = next((s for s in (lemma[:-2], lemma[:-1]) if s in VERBS), lemma)
    if verbal and lemma in ("name", "nominate") and _in_a_case(token):
        return None  # "named in the case": a row of action_patterns
    if verbal and lemma == "name":
        return "appointed" if _names_to_post(token) else None
    if verbal and lemma in VERBS:
        if (
            dismissed_as_untrue(token)
            or (VERBS[lemma] == "released" and _freed_from(token))
            or (lemma == "fire" and _shooting(token))
            or any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PLEAS
                for c in token.children
            )
        ):
            return None  # "dismissed the case against X": a plea, not a person, acted on
        return VERBS[lemma]
    if token.pos_ != "VERB":
        if token.pos_ == "NOUN" and _arrest_ordered(token, token.head):
            return "arrested" if _pending_trial(token.head) else "charged"
        if token.pos_ == "NOUN" and lemma in NOUNS and token.head.lemma_.lower() in _ANNOUNCING:
            return NOUNS[lemma]
        return None
    words = {c.lower_ for c in token.children}
    phrasal = next((_PHRASAL[lemma, w] for w in words if (lemma, w) in _PHRASAL), None)
    if phrasal == "dismissed" and not (_out_of_a_post(token) and _moved_by_others(token)):
        return None  # "forced out of their homes by the flood", "moved out of the city"
    if phrasal == "resigned" and _stood_down_someone(token):
        return "dismissed"  # "stood down its depot manager": the one stood down, not who did
    if phrasal is not None:
        return phrasal
    if lemma in ("take", "place", "put") and any(_custody(c) for c in token.children):
        return "detained"
    cases = (c for c in token.children if c.dep_ in ("dobj", "nsubjpass"))
    if lemma in _FILING and any(c.lemma_.lower() in _CASES for c in cases):
        return "charged"
    return None


# What one is freed from that is no custody: "released from hospital", "freed from the
# rubble".
_NO_CUSTODY = frozenset({
    *RUINS, "hospital", "clinic", "care", "treatment", "icu", "ward", "ruin", "mud", "water",
    "car", "vehicle", "bus", "lift", "elevator", "mine",
})  # fmt: skip


def _freed_from(verb: Token) -> bool:
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in _NO_CUSTODY
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
    )


def _stood_down_someone(verb: Token) -> bool:
    """ "stood down its depot manager", which the parser may read as "down" a preposition;
    "had been stood down", whom someone stood down."""
    return _passive(verb) or any(
        c.dep_ == "dobj"
        or (c.dep_ == "prep" and c.lower_ == "down" and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    )


def _in_a_case(verb: Token) -> bool:
    """ "named in the case", also when the parser hangs "in the FIR" on a name named ("nominated
    X and 20 others in the FIR")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    holders = [verb, *objects, *(g for o in objects for g in o.conjuncts)]
    return any(
        g.lemma_.lower() in _CASES
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
    )


def _names_to_post(verb: Token) -> bool:
    """ "The army named X to command ..." and "named X as minister", not "was named as X"."""
    # A conjunct shares its first verb's subject: "accepted the resignation and named X as Y".
    doer = verb.head if verb.dep_ == "conj" and not _passive(verb) else verb
    active = any(c.dep_ == "nsubj" for c in doer.children)
    # Its own "as", or one the parser hung on a word it misread as a verb joined to it
    # ("named supervisor X and shift engineer Y as suspects", "shift" a verb).
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    named_as = [g for v in joined for c in v.children if c.lower_ == "as" for g in c.children]
    # "named a former minister, X, as a suspect ..., his lawyer said": the parser may hang the
    # "as" on a later verb; it is the first "as" before another verb.
    after = (
        t for t in verb.doc[verb.i + 1 : verb.sent.end] if t.lower_ == "as" or t.pos_ == "VERB"
    )
    loose = next(after, None)
    if loose is not None and loose.lower_ == "as":
        named_as += [g for g in loose.children if g.dep_ == "pobj"]
    # "as one of the suspected organisers": what the one is one of.
    of_ones = [p for g in named_as if g.lower_ == "one" for p in g.children if p.lower_ == "of"]
    named_as += [o for p in of_ones for o in p.children if o.dep_ == "pobj"]
    suspects = (c for c in verb.children if c.dep_ in ("dobj", "oprd"))
    if any(_a_suspect(g) or g.ent_type_ == "PERSON" for g in named_as) or any(
        c.lemma_.lower() in SUSPECTS for c in suspects
    ):
        # "named X as a suspect", "as the suspected leader", "named two suspects: X and Y"
        # (rows of action_patterns), "named the dead man as X" (an identification).
        return False
    if any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not _post_word(g) for g in named_as):
        return False  # "named X as the main supplier of the liquor": a part, not a post
    # Not "named four of them: X, 32, ...": a name, no post, is what the parser made the
    # predicate.
    return active and any(
        (c.dep_ in ("xcomp", "oprd") and c.ent_type_ != "PERSON")
        or (c.dep_ == "prep" and c.lower_ in _NAMED_AS)
        or (c.dep_ == "advcl" and c.lemma_.lower() in _SUCCEEDING)  # "named X to replace him"
        for c in [*verb.children, *(g for d in verb.children for g in d.children)]
    )


def _post_word(noun: Token) -> bool:
    """ "minister", "chief executive", "head of the agency": a post, or a post's word on it."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in POSTS for w in words)


def _a_suspect(noun: Token) -> bool:
    """ "a suspect", "the suspected leader", "the alleged gunman"."""
    called = (c for c in noun.children if c.dep_ == "amod")
    return noun.lemma_.lower() in SUSPECTS or any(c.lower_ in SUSPECTED for c in called)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _custody(prep: Token) -> bool:
    """ "into custody", "under arrest", "under house arrest" (a detention too)."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _CUSTODY for c in prep.children
    )


def _shooting(verb: Token) -> bool:
    """ "the police firing on protesters", "fired shots into the air": shooting, not sacking
    (which has someone fired)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if objects:
        return all(c.lemma_.lower() in _SHOTS for c in objects)
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "at", "into", "upon")
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in verb.children
    )


_SHOTS = frozenset({"shot", "round", "bullet", "gas", "canister", "weapon", "gun", "warning"})


# What a court dismisses or turns down that is no one: "dismissed the case against X".
_PLEAS = frozenset({
    "case", "charge", "petition", "appeal", "plea", "application", "suit", "lawsuit",
    "complaint", "request", "claim", "allegation", "motion", "objection", "bail", "writ",
    "challenge", "review", "report",
})  # fmt: skip


def _targets(
    token: Token, action: Action, people: dict[str, str]
) -> list[tuple[Token, str | None]]:
    """The tokens naming who was acted on, each with a role noun phrase when there is one;
    `people` are the article's, whose surnames alone name them in a list."""
    if token.pos_ == "NOUN" and token.dep_ != "pobj":
        deps = ("poss",) if action in _ACTOR_IS_SUBJECT else ("poss", "of")
        arguments = _noun_arguments(token, deps)
        # "the dismissal of the director of X, Commander Y": the name hangs on the noun.
        named = [c for c in token.children if c.dep_ == "appos" and _personal(c)]
        role = phrase(arguments[0]) if arguments and not _personal(arguments[0]) else None
        # "ordered the arrest of three suspects pending trial: the owner of X, A, and B".
        after_colon: list[tuple[Token, str | None]] = [
            (t, _singular(a))
            for a in arguments
            if a.tag_ == "NNS" and not named
            for t in listed_people(token, a)
        ]
        return [(t, role) for t in named] or after_colon or [(t, None) for t in arguments]
    # "the dismissed police chief, X, and ...": of X alone (not "The SSP suspended officer
    # X and Y", where the parser made the verb a modifier).
    # "the hospital's dismissed chief physician, X" too.
    if token.dep_ == "amod" and token.i > 0 and token.nbor(-1).dep_ in ("det", "poss", "case"):
        described = _described_person(token.head)
        if described is not None:
            return [described]
    verb = token
    being_done = False
    # A gerund between is part of the charge, not an action: "charged with X and causing Y
    # and released", "charged with causing Y and released", whose subject is the first verb's.
    while not _own_arguments(verb, action) or (verb.tag_ == "VBG" and verb.i != token.i):
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        elif verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
            verb = verb.head.head
        elif verb.dep_ == "pcomp" and verb.head.lower_ in _BEING_DONE and _being(verb):
            # "was remanded in custody after being charged with X", "took charge after being
            # appointed": the clause's subject, never its object.
            verb = verb.head.head
            being_done = True
        elif _a_later_step(verb):
            # "was arrested on May 1, charged with X on May 3 and released on May 7".
            verb = verb.head
        elif verb is not token and token.tag_ == "VBN" and _gerund_clause(verb):
            # "was detained while filming on Saturday and released on Sunday", the parser
            # joining the participle to the gerund: the subject is the main clause's.
            verb = verb.head
        else:
            break
    filing = token.lemma_.lower() in _FILING
    # "X turned himself in and was released": a passive joined to an active verb is said of
    # that verb's subject, not of its object.
    passive_of_active = (
        token.dep_ == "conj"
        and verb is not token
        and any(c.dep_ == "auxpass" for c in token.children)
    )
    found = (
        _object_after_terms(token, action)
        or _object_set_late(token, action)
        or (passive_of_active and _shared_subject(token, verb, action))
        or (being_done and [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
        or (not filing and _own_arguments(verb, action))
        or _participle_of_the_subject(token, action)
        or _other_arguments(token)
        or _shared_subject(token, verb, action)
    )
    found = [
        w
        for t in found
        for w in (
            listed_antecedents(t)
            if all_of_whom(t, token)
            else (
                _said_of_the_list(_person_described(token.head), token)
                if t.lower_ in _WHO
                else [token.head]
            )
            if t.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl"
            # "X, who remains in detention after being charged with Y": the clause's noun.
            else [_person_described(verb.head) if t.lower_ in _WHO else verb.head]
            if t.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl"
            else [t]
        )
    ]
    targets: list[tuple[Token, str | None]] = []
    for target in found:
        if target.dep_ == "appos" and target.tag_ == "NNS" and _personal(target.head):
            # "X and Y, the two officials detained on Friday": the plural post set beside a
            # list describes all of it.
            target = target.head
        named = [
            t
            for t in conjoined(target, people)
            if (t.ent_type_ == "PERSON" or t.pos_ == "PRON" or name_like(t, people))
            and not _relative_clause_of_one(token, target, t)
        ]
        if named or target.pos_ == "PROPN" or target.lemma_.lower() in BODIES:
            if named and target not in named and target.tag_ == "NNS":
                # "arrested three persons, including the owner of X, A, and his cousin B":
                # the names the parse lost from the list.
                named += [t for t in listed_people(token, target) if t not in named]
            targets.extend((t, None) for t in (named or [target]))
            if named and target not in named and _appositive_name(target) is not None:
                # "the manager of X division, A, and two engineers, B and C": the first
                # name is the role's, the rest a list of its own.
                targets.append((target, _post_of(target)))
        else:
            listed = listed_people(token, target)
            if listed:
                targets.extend((t, _singular(target)) for t in listed)
            else:
                targets.append((target, _post_of(target)))
        if a_post(target):
            targets.extend(named_after_listed_posts(target))
    return [(t, role) for t, role in targets if not _quote_ends_before(token, t)]


# The end of a quoted sentence: '..., and released three others," a lawyer, X, said'.
_QUOTE_END = re.compile(r"[,.!?]\s*[\"”]")


def _said_of_the_list(noun: Token, clause: Token) -> list[Token]:
    """ "... of A and B, who are charged with X": a clause in the plural on the last name of
    a list is said of every name listed (the parser may join the last name to the noun the
    list hangs on, not to the first name)."""
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    if noun.dep_ != "conj" or not any(v.lower_ in _PLURAL_VERBS for v in verbs):
        return [noun]
    before = [
        t
        for t in noun.head.subtree
        if t.i < noun.i
        and (t.ent_type_ == "PERSON" or name_like(t))
        and t.dep_ not in ("compound", "flat")
    ]
    return [*before, noun]


_PLURAL_VERBS = frozenset({"are", "were", "have"})


def _relative_clause_of_one(trigger: Token, target: Token, listed: Token) -> bool:
    """ "X, who was dismissed on Monday, Y and Z were arrested": the clause is X's alone
    when the names after it are the subjects of an action of their own (not "the new names
    are X, who was nominated into Y, Z (Water) and W (Health)")."""
    return (
        trigger.dep_ == "relcl"
        and target.i < trigger.i < listed.i
        and target.dep_ in ("nsubj", "nsubjpass")
        and _trigger(target.head) is not None
    )


def _quote_ends_before(trigger: Token, target: Token) -> bool:
    """The target comes after the quotation the trigger is in, where its speaker is named."""
    doc = trigger.doc
    between = text_of(doc)[trigger.idx : target.idx]
    return target.i > trigger.i and _QUOTE_END.search(between) is not None


def _other_arguments(trigger: Token) -> list[Token]:
    """Who is acted on where the verb has no object: "the sacked commander, X" (the noun a
    participle describes), "among the detained is X", "swore in X", "a case against X"."""
    among = trigger.head.dep_ == "pobj" and trigger.head.head.lower_ in ("among", "between")
    if trigger.dep_ in ("acl", "amod") and not among:
        return [_member_of(trigger.head) if trigger.dep_ == "acl" else trigger.head]
    if among or (trigger.dep_ == "pobj" and trigger.head.lower_ in ("among", "between")):
        # "among the detained is X", "among those detained is X".
        be = trigger.head.head.head if among else trigger.head.head
        return [c for c in be.children if c.dep_ in ("nsubj", "attr")]
    holders = [trigger, *(c for c in trigger.children if c.lemma_.lower() in _CASES)]
    return [
        g
        for holder in holders
        for c in holder.children
        if c.dep_ in ("prep", "prt") and c.lower_ in ("in", "against")
        for g in (c.children if c.dep_ == "prep" else c.head.children)
        if g.dep_ in ("pobj", "dobj", "conj") and g.i > c.i
    ]


def _member_of(noun: Token) -> Token:
    """ "X and Y of the contractor Z, detained on Tuesday": a participle the parser hung on the
    firm named after people describes the people (the first of them, whom the rest follow)."""
    of = noun.head
    firm = noun.ent_type_ != "PERSON" or any(c.dep_ == "det" for c in noun.children)
    if noun.dep_ != "pobj" or of.lower_ != "of" or not firm or not _a_person(of.head):
        return noun
    holder = of.head
    while holder.dep_ == "conj" and _a_person(holder.head):
        holder = holder.head
    return holder


def _gerund_clause(verb: Token) -> bool:
    """A gerund's clause after "while" or "when", hung on a verb: "detained while filming"."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("while", "when") for c in verb.children)
    )


def _a_later_step(verb: Token) -> bool:
    """A bare participle the parser hung on a passive verb of the subject's, with a day of
    its own: a later step of what befell that subject, not the grounds of the first."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(w.ent_type_ == "DATE" for w in verb.subtree)
    )


# Prepositions of a passive gerund said of the clause's subject: "after being charged".
_BEING_DONE = frozenset({"after", "before", "upon", "on", "since", "despite", "without"})


def _being(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)


def _shared_subject(token: Token, first: Token, action: Action) -> list[Token]:
    """Who a passive conjunct is about when its first verb is not an action: "X appeared in
    court and was charged" (the first verb's subject), "X, arrested on Saturday and charged
    with Y, ..." (the noun the first participle describes)."""
    if first is token or action in _ACTOR_IS_SUBJECT:
        return []
    if first.dep_ in ("acl", "amod"):
        return [_member_of(first.head) if first.dep_ == "acl" else first.head]
    if not any(c.dep_ == "auxpass" for c in token.children):
        return []
    return [c for c in first.children if c.dep_ == "nsubj"]


def _participle_of_the_subject(token: Token, action: Action) -> list[Token]:
    """ "X appeared in court charged with arson": a participle the parser hung on the place
    in a preposition's object describes the clause's subject, not the place; so does a bare
    participle hung on the verb ("X appeared before a magistrate on Monday charged with Y"),
    or on the magistrate ("X appeared before a magistrate charged with Y")."""
    place = token.head
    if action in _ACTOR_IS_SUBJECT or token.tag_ != "VBN":
        return []
    if (
        token.dep_ == "advcl"
        and _trigger(place) is None  # "was arrested, charged with X": dated with the arrest
        and not any(c.dep_.startswith(("nsubj", "aux")) for c in token.children)
    ):
        return [c for c in place.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ != "acl":
        return []
    # A court's officer is where one appears, not who is charged: "before a magistrate".
    court = place.lemma_.lower() in COURTS
    if place.dep_ != "pobj" or (not court and (_a_person(place) or place.lemma_.lower() in PEOPLE)):
        return []
    verb = place.head.head
    return (
        [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.pos_ in ("VERB", "AUX")
        else []
    )


_AGENT_ENDINGS = ("or", "er", "ist", "ian", "man", "woman", "ent")
_POST_NOUNS = {"expert", "head", "chief", "member", "leader", "nominee", "deputy", "staff"}
_NO_POSTS = frozenset({"man", "woman", "person", "other", "another"})
# What someone is placed under or released from, never part of a post.
_STATES = frozenset({*NOUNS, "custody", "examination", "investigation"})


_DONE_TO = re.compile(
    r"^(?:(?:newly|recently|just)\s+)?(?:appointed|named|elected|nominated|installed|sacked|"
    r"suspended|dismissed|arrested|detained|ousted|removed|fired|jailed)\s+(?=\S)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^(?:his|her|its|their|our)\s+", re.IGNORECASE)


def _clean_role(role: str | None) -> str | None:
    """A role is a post: no relative clause after it ("president of X, who surrendered"), and
    at least one word naming a post ("Water", "company" or a place are not roles)."""
    if not role:
        return None
    role = re.split(r",\s+(?:who|which|whose|where)\b", role)[0].strip(" ,;:")
    # The gap the name left: what follows it is the clause's ("acquitted the supervisor, X,
    # of all charges"), not the post's.
    role = re.split(r",\s*,", role)[0].strip(" ,;:")
    # "fired his emergency chief, X": the post, not whose it was; "newly appointed board
    # chair": the post, not what was done.
    role = _DONE_TO.sub("", _POSSESSIVE.sub("", role))
    # "officer X Y Z and revenue officer": a list's name before, which the parser hung on it.
    after_a_name = _NAME_AND.split(role)[-1]
    if after_a_name != role and _a_post_named(after_a_name):
        role = after_a_name
    return role if _a_post_named(role) else None


# Two or more capitalised words, then "and": a name in a list.
_NAME_AND = re.compile(r"(?:[A-Z][\w'’-]*\.? ){1,}[A-Z][\w'’-]* and ")


def _a_post_named(role: str) -> bool:
    words = [
        singular_word(w.strip("'’.,()").removesuffix("'s").removesuffix("’s"))
        for w in re.split(r"[\s\-]+", role.lower())
    ]
    posts = TITLE_WORDS | _POST_NOUNS
    # "arrested man" ends as "chairman" does, and names no post.
    named = (w for w in words if w not in _NO_POSTS)
    return any(w in posts or w.endswith(_AGENT_ENDINGS) for w in named)


def _described_person(noun: Token) -> tuple[Token, str | None] | None:
    """The one person a post with an attributive participle names: "the dismissed police
    chief, X, and the captain Y" (X alone), "X, the suspended engineer, and Y" (X alone)."""
    # A proper name set beside a post is a person's, whatever type the recogniser gave it;
    # the parser may hang it on what the post is of ("the head of the police, X").
    owners = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    named = (
        c
        for holder in (noun, *owners)
        for c in holder.children
        if c.dep_ == "appos" and (_personal(c) or (c.pos_ == "PROPN" and role_noun(noun)))
    )
    person = next(named, None)
    if person is not None:
        return person, _own_post(noun)
    if noun.dep_ == "appos" and _personal(noun.head):
        return noun.head, _own_post(noun)
    return None


def _own_post(noun: Token) -> str:
    """The post without the names and posts set beside or listed after it."""
    cut = ("appos", "conj", "cc", "punct", "det", "relcl", "acl")
    dropped = {
        w.i
        for c in noun.children
        if c.dep_ in cut
        or (c.dep_ == "prep" and c.lower_ != "of")
        or (c.dep_ == "amod" and _trigger(c) is not None)  # "the city's dismissed police chief"
        for w in c.subtree
    }
    return "".join(w.text_with_ws for w in noun.subtree if w.i not in dropped).strip()


def _post_of(role: Token) -> str:
    """The post a role noun names, for one person: "three executives of X" -> "executive of X"."""
    return _singular(role) if role.tag_ in ("NNS", "NNPS") else phrase(role)


def _singular(role: Token) -> str:
    """A plural role for one of the people listed: "two other deputies of X" -> "deputy of X"."""
    words = [
        w
        for w in role.subtree
        if not (w.head.i == role.i and w.dep_ in ("nummod", "det", "appos", "punct", "cc"))
        and w.lower_ not in ("other", "more", "ago")
        and w.ent_type_ not in ("DATE", "TIME")
    ]
    cut = {
        w.i
        for c in role.subtree
        if c.i != role.i and c.dep_ in ("appos", "relcl", "acl", "conj")
        for w in c.subtree
    }
    kept = [w for w in words if w.i not in cut]
    text = " ".join(w.lemma_ if w.i == role.i else w.text for w in kept)
    text = text.replace(" ,", ",").replace(" 's", "'s").replace(" ’s", "’s")
    text = text.strip(" ,;:")
    # A bracket whose opening half went with an apposition: "... Committee (KNB)".
    return text.removesuffix(")").strip() if text.count(")") > text.count("(") else text


def _name_set_before(post: Token) -> Token | None:
    """ "X, the head of the unit, remains suspended": the name the parser made a subject of
    its own beside the post set off after it."""
    doc = post.doc
    comma = post.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or post.dep_ != "nsubjpass":
        return None
    name = doc[comma - 1]
    # On the verb, or on its auxiliary ("remains").
    verb = name.head.head if name.head.dep_ == "auxpass" else name.head
    same = verb.i == post.head.i and name.dep_ == "nsubj"
    return name if same and name.ent_type_ == "PERSON" else None


def _own_arguments(verb: Token, action: Action) -> list[Token]:
    if action not in _ACTOR_IS_SUBJECT and (inverted := inverted_subjects(verb)):
        return inverted
    if action not in _ACTOR_IS_SUBJECT and (set_off := _set_off_before_participle(verb)):
        return set_off
    # A resignation's verb is never passive: a passive one is the first verb of its conjunct,
    # whose subject it shares ("X was suspended on Monday and resigned on Friday").
    deps = ("nsubj", "nsubjpass") if action in _ACTOR_IS_SUBJECT else ("nsubjpass", "dobj")
    found = [_name_set_before(c) or c for c in verb.children if c.dep_ in deps]
    if verb.lemma_.lower() == "suspend":
        # "suspended X's mining licence": the holder is suspended, by way of its licence.
        found = [_holder(c) or c for c in found]
    if any(c.dep_ == "dobj" for c in found):
        # "arrested X, ..., and his wife Y": the parser joined the second object to the verb;
        # "..., and two of his managers, Y and Z": the count, with the names beside it.
        joined = [c for c in verb.children if c.dep_ == "conj"]
        found += [c for c in joined if c.pos_ in ("NOUN", "PROPN")] + [
            g
            for c in joined
            if c.pos_ == "NUM"
            for g in c.children
            if g.dep_ == "appos" or (g.dep_ == "conj" and g.pos_ == "PROPN")
        ]
    if not found and action == "appointed":
        # "named Deputy Minister X as acting minister": the parser reads X as a predicate.
        found = [c for c in verb.children if c.dep_ == "oprd"]
    if not found and action not in _ACTOR_IS_SUBJECT:
        # "X, ..., was on Friday arraigned": the parser hung the subject on the auxiliary.
        auxiliaries = (c for c in verb.children if c.dep_ == "auxpass")
        found = [g for a in auxiliaries for g in a.children if g.dep_ == "nsubj"]
    if not found and action not in _ACTOR_IS_SUBJECT:
        found = _subject_before_auxiliary(verb)
    if not found and action not in _ACTOR_IS_SUBJECT and verb.tag_ == "VBN":
        # "X surrendered on Monday, was charged and ...": the parser hung the first verb, with
        # the subject, on the passive as a clause of it.
        found = [
            g
            for c in verb.children
            if c.dep_ == "ccomp" and c.i < verb.i
            for g in c.children
            if g.dep_ == "nsubj"
        ]
    if not found and action not in _ACTOR_IS_SUBJECT:
        found = _booked_without_custody(verb)
    if all(t.lower_ in RELATIVE_PRONOUNS for t in found) and action not in _ACTOR_IS_SUBJECT:
        # No subject, or a relative pronoun the parser took from inside the apposition.
        found = _opening_name(verb) or found
    return found


def _set_off_before_participle(verb: Token) -> list[Token]:
    """ "X, appointed commander after the riot, said": a participle set off right after the
    name, which the parser made the name's own verb (its post, an object)."""
    if verb.tag_ != "VBN" or any(c.dep_.startswith("aux") for c in verb.children):
        return []
    return [
        c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 2 and c.nbor().text == ","
    ]


def _holder(permit: Token) -> Token | None:
    """The named holder of a licence, permit or certificate: "X's safety certificate" (not
    of a driving or gun licence, which sanctions no one for the crisis)."""
    if permit.lemma_.lower() not in _PERMITS or any(
        c.lower_ in _PRIVATE_PERMITS for c in permit.children
    ):
        return None
    return next((c for c in permit.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


_PRIVATE_PERMITS = frozenset({"driving", "driver", "gun", "firearm", "pilot"})
_PERMITS = frozenset(PERMITS)


def _opening_name(verb: Token) -> list[Token]:
    """ "X, 38, the driver of the tanker that overturned ..., was charged": the name that
    opens the sentence, its appositions closed by a comma right before the passive
    auxiliary. Read from the words, as the parser often loses the subject in a long
    apposition; a few words may stand before the name ("Aid worker X, ...")."""
    doc, sentence = verb.doc, verb.sent
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None or doc[aux.i - 1].text != ",":
        return []
    opening = next((t for t in sentence if t.pos_ == "PROPN"), None)
    if opening is None or opening.i - sentence.start > 3:
        return []
    before = doc[sentence.start : opening.i]
    if any(t.is_punct or t.tag_ in FINITE_TAGS for t in before):
        return []
    name = name_run_end(opening)
    if name.i + 1 >= aux.i - 1 or doc[name.i + 1].text != ",":
        return []
    return [name] if name.ent_type_ == "PERSON" or name_like(name) else []


def _booked_without_custody(verb: Token) -> list[Token]:
    """ "booked without detention X, head of Y": the name right after the custody word, read
    from the words, as the parser makes it part of the object of "without"."""
    doc = verb.doc
    for without in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "without"):
        first = without.i + 2
        if first >= without.sent.end or doc[without.i + 1].lemma_.lower() not in _CUSTODY:
            continue
        name = name_run_end(doc[first])
        if doc[first].pos_ == "PROPN" and name.ent_type_ == "PERSON":
            return [name]
    return []


def _subject_before_auxiliary(verb: Token) -> list[Token]:
    """ "X was appointed ... after her predecessor, Y, was relieved": a passive clause the
    parser joined to the verb before it with no "and" has its own subject, the noun right
    before its auxiliary, not the first verb's."""
    first = verb.head
    if verb.dep_ != "conj" or any(
        c.dep_ == "cc" and first.i < c.i < verb.i for c in first.children
    ):
        return []
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None or aux.i < 2:
        return []
    before = verb.doc[aux.i - 2] if verb.doc[aux.i - 1].text == "," else verb.doc[aux.i - 1]
    if before.dep_ == "appos":
        # "her predecessor, Y,": the name with its role; a name set after another name
        # ("the case of X, whose surgeon, Y,") is too loosely parsed to say whose it is.
        if before.head.pos_ != "NOUN":
            return []
        before = before.head
    return [before] if before.pos_ in ("NOUN", "PROPN") and before.i > first.i else []


def _noun_arguments(noun: Token, deps: tuple[str, ...]) -> list[Token]:
    found = [c for c in noun.children if c.dep_ == "poss" and "poss" in deps]
    if "of" in deps:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                found.extend(g for g in child.children if g.dep_ == "pobj")
    return found


def _subject(
    target: Token, role: str | None, people: dict[str, str], country: str | None
) -> Subject | None:
    """The person or body `target` names, never a place, a common noun or a bare title: a
    title ("the Chief Justice, X,") gives way to the name in apposition, else to nothing, so
    that a nearby sentence naming someone with that title may supply the person; a company
    is a body under the name the recogniser gives it."""
    named_next = _name_right_after(target)
    if named_next:
        # "Farming Minister Mary Conn", the name hung elsewhere by the parser.
        return Subject(
            resolve_person(full_name(named_next[0]), people), "person", role or _post_of(target)
        )
    subject = _named_subject(target, role, people, country)
    if subject is not None and (subject.kind == "body" or proper_name(subject.name)):
        return subject
    entity = entity_at(target)
    if entity is not None and entity.label_ == "ORG" and company(entity.text):
        return Subject(" ".join(w.text for w in entity if w.dep_ != "det"), "body")
    titled = subject.name if subject is not None else full_name(target)
    if target.pos_ not in ("NOUN", "PROPN") or not bare_title(titled):
        return None
    # "Varga, a former Chief Justice,", "the Chief Justice, X,", "Inspector General of Police X",
    # "Minister for Agriculture X".
    around = [
        target,
        *(c for c in target.children if c.dep_ == "appos"),
        *(
            g
            for c in target.children
            if c.lower_ in ("of", "for")
            for g in c.children
            if g.dep_ == "pobj"
        ),
    ]
    # Not the body a post is of: "the owner of the X Super Market" is no market.
    named = [
        t
        for t in around
        if name_like(t, people)
        and not bare_title(full_name(t))
        and (t.dep_ != "pobj" or t.ent_type_ in ("PERSON", ""))
    ]
    if not named:
        return None
    return Subject(resolve_person(full_name(named[0]), people), "person", role or _post_of(target))


def _name_right_after(title: Token) -> list[Token]:
    """The last word of a person's name that starts right after `title`, a post's last word
    written as a title ("Farming Minister X Y"), or after a title before the name ("board
    chair Dr. X Y") or the body of the post ("Commissioner of Police X Y"), which the parser
    hung elsewhere."""
    doc = title.doc
    if title.pos_ not in ("PROPN", "NOUN") or singular_word(title.lower_) not in POSTS:
        return []
    start = title.i + 1
    if title.pos_ == "PROPN" and start < len(doc) and doc[start].lower_ == "of":
        start += 1
        while start < len(doc) and doc[start].pos_ == "PROPN" and not _named_person(doc[start]):
            start += 1
    while start < len(doc) and doc[start].lower_.rstrip(".") in TITLES:
        start += 1
    if title.pos_ == "NOUN" and start == title.i + 1:
        return []  # "ousted leader X Y": the parse's own reading stands
    entity = entity_at(doc[start]) if start < len(doc) else None
    if entity is None or entity.label_ != "PERSON" or entity.start != start:
        return []
    return [entity[-1]]


def _named_subject(
    target: Token, role: str | None, people: dict[str, str], country: str | None
) -> Subject | None:
    lower = target.lower_
    if lower in _PRONOUNS:
        # Above a relative clause, the verbs govern no pronoun in it: "X appeared in court,
        # where he was charged" is about X.
        clause = _relative_clause(target)
        acting = {a.i for a in target.ancestors if clause is None or a in clause.subtree}
        person = _antecedent(
            target,
            lambda t: (
                (_named_person(t) or _person_typed_otherwise(t))
                and not _not_referent(t)
                and not _acts(t, acting)
            ),
        )
        while person is not None and person.dep_ == "compound" and person.head.pos_ == "PROPN":
            person = person.head  # the whole name, however its last word was tagged
        if person is None:
            return None
        # "Regional president X announced his resignation": the post the name came with.
        post = role or _title_before(person) or next(iter(_appositive_posts(person)), None)
        return Subject(resolve_person(full_name(person), people), "person", post)
    # "X, whose resignation the minister accepted": the one the relative clause is of.
    for antecedent in _whose_antecedent(target):
        if _personal(antecedent):
            return _named_subject(antecedent, role, people, country)
    # "its resignation" is the body's own; "its chief inspector, X" is a person it employs.
    if lower in _BODY_PRONOUNS or (
        not role_noun(target)
        and any(c.lower_ in _BODY_PRONOUNS for c in target.children if c.dep_ == "poss")
    ):
        owner = target.head if lower in ("whose", "which") else None
        if target.dep_ in ("nsubj", "nsubjpass") and target.head.dep_ == "relcl":
            owner = target.head.head
        owner = owner or _antecedent(target, lambda t: t.lemma_.lower() in BODIES)
        # "X, whose son is held": a person's relative is no body's action.
        body = owner is not None and owner.lemma_.lower() in BODIES
        return _body(owner, country) if owner is not None and body else None
    owned = _owned_body(target)
    if owned is not None:
        return owned
    if target.lemma_.lower() in BODIES:
        return _body(target, country)
    aliased = _before_alias(target)
    if aliased is not None:
        return Subject(resolve_person(full_name(aliased), people), "person", role)
    if target.pos_ == "PROPN" and target.ent_type_ == "ORG" and target.lower_ in ASSEMBLIES:
        return _named_body(target, country)
    if target.ent_type_ != "PERSON" and (target.pos_ == "NOUN" or target.lower_ in TITLES):
        named_after = _appositive_name(target) or _real_name(target) or _called(target)
        if named_after is not None:
            # "the fire chief for X, Brigadier Y Z, ...": the person, not the title.
            return Subject(resolve_person(named_after, people), "person", role or _post_of(target))
    if target.dep_ == "compound" and target.pos_ == "NOUN" and target.head.ent_type_ == "PERSON":
        # "charged activist X": the parser made the role part of the name.
        return Subject(
            resolve_person(full_name(target.head), people), "person", role or target.text
        )
    named_before = [
        c for c in target.children if c.dep_ in ("compound", "nmod") and c.ent_type_ == "PERSON"
    ]
    # "appointed Tom Ruiz mayor", which the parser reads as a name compounded to the post
    # (not "the <town> district officer", a place's post, whatever the recogniser made of
    # the town).
    bare = not any(c.dep_ == "det" for c in target.children) and target.dep_ != "appos"
    if named_before and bare and target.tag_ == "NN" and target.lemma_.lower() in POSTS:
        last = named_before[-1]
        post = target.doc[last.i + 1 : target.i + 1].text
        return Subject(resolve_person(full_name(last), people), "person", post)
    # A word in apposition to a name is that name, unless a list gave a name a post of its own
    # or the word is a person's name set after an untyped one ("the director of the Colegio
    # X, A B").
    own_post = role is not None and target.pos_ == "PROPN"
    after_untyped = target.ent_type_ == "PERSON" and target.head.ent_type_ != "PERSON"
    if (
        target.dep_ == "appos"
        and _personal(target.head)
        and not (own_post or after_untyped or in_a_list(target))
    ):
        return Subject(resolve_person(full_name(target.head), people), "person", phrase(target))
    appositive = [c for c in target.children if c.dep_ == "appos"]
    # "the deputy commissioner of Kalat, Zahid Hussain Marri": the name may hang on the place.
    owner = _of_place(target)
    named = (
        [a for a in appositive if _personal(a) or _named_person(a)]
        or [
            a
            for a in (owner.children if owner is not None else [])
            if a.dep_ == "appos" and (_personal(a) or name_like(a))
        ]
        or [owner for owner in [owner] if owner is not None and _set_off_after_place(owner)]
    )
    if named and target.ent_type_ != "PERSON" and not own_post:
        # "the Borno State Commissioner of Police, Adamu Garba Sule": the person, not the title
        # (but a name given with its post is that person, whatever names follow it).
        return Subject(
            resolve_person(full_name(named[0]), people), "person", role or _post_of(target)
        )
    named_parts = any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in target.children)
    # "appointed X Y, the company's finance director,": a post in apposition makes a person of
    # a name the recogniser typed as an organisation.
    has_post = any(role_noun(a) for a in appositive) and target.ent_type_ in ("", "ORG")
    if target.ent_type_ == "PERSON" or (
        target.pos_ == "PROPN"
        and (
            target.ent_type_ == "PERSON"
            # A single untyped word is a name only when the article names that person.
            or (target.ent_type_ == "" and len(full_name(target).split()) >= 2)
            or named_parts
            or has_post
            or _ranked(target)
            or name_like(target, people)
            or aged(target)
        )
    ):
        roles = _appositive_posts(target)
        if target.dep_ == "appos" and target.head.pos_ == "NOUN":
            roles.append(_singular(target.head))
        # The post written before the name first: in a list that the parser misreads ("minister
        # X, inspector general Y, ..."), a post in apposition is the next person's.
        post = role or _title_before(target) or (roles[0] if roles else None)
        return Subject(resolve_person(full_name(target), people), "person", post)
    for child in appositive:
        if child.ent_type_ == "PERSON":
            return Subject(resolve_person(full_name(child), people), "person", phrase(target))
        called = _called(child)
        if called is not None:
            # "One of them, a herder named X, was freed".
            return Subject(resolve_person(called, people), "person", role or _post_of(child))
    return None


_ALIAS = frozenset({"alias", "aka", "a.k.a."})


def _before_alias(target: Token) -> Token | None:
    """ "Zeeshan Akhtar alias Shani": the parser heads the phrase on the nickname, which the
    recogniser may take for a place; the person is the full name before "alias"."""
    words = target.doc[target.left_edge.i : target.i]
    alias = next((w for w in words if w.lower_ in _ALIAS), None)
    if alias is None:
        return None
    named = [w for w in words if w.i < alias.i and w.ent_type_ == "PERSON"]
    # A given name alone before it ("Jaswinder alias Jassi Kahlon") is no full name.
    return named[-1] if len(named) >= 2 else None


def _appositive_posts(name: Token) -> list[str]:
    """The posts in apposition to a name: "X, the regional president," (not another name,
    a list, an age, or the next person's post)."""
    return [
        phrase(a)
        for a in name.children
        if a.dep_ == "appos"
        and a.ent_type_ != "PERSON"
        and not in_a_list(a)
        and a.pos_ != "NUM"
        and not _next_persons_post(a)
    ]


def _next_persons_post(appositive: Token) -> bool:
    """A post in apposition that holds a person's name or runs into one: in a list the parser
    misreads ("minister X, inspector general of police Y, director Z"), it is the next
    person's post, not X's."""
    after = appositive.right_edge.i + 1
    doc = appositive.doc
    return any(
        w.ent_type_ == "PERSON" and w.dep_ != "compound" and proper_name(full_name(w))
        for w in appositive.subtree
    ) or (after < len(doc) and doc[after].ent_type_ == "PERSON")


# Titles of address, which name no post: "Mr X", "Dr X", "Sheikh X".
_HONORIFICS = {
    "mr", "mrs", "ms", "dr", "sir", "hon", "prof", "maître", "sheikh", "shri", "smt", "shrimati",
    "the",
}  # fmt: skip


def _title_before(target: Token) -> str | None:
    """The post written before a name, in its noun phrase: "Transport Minister X Y" ->
    "Transport Minister", "opposition leader X Y"; not "Mr" or "Dr"."""
    name = full_name(target).split()
    doc = target.doc
    starts = [i for i in range(target.left_edge.i, target.i + 1) if name and doc[i].text == name[0]]
    if not starts:
        return None
    first = target.left_edge.i
    # "Constable X Y and Constable Z": the parser may put the name before in the phrase.
    first = max(
        [first] + [w.i + 1 for w in doc[first + 1 : starts[-1] - 1] if _between_titled_names(w)]
    )
    words = [
        w
        for w in doc[first : starts[-1]]
        if w.dep_ not in ("det", "poss") and w.lower_.rstrip(".") not in _HONORIFICS
    ]
    # "placed under suspension officer X": the state the parser joined to the post.
    while words and words[0].lemma_.lower() in _STATES:
        words = words[1:]
    if not words or any(not w.text.isalpha() for w in words):
        return None
    return _clean_role(" ".join(w.text for w in words))


def _between_titled_names(word: Token) -> bool:
    """An "and" between a name and the title of the next: "... Y and Constable Z"."""
    doc = word.doc
    before, after = doc[word.i - 1], doc[word.i + 1]
    return word.lower_ == "and" and before.pos_ == "PROPN" and after.lower_ in TITLES


def _appositive_name(role: Token) -> str | None:
    """The name set off by commas after a role and its modifiers, read from the words
    themselves as the parse of long titles is unreliable: "the commander of the X Police,
    Senior Commissioner Y Z," -> "Y Z"."""
    doc, end = role.doc, role.sent.end
    comma = next((t for t in doc[role.i + 1 : min(end, role.i + 16)] if t.text == ","), None)
    between = doc[role.i + 1 : comma.i] if comma is not None else doc[role.i : role.i]
    # "the driver of the train that ran a red light, X,": a relative clause between names
    # no one the name could be, when it speaks of no person.
    clause = {w.i for t in between if t.dep_ == "relcl" for w in t.subtree}
    if comma is None or any(
        # Not a participle that describes how ("the privately owned X TV, Y,").
        (
            t.pos_ in ("VERB", "AUX", "PRON")
            and t.i not in clause
            and not _described_how(t)
            and not _participle_of(t, role)
        )
        or t.text in _CLAUSE_MARKS
        or (t.i in clause and (_a_person(t) or t.lemma_.lower() in PEOPLE))
        for t in between
    ):
        return None
    words: list[Token] = []
    for token in doc[comma.i + 1 : min(end, comma.i + 12)]:
        occupation = not words and token.lower_ in OCCUPATIONS
        # "Brig. Gen. X", "Lt. Col. (retd) X": the stops and brackets of a rank written short.
        in_rank = bool(words) and _in_a_short_rank(token, words[-1])
        if in_rank:
            words.append(token)
            continue
        if token.pos_ != "PROPN" and token.text != "-" and token.lower_ != "of" and not occupation:
            break
        words.append(token)
    closing = doc[words[-1].i + 1] if words and words[-1].i + 1 < len(doc) else None
    if closing is not None and closing.text not in (",", ".", ";", "("):
        return None
    titles = [
        i + 1
        for i, w in enumerate(words)
        if w.lower_.rstrip(".") in TITLES or w.text in _RANK_MARKS
    ]
    words = words[titles[-1] :] if titles else words
    if any(w.lower_ == "of" for w in words):
        # "Deputy Commissioner of Police Y Z": the name starts at the first person's word.
        after = max(i for i, w in enumerate(words) if w.lower_ == "of")
        first = next(
            (i for i, w in enumerate(words) if i > after and w.ent_type_ == "PERSON"), None
        )
        words = words[first:] if first is not None else []
    # A person's name, or two or more proper words the recogniser took for no organisation or
    # place (unfamiliar names are often read as facilities).
    person = any(w.ent_type_ == "PERSON" for w in words)
    # Or a name typed as an organisation that reads as a person's ("..., Ajit Pal Sood,").
    typed_otherwise = not words or not name_like(words[-1])
    if not person and (
        len(words) < 2 or any(w.ent_type_ in NOT_PEOPLE for w in words) or typed_otherwise
    ):
        return None
    return " ".join(doc[words[0].i : words[-1].i + 1].text.split())


def _participle_of(participle: Token, noun: Token) -> bool:
    """A participle that says which one the noun is: "the woman arrested on Monday, X,"."""
    return participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.head.i == noun.i


def _described_how(participle: Token) -> bool:
    """A participle with its adverb describing a noun: "privately owned", "newly built"."""
    return participle.dep_ == "amod" and any(c.dep_ == "advmod" for c in participle.children)


_RANK_MARKS = frozenset({".", "(", ")"})


def _in_a_short_rank(token: Token, before: Token) -> bool:
    """A stop or bracket inside a rank written short: after a title word ("Brig ."), around
    one ("( retd )")."""
    title = before.lower_.rstrip(".") in TITLES
    if token.text == "." or token.text == "(":
        return title or before.text == ")"
    if token.text == ")":
        return title
    return before.text == "(" and token.lower_.rstrip(".") in TITLES


def _called(role: Token) -> str | None:
    """ "a herder named X", "a technician called X", "a man identified as X": the person's
    name a participle on a word for a person gives (not "a company named X")."""
    if not (role.lemma_.lower() in PEOPLE or role.lower_ in OCCUPATIONS or role_noun(role)):
        return None
    for clause in (c for c in role.children if c.dep_ == "acl"):
        if clause.lemma_.lower() not in _CALLING:
            continue
        given = [c for c in clause.children if c.dep_ in ("oprd", "dobj", "attr")] + [
            o for p in clause.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
        ]
        for name in given:
            if _personal(name) or name_like(name):
                return full_name(name)
    return None


_CALLING = frozenset({"name", "call", "identify"})


def _real_name(role: Token) -> str | None:
    """ "a commander who calls himself "X", whose real name is Y Z": the name the clause gives."""
    # Read from the words after the role: the parser often hangs the clause elsewhere.
    for word in role.doc[role.i + 1 : role.sent.end]:
        if word.pos_ in ("VERB", "AUX") and word.lemma_ != "be" and word.dep_ != "relcl":
            return None  # another clause
        whose = any(c.lower_ == "whose" for c in word.children)
        if word.lemma_.lower() == "name" and whose and word.head.lemma_ == "be":
            for attr in word.head.children:
                if attr.dep_ == "attr" and _personal(attr):
                    return full_name(attr)
    return None


def _next_subject(role: Token, sentences: list[Span], index: int) -> Subject | None:
    """ "The owner of X was charged ... . Y Z, 61, was granted bail": a lede that names someone
    only by role, and a next sentence that opens on a person, their age in apposition."""
    if not role_noun(role) or role.tag_ != "NN" or index + 1 >= len(sentences):
        return None
    words: list[Token] = []
    for token in sentences[index + 1]:
        if token.is_space:
            continue
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", "PERSON"):
            break
        words.append(token)
    doc = role.doc
    after = words[-1].i + 1 if len(words) >= 2 else len(doc)
    if after + 2 >= len(doc) or doc[after].text != "," or doc[after + 2].text != ",":
        return None
    if not doc[after + 1].like_num:
        return None
    return Subject(full_name(words[-1]), "person", phrase(role))


def _identified(target: Token, sentences: list[Span], index: int) -> Subject | None:
    """Someone acted on by a noun and named by it with "identified as" in the sentence or the
    next two: "A fortune teller was arrested ... The fortune teller, identified as X Y, had
    posted the clip"."""
    lemma = target.lemma_.lower()
    if not (role_noun(target) or lemma in SUSPECTS):
        return None
    for sentence in sentences[index : index + 3]:
        for noun in (t for t in sentence if t.lemma_.lower() == lemma and t.pos_ == "NOUN"):
            clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
            if noun.dep_ in ("dobj", "nsubjpass"):
                # "arrested a suspect, identified as X": the parser may hang the clause on the
                # verb that acted on the noun.
                clauses += [c for c in noun.head.children if c.dep_ == "advcl" and c.i > noun.i]
            for clause in clauses:
                if clause.lemma_ not in IDENTIFYING:
                    continue
                for name in (
                    g
                    for prep in clause.children
                    if prep.lower_ == "as"
                    for g in prep.children
                    if g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or name_like(g))
                ):
                    return Subject(full_name(name), "person", phrase(target))
    return None


def _titled(
    role: Token, phrase_: str | None, near: list[Span], people: dict[str, str]
) -> Subject | None:
    """The one person a nearby sentence names with the role as a title: "removed the mayor of
    X from office" and "Mayor Y Z was replaced" are one action on Y Z."""
    if role.pos_ != "NOUN" or role.tag_ != "NN":
        return None
    doc = role.doc
    # The whole title must agree: "the interior minister" is not "Prime Minister X".
    wanted = {c.lower_ for c in role.children if c.dep_ in ("compound", "amod")} - _NOT_TITLE
    # The name right after the title, typed a person or read as a name from the words
    # ("Governor Ama Kaira", which the recogniser may leave untyped).
    titled = {
        full_name(name_run_end(doc[title.i + 1]))
        for sentence in near
        for title in sentence[:-1]
        if title.lower_ == role.lower_
        and doc[title.i + 1].pos_ == "PROPN"
        # Not a body's name a title ends in: "Inspector General of Police X".
        and (title.i == 0 or doc[title.i - 1].lower_ != "of")
        and (
            doc[title.i + 1].ent_type_ == "PERSON"
            or name_like(name_run_end(doc[title.i + 1]), people)
        )
        and {t.lower_ for t in _title_words(doc, title.i)} == wanted
    }
    if len(titled) != 1:
        return None
    return Subject(resolve_person(titled.pop(), people), "person", phrase_ or phrase(role))


def _title_words(doc: Doc, title: int) -> list[Token]:
    """The capitalised words before a title word ("Prime" in "Prime Minister X")."""
    words = []
    index = title - 1
    while index >= 0 and doc[index].is_title and not doc[index].is_sent_start:
        words.append(doc[index])
        index -= 1
    return words


def _set_off_after_place(name: Token) -> bool:
    """ "the prefect of Haute-Vérène, Jean-Baptiste Morlaix": a name that the parser made the
    object of "of", with the place before the comma a modifier of it."""
    doc = name.doc
    return name_like(name) and any(
        c.dep_ in ("nmod", "compound") and any(w.text == "," for w in doc[c.i : name.i])
        for c in name.children
    )


def _of_place(role: Token) -> Token | None:
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ not in ("PERSON", ""):
                    return place
    return None


def _not_referent(token: Token) -> bool:
    """A name a pronoun does not point back to: a source quoted after what they said
    ("..., Director X told reporters"), a name in a time phrase ("after Cyclone X") or after
    "in", "at" or "near", or one modifying a common noun ("the Barguna relief officer")."""
    head = token
    while head.dep_ in ("compound", "flat") and head.head.pos_ == "PROPN":
        head = head.head
    verb = head.head
    if head.dep_ in ("compound", "amod", "nmod") and verb.pos_ == "NOUN":
        return True
    if head.dep_ == "pobj":
        # "after Cyclone X"; "at his home in X" is a place, however the recogniser typed it.
        return verb.lower_ in _TIME_PREPOSITIONS | {"in", "at", "near"}
    quoted_before = any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)
    return head.dep_ == "nsubj" and verb.lemma_.lower() in REPORTING_VERBS and quoted_before


def _acts(token: Token, verbs: set[int]) -> bool:
    """A name that is the subject of a verb governing the pronoun: "Justice X ordered that he
    be remanded" is not about X (but "X said he was stepping down" is)."""
    head = token
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    speaking = head.head.lemma_.lower() in REPORTING_VERBS
    if head.dep_ == "nsubj" and head.head.i in verbs and not speaking:
        return True
    # "named X to replace him": the one named is who replaces, not whom.
    named = head.head if head.dep_ == "appos" else head
    return (
        named.dep_ == "dobj"
        and named.head.i in verbs
        and any(c.i in verbs and c.lemma_.lower() in _SUCCEEDING for c in named.head.children)
    )


def _named_person(token: Token) -> bool:
    """A person's name, or a proper name in apposition to a role noun ("the prison director,
    X Y,"), whatever type the recogniser gave it."""
    if token.ent_type_ == "PERSON":
        return True
    if token.dep_ != "appos" or token.pos_ != "PROPN" or not role_noun(token.head):
        return False
    return token.ent_type_ not in NOT_PEOPLE


def _person_typed_otherwise(token: Token) -> bool:
    """A name the recogniser typed as an organisation, given with an age or a post as only a
    person's is ("identified as Elias Moor, 26, a guard": "Elias Moor" as ORG)."""
    described = any(c.dep_ == "appos" and (c.like_num or role_noun(c)) for c in token.children)
    return token.ent_type_ == "ORG" and described and name_like(token)


def _personal(token: Token) -> bool:
    """A person's name, or a proper name the recogniser gave no other type."""
    return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.ent_type_ == "")


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
    place = (country_of(places[0].text) or places[0].text) if places else country
    name = f"{kind.capitalize()} of {place}" if place else kind.capitalize()
    return Subject(name, "body")


def _owned_body(token: Token) -> Subject | None:
    """ "the board of the Lake Transport Agency" -> "Board of Lake Transport Agency": a body
    of an organisation named after it, not of the country."""
    if token.pos_ != "NOUN" or token.lower_ not in ASSEMBLIES:
        return None
    owners = (o for c in token.children if c.lower_ == "of" for o in c.children)
    owner = next((o for o in owners if o.dep_ == "pobj" and o.ent_type_ == "ORG"), None)
    entity = entity_at(owner) if owner is not None else None
    if entity is None:
        return None
    return Subject(f"{token.lower_.capitalize()} of {_without_article(entity)}", "body")


def _without_article(entity: Span) -> str:
    return " ".join(w.text for w in entity if w.dep_ != "det")


def _named_body(token: Token, country: str | None) -> Subject:
    """ "the National Assembly" -> "National Assembly of X": an assembly of the article's
    country unless its name says whose it is; "the Board of Directors of the X Agency",
    which the recogniser may cut after "of", keeps its owner."""
    entity = entity_at(token)
    assert entity is not None  # the caller found the token typed as an organisation
    doc = token.doc
    of = entity.end - 1 if entity[-1].lower_ == "of" else entity.end
    owner = entity_at(doc[of + 1]) if of + 1 < len(doc) and doc[of].lower_ == "of" else None
    if owner is not None and owner.label_ == "ORG":
        entity = doc[entity.start : owner.end]
    words = [w for w in entity if w.dep_ != "det"]
    name = _without_article(entity)
    placed = any(country_of(w.text) for w in words if w.pos_ == "PROPN")
    # "the Kilimani Hospital Board" names its own; "the National Assembly" is the country's.
    own = any(w.lower_ not in _NATIONAL and w.lower_ not in ASSEMBLIES for w in words)
    return Subject(name if placed or own or not country else f"{name} of {country}", "body")


# Words of a national body's name that say nothing of whose it is.
_NATIONAL = frozenset({
    "national", "federal", "central", "supreme", "constituent", "legislative", "grand",
    "upper", "lower", "of", "representatives", "people", "'s", "state", "states",
})  # fmt: skip


def _position(trigger: Token) -> str | None:
    """The post named with the action: "dismissed from his position as head of X"."""
    for word in trigger.subtree:
        if _in_clause_of(word, trigger) and (
            (word.lower_ == "as" and word.dep_ == "prep" and word.head.i != trigger.i)
            or (word.lower_ == "as" and word.head.lemma_.lower() in ("position", "post", "job"))
            # "sacked as police chief": the post right after the action.
            or (word.lower_ == "as" and word.head.i == trigger.i and _names_a_post(word))
        ):
            for inner in word.children:
                if inner.dep_ == "pobj":
                    return phrase(inner)
    # "was appointed deputy minister": the post the verb makes of its object; the parser may
    # split a hyphenated post into several ("vice", "-", "president").
    made = [c for c in trigger.children if c.dep_ == "oprd" and c.ent_type_ != "PERSON"]
    post = next((c for c in made if a_post(c)), None)
    if post is None:
        return None
    first = post
    while first.i > 0 and trigger.doc[first.i - 1] in made:
        first = trigger.doc[first.i - 1]
    return phrase(post) if first.i == post.i else trigger.doc[first.i : post.i + 1].text


# Posts no agent noun names: "stepped down as head of the agency".
_HEADING = frozenset({"head", "chief"})


def _names_a_post(preposition: Token) -> bool:
    """ "as police chief", "as head of the agency"."""
    return any(
        g.dep_ == "pobj" and (role_noun(g) or g.lemma_.lower() in _HEADING)
        for g in preposition.children
    )


def _in_clause_of(word: Token, trigger: Token) -> bool:
    """`word` hangs on `trigger` through no other clause: not "..., after X took office as Y"."""
    current = word
    while current.i != trigger.i:
        if current.dep_ in ("advcl", "relcl", "ccomp", "acl", "xcomp", "conj", "pcomp"):
            return False
        current = current.head
    return True


_BEING = frozenset({"be", "remain", "stay", "include", "comprise", "walk"})
_SUCCEEDING = frozenset({"replace", "succeed"})


def _succeeding(verb: Token) -> bool:
    """ "will replace", "will succeed": a plain future of taking another's post."""
    return verb.lemma_.lower() in _SUCCEEDING and _to_come(verb)


def _by(trigger: Token, action: Action, people: dict[str, str]) -> str | None:
    # The subject of a verb of being or including is who the action befell: "X and Y are
    # members of the inquiry", "X remains in custody", "the detainees included X", "X
    # walked free".
    if action in _ACTOR_IS_SUBJECT or trigger.lemma_ in _BEING:
        return None
    for child in trigger.children:
        # "X was replaced by her deputy, Y": the agent of a replacing is who came in.
        if child.dep_ == "agent" and trigger.lemma_ not in _SUCCEEDING:
            for actor in child.children:
                if actor.dep_ == "pobj":
                    return _actor(actor, people)
        if child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN"):
            return _actor(child, people)
    return None


def _actor(token: Token, people: dict[str, str]) -> str:
    if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.ent_type_ == ""):
        return resolve_person(full_name(token), people)
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


def _complete_names(candidates: list[_Candidate], people: dict[str, str]) -> list[_Candidate]:
    """A name given once in full only in apposition ("the commander, Paul X Y,") completes the
    same person's shorter mentions elsewhere ("Mr. X"); `people` learns the spelling."""
    fulls = {
        c.found.subject: c.found.subject
        for c in candidates
        if c.named and c.found.kind == "person" and len(c.found.subject.split()) > 1
    }
    completed = []
    for candidate in candidates:
        subject = candidate.found.subject
        if candidate.named and candidate.found.kind == "person" and subject not in fulls:
            full = resolve_person(subject, fulls)
            if full != subject:
                people[subject] = full
                candidate = replace(candidate, found=replace(candidate.found, subject=full))
        completed.append(candidate)
    return completed


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
                # A post is a person's: a body takes none from a person near it.
                role=found.role or (unnamed.found.role if found.kind == "person" else None),
                detail=found.detail or unnamed.found.detail,
            )
        surname = found.subject.split()[-1]
        aliases = sorted(
            {m for m, full in people.items() if full == found.subject and m.split()[-1] != surname}
        )
        result.append(replace(found, aliases=aliases))
    return result
