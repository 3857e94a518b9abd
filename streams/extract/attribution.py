"""Who a sentence says the claim comes from: "according to X", "X said", "X admitted that"."""

import re

from spacy.tokens import Span, Token

from streams.extract.dates import MONTH_NAME
from streams.extract.lexicon import CARERS, STATE_WORDS
from streams.incidents.event_types import type_of_token

REPORTING_VERBS = {
    "say", "tell", "report", "state", "announce", "confirm", "admit", "add", "claim", "declare",
    "estimate", "disclose", "reveal", "acknowledge", "quote", "put", "record", "count",
    "give", "cite", "clarify",
}  # fmt: skip
# Links that keep a clause inside what is reported ("X said [that] ... died").
_REPORTED = {
    "ccomp",
    "parataxis",
    "conj",
    "xcomp",
    "acl",
    "amod",
    "relcl",
    "nsubj",
    "nsubjpass",
    "dobj",
    "pobj",
    "prep",
    "nummod",
    "oprd",  # "left 26 dead"
    "advcl",  # "..., killing 26 people, police said"; not a clause of the verb of saying itself
}
_TRIM = {"the", "a", "an", ",", "'s", "’s"}


def phrase(token: Token) -> str:
    """The noun phrase headed by `token`, without leading articles or trailing commas."""
    # Clauses are cut wherever they hang ("the Commission, which on Thursday had counted 987
    # dead"); appositions and prepositions but "of" only on the head.
    cut = {
        w.i
        for child in token.subtree
        if child.i > token.i
        and (
            child.dep_ in ("relcl", "acl")
            or (
                child.head.i == token.i
                and (child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ != "of"))
            )
        )
        for w in child.subtree
    }
    keep = [w for w in token.subtree if w.i not in cut]
    # A headline or dateline the parser ran into the sentence ("Hong Kong\nAuthorities in ...",
    # "2024-12-01 Police said"): the source starts after it.
    breaks = [at for at, w in enumerate(keep) if "\n" in w.text_with_ws]
    keep = keep[breaks[-1] + 1 :] if breaks and breaks[-1] < len(keep) - 1 else keep
    while keep and (keep[0].lower_ in _TRIM or _dateline(keep[0])):
        keep.pop(0)
    while keep and (keep[-1].is_punct or keep[-1].lower_ in _TRIM):
        keep.pop()
    # Brackets emptied of an apposition cut above: "the Detective Branch (DB) of X".
    text = _EMPTIED.sub("", "".join(w.text_with_ws for w in keep).strip())
    return text + ")" if text.count("(") > text.count(")") else text


_EMPTIED = re.compile(r"\s*\(\s*\)")


def _dateline(word: Token) -> bool:
    """A word of a dateline's date ("Feb 14 -"), which the tagger may not mark as one."""
    if word.is_punct or word.pos_ == "SYM" or word.ent_type_ == "DATE":
        return True
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return MONTH_NAME.fullmatch(word.text) is not None or (
        word.like_num and after is not None and after.is_punct
    )


# Nouns of a body's figures or words, whose source is who compiled or said them: "figures
# from the police", "statements by the mayor".
_DATA = frozenset({
    "data", "datum", "figure", "statistic", "count", "tally", "record", "estimate", "number",
    "toll", "statement", "report", "briefing",
    "balance", "bulletin",  # "the last balance of the Civil Protection", as translated
})  # fmt: skip
# Verbs that report only what data say: "figures from the police showed 2,300 arrests".
_SHOWING = frozenset({"show", "indicate", "suggest"})


# Verbs that set a tally ("officials raised the toll to 95"): their subject is its source,
# unless it is the event itself ("the floods raised the toll").
_REVISING = frozenset({"raise", "revise", "lower", "update", "increase", "reduce"})


def _reporting(verb: Token) -> bool:
    """A verb of saying, not one that takes lives ("the floods claimed 224 lives"), admits
    to hospital ("30 were admitted") or shows anything but data."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or takes_lives(verb):
        return False
    if lemma in _REVISING:
        # With a subject of its own: "..., raising the toll to 146" is told by the clause above.
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        tally = any(c.dep_ == "dobj" and c.lemma_.lower() in _DATA for c in verb.children)
        return tally and bool(subjects) and all(type_of_token(c) is None for c in subjects)
    if lemma in _SHOWING:
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in _DATA for c in verb.children)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if _counted_subject(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False  # a counted subject, or a saying denied: "police did not say how many"
    if lemma == "admit" and (passive or _admits_patients(verb)):
        return False
    return lemma in REPORTING_VERBS


def _admits_patients(verb: Token) -> bool:
    """ "Clinics admitted 40 people": carers take people in, they say nothing."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        s.lemma_.lower() in CARERS for s in subjects
    )


def _counted_subject(verb: Token) -> bool:
    """ "..., with 45 people confirmed dead": a participle the parser gave the counted people
    as its subject, not a verb of saying."""
    state = any(c.dep_ in ("oprd", "acomp") and c.lower_ in STATE_WORDS for c in verb.children)
    return state and any(
        c.dep_ == "nsubj" and any(g.like_num for g in c.children) for c in verb.children
    )


def reporting_verb(token: Token) -> Token | None:
    """The nearest verb of saying whose reported clause holds `token`."""
    current = token
    while True:
        if _reporting(current) and not _across_semicolon(token, current):
            return current
        if current.dep_ not in _REPORTED or current.head.i == current.i:
            return None
        if current.dep_ == "advcl" and (_reporting(current.head) or _dated(current)):
            # "After the blast killed 26, the minister said he would resign": the clause
            # tells when, not what was said.
            return None
        current = current.head


_WHEN = frozenset({"after", "before", "since", "until", "when", "while", "once"})


def _dated(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _WHEN for c in clause.children)


def _across_semicolon(token: Token, verb: Token) -> bool:
    """ "Groups say 130 died; the government says 89": the parser may hang the first clause
    on the second verb of saying, across the semicolon that parts them."""
    low, high = sorted((token.i, verb.i))
    return any(word.text == ";" for word in token.doc[low:high])


def attribution(token: Token, sentence: Span) -> str | None:
    """The source the sentence gives for the clause of `token`, if any."""
    verb = reporting_verb(token)
    below = _according_to(sentence, _clauses_below(token, verb))
    if below is not None:
        return below  # "the president said ... clashes left 23 dead, according to medics"
    while verb is not None:
        for child in verb.children:
            # The subject of a passive is what was reported ("1,900 people were reported
            # missing"); its source follows "by".
            # Not a subject the count's own clause hangs on: "A stampede killed 125 people,
            # police said", which the parser reads as a stampede "killed" that said it.
            holds = token in child.subtree
            said_by = (
                _source(child)
                if child.dep_ == "nsubj"
                and child.pos_ not in ("PRON", "NUM")
                and not holds
                and not _counts_listed(child)
                else None
            )
            if said_by is not None:
                return said_by
            if child.dep_ == "agent":  # "were reported by the ministry"
                source = next((g for g in child.children if g.dep_ == "pobj"), None)
                if source is not None:
                    return phrase(source)
        shared = _shared_subject(verb, token)
        if shared is not None:
            return shared
        # "Police said 30 people were reported killed": a passive report with no source of
        # its own is told by the one who says it.
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if not passive or verb.dep_ not in _REPORTED or verb.head.i == verb.i:
            break
        verb = reporting_verb(verb.head)
    return _according_to(sentence)


def _counts_listed(subject: Token) -> bool:
    """ "seven Indians, five Nepalis and one Kuwaiti, a source said", which the parser may
    make the subject of "said": a list of counts is no speaker."""
    return _counted(subject) and any(c.dep_ == "conj" and _counted(c) for c in subject.children)


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _shared_subject(verb: Token, token: Token) -> str | None:
    """ "The ministry met on Monday and said 146 people had died": a verb joined to another
    with no subject of its own says what the first one's subject says."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ in ("PRON", "NUM") or token in subject.subtree:
        return None
    return _source(subject)


def _source(noun: Token) -> str | None:
    """Who a source noun stands for: the body that compiled data ("figures from the
    police", "data compiled by the rights group X", "the tally of the Interior Ministry"),
    none for data of no one ("figures showed"), else the noun's own phrase."""
    if noun.lemma_.lower() not in _DATA:
        return phrase(noun)
    for child in noun.children:
        for holder in [child, *(g for g in child.children if g.dep_ == "agent")]:
            source = next((g for g in holder.children if g.dep_ == "pobj"), None)
            if source is None or holder.dep_ not in ("prep", "agent"):
                continue
            # "of" names a body only by its name: not "a tally of reports".
            by_name = holder.lower_ == "of" and source.pos_ == "PROPN"
            if holder.lower_ in ("from", "by") or by_name:
                return phrase(source)
    return None


def _clauses_below(token: Token, verb: Token | None) -> set[int]:
    """The words from `token` up to the reporting verb above it (not included)."""
    found: set[int] = set()
    current = token
    while verb is not None and current.i != verb.i and current.i not in found:
        found.add(current.i)
        current = current.head
    return found


def _according_to(sentence: Span, heads: set[int] | None = None) -> str | None:
    """The source of "according to X", hung on one of `heads` if they are given."""
    for word in sentence:
        if word.lower_ == "according" and (heads is None or word.head.i in heads):
            for to in word.children:
                for source in to.children:
                    if source.dep_ == "pobj":
                        return _source(source) or phrase(source)
    return None


def takes_lives(verb: Token) -> bool:
    """ "The floods claimed 224 lives": the event took them; no one said so."""
    return verb.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives", "victim") for c in verb.children
    )
