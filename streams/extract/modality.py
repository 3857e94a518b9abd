"""Whether a stated figure or action is asserted as fact, and whether it corrects an earlier one.

Excluded as not asserted: clauses under a modal ("could rise", "may have died", "would"),
negated clauses ("were not killed"), clauses that are feared, threatened, planned or demanded
rather than reported ("feared dead", "threatened to arrest", "called for him to resign"), and
future tense ("will resign"). Correction language ("revised down", "was an error",
"retracted", "corrected", "not X as previously reported") marks a claim as correcting.
"""

import re

from spacy.tokens import Span, Token

_MODALS = {"could", "may", "might", "would", "should", "will", "shall", "can", "must", "'ll"}
_NOT_ASSERTED_HEADS = {
    "fear", "threaten", "plan", "want", "vow", "seek", "demand", "call", "urge", "expect",
    "refuse", "deny", "try", "attempt", "ask", "warn", "intend", "hope", "propose", "prepare",
}  # fmt: skip
_CORRECTION = re.compile(
    r"\b(?:revis(?:ed|es|ing)|correct(?:ed|ing|ion)|retract(?:ed|s|ion|ing)|"
    r"(?:was|were|is) (?:an? )?(?:error|mistake|wrong|incorrect|inaccurate)|"
    r"erroneous(?:ly)?|mistaken(?:ly)?|"
    r"not \S+(?: \S+)? as (?:previously|earlier|initially|first|originally) "
    r"(?:reported|stated|said))\b",
    re.IGNORECASE,
)


def asserted(token: Token) -> bool:
    """False when the clause of `token` is hypothetical, negated, feared or demanded."""
    clause: Token | None = token
    steps = 0
    while clause is not None and steps < 4:
        for child in clause.children:
            if child.dep_ == "neg":
                return False
            if child.dep_ == "aux" and child.lower_ in _MODALS:
                return False
        if clause.lemma_.lower() in _NOT_ASSERTED_HEADS and clause is not token:
            return False
        if clause.dep_ not in ("xcomp", "conj", "acl", "amod", "oprd", "ccomp", "advcl"):
            if clause.head.lemma_.lower() in _NOT_ASSERTED_HEADS:
                return False
            break
        clause = clause.head if clause.head is not clause else None
        steps += 1
    return True


def corrects(sentence: Span) -> bool:
    """The sentence says an earlier figure was wrong, retracted or revised."""
    return _CORRECTION.search(sentence.text) is not None
