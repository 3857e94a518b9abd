"""Whether a stated figure or action is asserted as fact, and whether it corrects an earlier one.

Excluded as not asserted: clauses under a modal ("could rise", "may have died", "would"),
negated clauses ("were not killed"), clauses that are feared, threatened, planned or demanded
rather than reported ("feared dead", "threatened to arrest", "called for him to resign"), and
future tense ("will resign"). Correction language ("revised down", "was an error",
"retracted", "withdrew", "a technical error", "21, not 30", "counted twice", "denied the
figure", "not X as previously reported") marks a claim as correcting; the figure it names as
wrong may be a report's ("a report that 120 had died was wrong") or an earlier version's ("an
earlier version of this article said 40"). An update upwards
("rose to N", "raising the toll to N", "the toll reached N", or a figure higher than one the
article calls earlier) is a revision that rises.
"""

import re

from spacy.tokens import Span, Token

from streams.extract.attribution import REPORTING_VERBS
from streams.extract.dates import MONTH_WORD
from streams.extract.history import clause_verb
from streams.extract.lexicon import TALLY_NOUNS
from streams.extract.texts import text_of

_MODALS = {"could", "may", "might", "would", "should", "will", "shall", "can", "must", "'ll"}
_NOT_ASSERTED_HEADS = {
    "fear", "threaten", "plan", "want", "vow", "seek", "demand", "call", "urge", "expect",
    "refuse", "deny", "try", "attempt", "ask", "warn", "intend", "hope", "propose", "prepare",
    "proposal",  # "to consider a proposal to appoint X"
}  # fmt: skip
# What a count is called when it is wrong; a document or a count called forged too: "the
# leaked list of 1,412 arrests was a forgery".
_CALLED_WRONG = (
    "error", "mistake", "wrong", "incorrect", "inaccurate", "false", "overestimate",
    "exaggeration", "exaggerated", "inflated", "forgery", "forged", "fake", "fabricated",
    "fabrication", "bogus",
)  # fmt: skip
_CORRECTION = re.compile(
    r"(?<!not )(?<!never )\b(?:revis(?:ed|es|ing)|correct(?:ed|ing|ion)|retract(?:ed|s|ion|ing)|"
    # "the correct figure is 25": what an earlier one should have been.
    r"correct (?:figure|toll|number|count|tally)|"
    # Withdrawing a figure, not a bill: "withdrew its figure", "the toll was withdrawn".
    r"withdr(?:ew|awn|aws?|awing) (?:the|its|a|that|this) (?:earlier |previous |initial )?"
    r"(?:figure|toll|number|count|tally|data|claim)|"
    r"(?:figure|toll|number|count|tally)\b(?: \S+){0,14} (?:is|was|were|has been|had been) "
    r"withdrawn|"
    # "41 had died, a figure the city withdrew hours later".
    r"(?:figure|toll|number|count|tally)(?: that| which)?(?: \S+){1,4} "
    r"(?:withdrew|retracted|denied|disowned)\b|"
    r"technical (?:error|glitch|mistake|problem)|result of an? (?:\S+ )?(?:error|mistake)|"
    r"(?:was|were|is|had been) (?:an? )?(?:(?:clerical|typographical|counting|reporting|"
    r"data[- ]entry|calculation|administrative|human) )?"
    rf"(?:{'|'.join(_CALLED_WRONG)})|"
    # A figure given wrongly, not anything done wrongly: "mistakenly reported 40 deaths".
    r"erroneous|mistaken|(?:erroneously|mistakenly|incorrectly|wrongly) (?:stated|said|"
    r"reported|gave|given|put|listed|counted|announced|included|recorded|added|published|"
    r"claimed)|double[- ]count(?:ed|ing)?|counted twice|"
    # A publisher's note without its label: "a previous version of this story said 25".
    r"(?:earlier|previous|original|first|initial) version of (?:this|the) "
    r"(?:article|story|report|dispatch|update|post|page)|"
    r"(?:denied|disowned|rejected) (?:the|its|a|that) (?:earlier )?(?:figure|toll|number|report)|"
    r"(?:lower(?:ed|ing)|reduc(?:ed|ing)|downgrad(?:ed|ing)|cut(?:ting)?|adjust(?:ed|ing)) "
    r"(?:it|(?:the|its|that|this|their) (?:own )?(?:earlier |previous |initial )?(?:death )?"
    r"(?:toll|figure|count|tally|number|estimate))|"
    # "The number of injured was lowered from 310 to 260", "was also adjusted, to 88 from 91".
    r"(?:toll|figure|count|tally|number)\b(?: \S+){0,4} (?:was|were|has been|had been) "
    r"(?:also |later |since |then )?(?:lowered|reduced|downgraded|cut|adjusted)|"
    # A count set right: "rectified the toll", "walked back the claim", "were misidentified".
    r"rectif(?:y|ied|ies|ying)|"
    r"walk(?:ed|s|ing)? back (?:the|its|his|her|their|that|an?) (?:earlier |initial )?"
    r"(?:figure|toll|number|count|tally|claim|statement)|"
    r"(?:figure|toll|number|count|tally|claim)\b(?: \S+){0,8} (?:was|were|has been|had been) "
    r"(?:later )?walked back|"
    r"mis(?:identified|counted|reported|stated|recorded)|"
    r"(?:previously|earlier|initially|first|originally) reported as|"
    r"not \S+(?: \S+)? as (?:previously|earlier|initially|first|originally) "
    r"(?:reported|stated|said))\b"
    # "the toll is 21, not 30": a figure set against the one it replaces.
    r"|(?:,| and) not (?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
    r"|\brather than \d|\binstead of (?:the )?\d",
    re.IGNORECASE,
)


def _describes(participle: Token) -> bool:
    """A participle that describes the noun it follows, as a fact: "X, arrested on Saturday",
    "the owner, X, freed on bail"; not a clause of its own on a common noun ("rumours that X
    had been detained")."""
    if participle.head.pos_ == "PROPN":
        return True
    own = ("nsubj", "nsubjpass", "mark", "aux", "auxpass")
    return participle.head.pos_ == "NOUN" and not any(c.dep_ in own for c in participle.children)


# Marks of a clause that gives the grounds of another: asserted whatever the other's mood.
_GROUNDS = {"as", "because", "since", "with"}  # "could rise, with 45 confirmed dead"


def asserted(token: Token) -> bool:
    """False when the clause of `token` is hypothetical, negated, feared or demanded."""
    clause: Token | None = token
    coordinated = False
    steps = 0
    while clause is not None and steps < 4:
        if clause.dep_ in ("pcomp", "pobj") and clause.head.lower_ == "without":
            return False  # "released without charge", "held without being charged"
        for child in clause.children:
            if child.dep_ == "neg":
                return False
            if child.dep_ == "aux" and child.lower_ in _MODALS:
                return False
        # "feared dead" is not asserted; but a verb coordinated before this one does not govern
        # it: "X, also called Y, was arrested" is asserted whatever "call" can mean elsewhere.
        governing = not coordinated
        if governing and _unasserting(clause) and not _done(clause):
            return False
        coordinated = clause.dep_ == "conj"
        if clause.dep_ == "relcl" and (_refuted(clause.head) or _refuted_claim_of(clause.head)):
            return False  # "reports that she had quit were false", "that" read as a pronoun
        if clause.dep_ not in ("xcomp", "conj", "acl", "amod", "oprd", "ccomp", "advcl"):
            above = clause.head.i != clause.i
            if above and _unasserting(clause.head):
                return False
            break
        if semicolon_between(clause, clause.head):
            break  # "... that 64 were dead; the ministry did not explain": another sentence
        if clause.dep_ == "conj" and clause.head.dep_ == "ROOT" and own_subject(clause):
            break  # "may have killed 30, and 12 others were arrested": a sentence of its own
        if _commented(clause):
            break
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and _describes(clause):
            # "X, arrested on Saturday, called for calm", "the owner, X, freed on bail, is
            # expected to appear": said of X, whatever X does or may do.
            break
        if clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _GROUNDS for c in clause.children
        ):
            break  # "the toll could rise, as ten are in critical condition": a stated reason
        if _past_event(clause):
            break  # "she would not step down, a day after riots left 31 dead"
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_ in REPORTING_VERBS:
            break  # "they denied the reports, saying 37 died": what they say is told as said
        if clause.dep_ in ("acl", "ccomp") and _refuted(clause.head):
            return False  # "rumours that X had been detained were false"
        clause = clause.head if clause.head is not clause else None
        steps += 1
    return True


# Hearsay a sentence can call false: "rumours that X had been detained were false".
_HEARSAY = frozenset({"rumour", "rumor", "report", "claim", "speculation", "allegation"})
_FALSE = frozenset({
    "false", "untrue", "unfounded", "baseless", "groundless", "wrong", "incorrect", "fake",
})  # fmt: skip


def _refuted(noun: Token) -> bool:
    """Hearsay the sentence calls false or denied: "the rumours ... were false", "the report
    ... was denied", "dismissed as fake news reports that ..."."""
    verb = noun.head
    if noun.lemma_.lower() not in _HEARSAY:
        return False
    if noun.dep_ == "dobj" or (noun.dep_ == "pobj" and verb.lower_ == "as"):
        # "denied reports that X was held", "dismissed as fake news reports that ...".
        denying = verb if noun.dep_ == "dobj" else verb.head
        return denying.lemma_.lower() in _DENYING
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    called_false = verb.lemma_ == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in _FALSE for c in verb.children
    )
    passive = noun.dep_ == "nsubjpass"
    withdrawn = verb.lemma_.lower() in _WITHDRAWING or dismissed_as_untrue(verb)
    return called_false or (passive and withdrawn)


def _refuted_claim_of(claimant: Token) -> bool:
    """The one whose claim the sentence denies, who said what the clause says: "dismissed a
    claim by X, who told a radio station that six had died"."""
    if claimant.dep_ == "appos":
        claimant = claimant.head  # "a claim by the district officer, X, who said ..."
    by = claimant.head
    return claimant.dep_ == "pobj" and by.lower_ == "by" and _refuted(by.head)


_DISMISSING = frozenset({"dismiss", "reject", "brush", "wave"})
_DENYING = _DISMISSING | {"deny", "refute", "debunk", "rubbish", "dispel"}


def dismissed_as_untrue(verb: Token) -> bool:
    """ "were dismissed as baseless", "rejected as false": a verb judging what was said, not a
    removal from office."""
    return verb.lemma_.lower() in _DISMISSING and any(
        g.lower_ in _FALSE for c in verb.children if c.lower_ == "as" for g in c.children
    )


def own_subject(clause: Token) -> bool:
    """The clause has a subject of its own, not one shared with a verb it is joined to."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _past_event(clause: Token) -> bool:
    """A clause in the past tense that another comes after ("a day after riots left 31 dead",
    "hours after a mob attack killed nine", "would drop the tax after clashes left 23 dead"):
    what it tells happened, whatever the mood of the clause it hangs on."""
    if clause.dep_ not in ("advcl", "conj") or clause.tag_ != "VBD":
        return False
    marked = clause.dep_ == "advcl" and any(
        (c.dep_ == "mark" and c.lower_ == "after")
        or (
            c.dep_ == "npadvmod"
            and c.ent_type_ == "DATE"
            and any(p.lower_ == "after" for p in c.children)
        )
        for c in clause.children
    )
    return marked or split_after(clause) is not None


def split_after(clause: Token) -> Token | None:
    """The "after" of "would not sign it a day after clashes left 23 dead" where the parser
    took it for a preposition of the clause above, its object for the subject of `clause`,
    and `clause` for a sibling of that one."""
    if own_subject(clause):
        return None
    return next(
        (
            c
            for c in clause.head.children
            if c.dep_ == "prep" and c.lower_ == "after" and c.i < clause.i
        ),
        None,
    )


# Verbs whose complement before them they govern: "nine died, police could not confirm".
_GOVERNING = REPORTING_VERBS | _NOT_ASSERTED_HEADS | {"believe", "think", "know", "doubt"}


def _commented(clause: Token) -> bool:
    """A clause followed by another that the parser hung it under as a complement ("eleven
    workers died, that should never have happened", "..., an inquiry will follow"): unless the
    later verb is one of saying or believing, its modal or negation is not the clause's."""
    head = clause.head
    return clause.dep_ == "ccomp" and clause.i < head.i and head.lemma_.lower() not in _GOVERNING


# Verbs of seeking that are done, not meant, when their object is a noun: "120 sought
# treatment" (but "sought to arrest him" and "asked the judge to jail him" are intentions).
_SEEKING = {"seek", "ask"}


def _unasserting(verb: Token) -> bool:
    """A verb that leaves what it governs unasserted ("feared", "called for"); "called off"
    ends a search or a strike and asks for nothing, and people "being sought" or "wanted by
    police" are so."""
    if verb.lemma_.lower() not in _NOT_ASSERTED_HEADS:
        return False
    if verb.lemma_.lower() in ("seek", "want") and any(
        c.dep_ == "nsubjpass" for c in verb.children
    ):
        return False
    return not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _done(clause: Token) -> bool:
    children = list(clause.children)
    return (
        clause.lemma_.lower() in _SEEKING
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in children)
        and not any(c.dep_ == "xcomp" for c in children)
    )


def semicolon_between(a: Token, b: Token) -> bool:
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[low:high])


# A correction's label alone, which the sentencizer splits from the note it heads.
_NOTE_LABEL = re.compile(
    rf"(?:correction|clarification)s?(?:,? (?:on )?{MONTH_WORD} \d{{1,2}}(?:, \d{{4}})?)?\s*:?",
    re.IGNORECASE,
)


def correction_words(text: str) -> bool:
    """The text says a figure was wrong, retracted or revised (see `corrects`)."""
    return _CORRECTION.search(text) is not None


def corrects(sentence: Span, before: Span | None) -> bool:
    """The sentence says an earlier figure was wrong, retracted or revised, or is the note
    under a label ("CORRECTION: A previous update stated that 15 were missing."), the
    sentence `before` it; the label alone takes nothing back."""
    if _NOTE_LABEL.fullmatch(text_of(sentence).strip()):
        return False
    if before is not None and _NOTE_LABEL.fullmatch(text_of(before).strip()):
        return True
    if correction_words(text_of(sentence)):
        return True
    # "A previous version said 130 had died", "An earlier version reported, citing ..., that";
    # the words of an earlier one are looked for first, since most sentences have none.
    return _AN_EARLIER.search(text_of(sentence)) is not None and any(
        _told_in_an_earlier_version(t, _VERSIONS) for t in sentence
    )


_WITHDRAWING = {"retract", "withdraw", "correct", "deny", "disown"}
_REVISING = {"revise", "lower", "reduce", "downgrade", "adjust", "amend"}
_WRONG = {*_CALLED_WRONG, "erroneous"}


# Nouns whose content clause tells a figure: "an earlier report that 120 had died".
_TOLD = frozenset({"report", "claim", "statement", "account", "suggestion", "announcement"})


# Words of a figure given before another: "an earlier version", "initial reports".
EARLIER_WORDS = frozenset({"earlier", "previous", "original", "initial", "first"})
_AN_EARLIER = re.compile(rf"\b(?:{'|'.join(EARLIER_WORDS)})\b", re.IGNORECASE)


def _said_before(clause: Token) -> bool:
    """What an earlier version said, in a correction note: "an earlier version of this
    article said 40 people were killed". The clause may hang from the one after a semicolon
    that the parser put under the saying verb ("... said 52 were killed; the correct figure
    is 25")."""
    said = clause.head
    if clause.dep_ == "ccomp" and said.dep_ == "ccomp" and semicolon_between(clause, said):
        said = said.head
    # "reported, citing a police source, that 28 died": a "that" clause the parser joined on.
    content = clause.dep_ == "ccomp" or (
        clause.dep_ == "conj"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )
    # "Initial reports said eight had died" is an earlier count, not a wrong one, unless the
    # sentence says it was wrong ("an earlier report said 40; the correct figure is 25").
    tellers = _TOLD | _VERSIONS if correction_words(text_of(clause.sent)) else _VERSIONS
    return content and _told_in_an_earlier_version(said, tellers)


# What a publisher's earlier text is called: "an earlier version", "our first update".
_VERSIONS = frozenset({"version", "article", "story", "update", "dispatch", "post"})


def _told_in_an_earlier_version(said: Token, tellers: frozenset[str]) -> bool:
    """A verb of saying whose subject is an earlier one of `tellers`, or that says it was in
    one: "an earlier version said", "in an earlier update we said", "in the first version of
    this dispatch, we reported"."""
    if said.lemma_.lower() not in REPORTING_VERBS:
        return False
    versions = [c for c in said.children if c.dep_ == "nsubj"] + [
        g for c in said.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
    ]
    # "Correction, March 18: An earlier version said ...": the parser may make the version
    # stand beside the note's label.
    versions += [a for v in versions for a in v.children if a.dep_ == "appos"]
    return any(
        s.lemma_.lower() in tellers and any(c.lower_ in EARLIER_WORDS for c in s.children)
        for s in versions
    )


def in_an_earlier_version(token: Token) -> bool:
    """What a publisher's note says an earlier version said: "An earlier version of this
    article said X had been charged"."""
    clause = token
    for _ in range(4):
        if clause.head.i == clause.i:
            return False
        if clause.dep_ == "ccomp" and _told_in_an_earlier_version(clause.head, _VERSIONS):
            return True
        clause = clause.head
    return False


# Verbs by which a party sets its own figure against another's: "insisted the true toll was
# 22", "contested those numbers, holding to 45".
_DISPUTING = frozenset({"insist", "maintain", "dispute", "contest", "counter", "contend"})


def disputing(anchor: Token) -> bool:
    """The count is told in what a party insists on against another's figure: its clause is
    the content of a disputing verb, or of a saying verb on one ("disputed the figures,
    saying 45 died"); not "police maintained order as 12 were hurt"."""
    clause = clause_verb(anchor)
    if clause.dep_ != "ccomp":
        return False
    said = clause.head
    if said.lemma_.lower() in _DISPUTING:
        return True
    return (
        said.lemma_.lower() in REPORTING_VERBS
        and said.dep_ in ("advcl", "conj")
        and said.head.lemma_.lower() in _DISPUTING
    )


def _walked_back(verb: Token) -> bool:
    return verb.lemma_.lower() == "walk" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children
    )


def _taking_back(clause: Token) -> bool:
    return clause.lemma_.lower() in _WITHDRAWING or (
        clause.lemma_ == "be"
        and any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() in _WRONG for c in clause.children)
    )


def _figure_of(tally: Token, number: Token) -> bool:
    """The number is what the tally noun is "of": "a figure of 18"."""
    of = number.head
    return tally.lemma_.lower() in TALLY_NOUNS and of.lower_ == "of" and of.head.i == tally.i


def _disowned(verb: Token) -> bool:
    """ "the figure of 31 dead resulted from a technical error", "... does not correspond to
    reality": what is said of a wrong figure."""
    lemma = verb.lemma_.lower()
    if lemma == "correspond":
        return any(c.dep_ == "neg" for c in verb.children)
    return lemma in ("result", "stem", "arise") and _an_error_after(verb, "from")


def _result_of_error(word: Token) -> bool:
    """ "the result of a technical error", "the product of a mistake"."""
    return word.lemma_.lower() in ("result", "product", "consequence") and _an_error_after(
        word, "of"
    )


def _an_error_after(word: Token, preposition: str) -> bool:
    """An error or mistake is the object of the word's `preposition`."""
    return any(
        c.lemma_.lower() in _WRONG
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for c in prep.children
        if c.dep_ == "pobj"
    )


def retracted(number: Token) -> bool:
    """The count is the wrong figure a correction names ("the figure of 26 it gave was an
    error", "a figure of 20 was retracted") or the size of the mistake ("three bodies had been
    counted twice")."""
    current = number
    for _ in range(6):
        if any(c.dep_ == "relcl" and _taking_back(c) for c in current.children):
            # "the figure of 20 that the station retracted", "which was withdrawn", "as 43,
            # which was a transcription error".
            return True
        if current.dep_ == "relcl" and current.tag_ in ("VBZ", "VBP"):
            return False  # "corrected the toll, which is 21": what it is now
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ == "dobj" and (
            head.lemma_.lower() in _WITHDRAWING
            or _walked_back(head)
            or _told_in_an_earlier_version(head, _VERSIONS)
            # "revising down a figure of 18 it had given": the figure revised is the old one.
            or (head.lemma_.lower() in _REVISING and _figure_of(current, number))
        ):
            # "the ministry withdrew the figure of 52", "walked back the toll of 90", "in an
            # earlier version we reported 3,400 injured" (not "a previous report had reported
            # 13 deaths", a lower count since updated).
            return True
        if current.dep_ in ("nsubj", "nsubjpass"):
            complements = [c for c in head.children if c.dep_ in ("attr", "acomp", "advmod")]
            if head.lemma_ == "be":
                # "an earlier version said 30 were missing": what it said is the wrong one;
                # "the figure of 25 was the result of an error and is withdrawn".
                wrong = any(c.lemma_.lower() in _WRONG or _result_of_error(c) for c in complements)
                withdrawn = any(
                    c.dep_ == "conj" and c.lemma_.lower() in _WITHDRAWING for c in head.children
                )
                return wrong or withdrawn or _said_before(head)
            if current.dep_ == "nsubjpass" and (
                head.lemma_.lower() in _WITHDRAWING or _walked_back(head)
            ):
                return True  # "a figure of 20 dead ... was retracted", "... was walked back"
            if head.lemma_ == "count":
                return any(c.lower_ == "twice" for c in complements)
            if head.pos_ in ("VERB", "AUX"):
                if _said_before(head) or any(map(_disowned, (head, *head.conjuncts))):
                    return True
                if not (head.dep_ == "acl" and head.head.lemma_.lower() in _TOLD):
                    # But "a report that 120 had died was wrong" names its count, and so does
                    # "a claim it made on Tuesday that three had died".
                    maker = head.head
                    if not (head.dep_ == "ccomp" and maker.dep_ == "relcl"):
                        return False
                    if maker.head.lemma_.lower() not in _TOLD:
                        return False
                    head = maker.head
        current = head
    return False


# Verbs a running count rises by, when the count is what it rises to ("rose to 146").
_RISE_TO = {
    "rise", "climb", "jump", "increase", "soar", "mount", "surge", "swell", "grow", "raise",
    "bring", "push", "lift", "take",
}  # fmt: skip
_TO = {"to", "past", "above", "beyond"}
# Verbs whose object is the count a total rises to ("the toll reached 16", "passed 1,200").
_RISE_PAST = {"reach", "top", "pass", "exceed", "surpass", "hit", "cross"}
# A sentence that gives an earlier figure: "had previously reported", "the previous toll";
# not a time the events fell in ("the riots earlier this year").
EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|earlier(?!\s+(?:this|in\s+the)\s+(?:year|month|week|season))"
    r"|initial(?:ly)?|prior)\b",
    re.IGNORECASE,
)


def since_clause_head(verb: Token) -> Token:
    """The verb a "since ..." clause hangs on, for a count the parser put inside the clause:
    in "taking the toll since the unrest began to 64", 64 is what the toll was taken to."""
    since = verb.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "since" for m in verb.children
    )
    return verb.head if since else verb


def _up_from_after(number: Token) -> bool:
    """ "killed 57 people in X, up from 44": "up from" and a count, with no count between it
    and this one (a date's day aside)."""
    sentence = number.sent
    for token in sentence[number.i - sentence.start + 1 :]:
        if token.like_num and token.ent_type_ not in ("DATE", "TIME"):
            return False
        after = token.doc[token.i + 1 : token.i + 3]
        if token.lower_ == "up" and len(after) == 2 and after[0].lower_ == "from":
            return after[1].like_num
    return False


def rising(number: Token) -> bool:
    """The count is what a running total rose to: "the toll rose to 1,318 dead", "raising the
    death toll to 57", "the death toll reached 16", "57 people, up from 44 on Wednesday"."""
    if _up_from_after(number):
        return True
    current = number
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return False
        lemma = head.lemma_.lower()
        if current.dep_ == "pobj" and head.lower_ in _TO:
            verb, upwards = since_clause_head(head.head), False
            while verb.dep_ in ("prep", "prt") and verb.head.i != verb.i:
                upwards |= verb.lower_ == "up"  # "rose from 26 to 44", "revised up to 50"
                verb = verb.head
            upwards |= any(c.lower_ == "up" for c in verb.children)
            # "revised up to 50", "has gone up to 312"
            lemma = verb.lemma_.lower()
            return lemma in _RISE_TO or (lemma in ("revise", "go") and upwards)
        if current.dep_ == "dobj" and lemma in _RISE_PAST:
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in TALLY_NOUNS for c in head.children)
        if head.dep_ == "conj" and head.head.lemma_.lower() in _RISE_TO and current.like_num:
            return True  # "rose to 1,318 dead and 2,040 injured", parsed as a second clause
        if head.pos_ in ("VERB", "AUX") and lemma not in _RISE_TO | _RISE_PAST:
            return False
        current = head
    return False
