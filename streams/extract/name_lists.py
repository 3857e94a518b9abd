"""Names listed in a sentence, read from the parse and, where the parser makes little of a
list, from the words: "X, Y and Z", "two officers, X and Y", "including X", names after a
colon, posts each set off with a name ("the director of A, X, and the head of B, Y"),
"identified as X, Y and Z", an inverted list ("Arrested were X, 41, and Y"), a list whose
items semicolons part ("A, 45; his wife, B; and a courier, C"), and the names before "both of
whom". The action rules give every name of a list the action of its head.
"""

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Span, Token

from streams.extract.attribution import REPORTING_VERBS
from streams.extract.lexicon import FINITE_TAGS, PEOPLE, RELATIVE_PRONOUNS
from streams.extract.person_names import (
    NOT_PEOPLE,
    QUOTES,
    a_post,
    name_like,
    name_run_end,
    role_noun,
)

_ALL_OF = frozenset({"both", "all", "each"})


def all_of_whom(subject: Token, verb: Token) -> bool:
    """ "..., both of whom were freed": the relative clause is about every name listed."""
    return (
        verb.dep_ in ("relcl", "advcl")
        and subject.lower_ in _ALL_OF
        and any(
            g.lower_ == "whom" for c in subject.children if c.lower_ == "of" for g in c.children
        )
    )


def listed_antecedents(subject: Token) -> list[Token]:
    """The names listed right before "both of whom", however the parser chained them ("X,
    67, and his granddaughter, the activist Y, both of whom ...": X and Y)."""
    doc = subject.doc
    if subject.i < 2 or doc[subject.i - 1].text != ",":
        return []
    head = doc[subject.i - 2]
    while head.dep_ in ("compound", "flat", "appos", "conj") or head.like_num:
        if head.head.i >= head.i and head.dep_ not in ("compound", "flat"):
            break
        head = head.head
    return [
        t
        for t in head.subtree
        if t.i < subject.i and t.ent_type_ == "PERSON" and t.dep_ not in ("compound", "flat")
    ]


# Words that open a post listed after another: "and the head of X", "and its director".
_POST_OPENERS = {"the", "its", "his", "her", "their", "a", "an"}


def named_after_listed_posts(first: Token) -> list[tuple[Token, str]]:
    """ "imputed the director of X, A, and the head of Y, B": each post of a list names the one
    set off right after it. Read from the words, as the parser hangs the names anywhere; the
    list ends at a verb ("..., said spokesman C")."""
    doc, end = first.doc, first.sent.end
    found: list[tuple[Token, str]] = []
    words_before = [c.i for c in first.children if c.dep_ in ("compound", "amod") and c.i < first.i]
    post: int | None = min([first.i, *words_before])
    for index in range(first.i + 1, end):
        word = doc[index]
        if word.pos_ in ("VERB", "AUX"):
            break
        after = doc[index - 1].lower_
        # "and the head of Y", ", the head of Y", "as well as the head of Y".
        if word.lower_ in _POST_OPENERS and (
            after in ("and", ",") or (after == "as" and doc[index - 2].lower_ == "well")
        ):
            post = index + 1
            continue
        if post is None or word.text != "," or index + 1 >= end:
            continue
        last = name_run_end(doc[index + 1]).i
        if any(w.pos_ in ("VERB", "AUX") for w in doc[last + 1 : last + 3]):
            break  # "..., and the head of Y, B, said": B tells of it
        name, words = doc[last], doc[post:index]
        person = name.ent_type_ == "PERSON" or name_like(name)
        if name.pos_ == "PROPN" and person and any(a_post(w) for w in words):
            found.append((name, words.text))
        post = None
    return found


# What may stand before a participle that opens an inverted list, and what ends the list.
_OPENING = frozenset({"ADV", "PUNCT", "CCONJ"})
_LIST_ENDS = frozenset({"VERB", "AUX", "SCONJ"})


def inverted_subjects(verb: Token) -> list[Token]:
    """The names after "were" when a participle opens the clause: "Arrested were X, 41, the
    owner; his brother Y; and Z", "Also suspended, according to ..., was Dr X". Read from
    the words, as the parser makes little of such a list: every name up to another clause,
    not one after a preposition ("X of the Courier")."""
    sentence = verb.sent
    opening = sentence[: verb.i - sentence.start]
    if verb.tag_ != "VBN" or any(t.pos_ not in _OPENING for t in opening):
        return []
    be = next((c for c in verb.children if c.dep_ == "auxpass" and c.i > verb.i), None)
    head = verb.head
    if be is None and verb.dep_ == "advcl" and head.lemma_ == "be" and head.i > verb.i:
        be = head
    # Not "Detained on Monday, the men were ...": a subject before "were" is the clause's.
    if be is None or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < be.i for c in be.children
    ):
        return []
    names = []
    doc = verb.doc
    end = sentence.end
    if be.i + 1 == end and end < len(doc):
        end = doc[end].sent.end  # the parser may cut the sentence after "were"
    for token in doc[be.i + 1 : end]:
        if token.ent_type_ != "PERSON" and (
            token.pos_ in _LIST_ENDS or token.lower_ in RELATIVE_PRONOUNS or token.text in QUOTES
        ):
            break
        following = doc[token.i + 1] if token.i + 1 < end else None
        if following is not None and following.ent_iob_ == "I" and token.ent_type_ != "":
            continue  # not the name's last word
        if following is not None and following.pos_ == "VERB":
            break  # "..., spokesman X said": the one who tells of it
        first = token.i
        while doc[first - 1].pos_ in ("PROPN", "DET") or doc[first - 1].ent_type_ == "PERSON":
            first -= 1
        named = token.ent_type_ == "PERSON" or (
            token.ent_type_ not in NOT_PEOPLE and name_like(token)
        )
        # Not a name after a preposition, nor one that modifies a noun ("the X County
        # commissioner"), unless a list goes on after it ("chief X and officer Y").
        modifies = token.dep_ in _MODIFIERS and (following is None or following.lower_ != "and")
        if named and doc[first - 1].pos_ != "ADP" and not modifies:
            names.append(token)
    return names


def conjoined(token: Token, people: dict[str, str] | None = None) -> list[Token]:
    """The token and the names listed with it: "X, Y and Z" (the parser may hang Y as an
    apposition of X and Z as a conjunct of Y), "two people, including X", "including the
    firm's manager, X"; `people` are the article's, whose surnames alone are names."""
    including = [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "including"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    including += [
        a for g in including for a in [*g.children, *_named_after_what(g)] if a.dep_ == "appos"
    ]
    # "names the owner A, manager B and foreman C": the parser may hang B, and the list after
    # it, on the verb as its conjunct.
    on_the_verb = [
        c
        for c in token.head.children
        if token.dep_ == "dobj" and c.dep_ == "conj" and c.i > token.i and c.ent_type_ == "PERSON"
    ]
    listed = [
        token,
        *including,
        *(c for c in token.subtree if in_a_list(c, people) and c not in including),
        *(w for c in on_the_verb for w in c.subtree if w == c or in_a_list(w, people)),
    ]
    named_as = [n for c in listed for n in _identified_as(c) if n not in listed]
    return [*listed, *dict.fromkeys(named_as)]


# Kin a list names beside a name: "X, his wife Y", "X, her son Y".
_KIN = frozenset({
    "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "nephew",
    "niece", "cousin", "spouse", "partner", "uncle", "aunt",
})  # fmt: skip


def _kin_of_the_name_before(noun: Token) -> bool:
    """ "his wife" set beside a name: the kin of the one named before."""
    return (
        noun.lemma_.lower() in _KIN
        and noun.dep_ == "appos"
        and noun.head.ent_type_ == "PERSON"
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    )


def _named_after_what(post: Token) -> list[Token]:
    """The name set off after what a post is of, which the parser hangs there: "including the
    owner of the unit, X"."""
    return [
        a
        for p in post.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN" and not role_noun(g)
        for a in g.children
        if a.dep_ == "appos" and a.ent_type_ == "PERSON"
    ]


# Verbs that give someone's name: "identified as X", "named as X".
IDENTIFYING = {"identify", "name"}


def _given_as(name: Token) -> bool:
    """A name given as an identification: "identified as X", "named as X"."""
    preposition = name.head
    return (
        name.dep_ == "pobj"
        and preposition.lower_ == "as"
        and preposition.head.lemma_ in IDENTIFYING
    )


def _identified_as(name: Token) -> list[Token]:
    """The names after the first of a list given as an identification: "identified as Head
    Constable X, Constable Y and Constable Z", read from the words, as the parser and the
    recogniser make little of titled names in a row. Each is the last word of a run of
    proper words; an age between them ("X, 35, and Y") does not end the list."""
    if not _given_as(name):
        return []
    doc, index = name.doc, name.i + 1
    found = []
    while index < name.sent.end:
        token = doc[index]
        if token.text == "," or token.lower_ == "and" or token.pos_ == "NUM":
            index += 1
            continue
        if token.pos_ != "PROPN":
            break
        last = name_run_end(token)
        if last.ent_type_ not in NOT_PEOPLE:
            found.append(last)
        index = last.i + 1
    return found


def in_a_list(token: Token, people: dict[str, str] | None = None) -> bool:
    """A name in a list: a conjunct, the first name after a plural ("two officers, X and Y"),
    a name after another name ("X (25), Y (22) and Z"), or a name after a conjoined role
    ("the leader X and its spokesman Y"); `people` as for `conjoined`."""
    head = token.head
    if token.pos_ != "PROPN" or (
        head.i < token.i and " " not in token.doc[head.i : token.i + 1].text
    ):
        return False  # the tail of a hyphen-joined name ("Abd-al-Nur"), not a list
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if any(c.dep_ == "acl" and c.pos_ == "VERB" for c in token.children) or (
        after is not None and after.tag_ == "VBG"
    ):
        return False  # "the resignation of X and Y taking over": Y has a clause of its own
    if _given_as(token) or (
        token.dep_ == "appos" and _given_as(head) and token.ent_type_ not in NOT_PEOPLE
    ):
        return True  # "two suspects, identified as X and Y", "as X, Y and Z"
    if token.dep_ == "appos" and _kin_of_the_name_before(head):
        return True  # "X, his wife Y and Z": a second person, not X described
    if token.dep_ == "conj":
        # "X and Y", not "Agriculture and Livestock Development" after a name; "X, a
        # 31-year-old driver, and Y": Y hung on the words that describe X.
        described = (
            head.dep_ == "appos"
            and head.head.ent_type_ == "PERSON"
            and (head.ent_type_ in ("NORP", "DATE") or role_noun(head))
        )
        return (
            "PERSON" in (token.ent_type_, head.ent_type_)
            or (name_like(token, people) and name_like(head, people))
            or (described and name_like(token, people))
        )
    listing = any(c.dep_ == "conj" for c in token.children)
    # "X, 27, Y, 31, and ...": a name after another name and its age, or both after a colon.
    aged = any(c.dep_ == "appos" and c.like_num and head.i < c.i < token.i for c in head.children)
    after_name = (
        listing or aged or any(t.text == ":" for t in token.doc[token.sent.start : head.i])
    ) and (head.ent_type_ == "PERSON" or name_like(head))
    after_list = (listing or token.ent_type_ == "PERSON" or name_like(token)) and (
        head.tag_ in ("NNS", "NNPS") or (head.pos_ == "NOUN" and head.dep_ == "conj")
    )
    # "its director X and shareholders Y and Z": a role, then a list.
    after_list = after_list or (listing and role_noun(head))
    after_list = after_list or _hung_on_the_name_before(token)
    return token.dep_ == "appos" and (after_name or after_list)


def _hung_on_the_name_before(token: Token) -> bool:
    """A name in a list of posts and names that the parser hangs on the name before it: "X,
    former director Y" (Y on the post, the post on X), "X and legal expert Y" (the post a
    conjunct of X, Y on X), "X, the contractor Y and a site inspector, Z" (Z set off after a
    post not X's own, whatever the recogniser typed Z as)."""
    head = token.head
    start = token.left_edge.i
    post = token.doc[start - 2] if start >= 2 and token.doc[start - 1].text == "," else None
    after_a_post = post is not None and a_post(post) and post.head.i != head.i
    if (
        head.ent_type_ == "PERSON"
        and after_a_post
        and (token.ent_type_ == "PERSON" or name_like(token))
    ):
        return True
    if token.ent_type_ != "PERSON":
        return False
    on_a_post = head.dep_ == "appos" and role_noun(head) and head.head.ent_type_ == "PERSON"
    return on_a_post or (
        head.ent_type_ == "PERSON"
        and any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.i == start - 1 for c in head.children)
    )


def listed_people(trigger: Token, role: Token) -> list[Token]:
    """People named after a role: "dismissed two deputies ..., Marat Osipov and X", or one
    name right after a singular role and a comma ("removed the governor of X, Y, from ...").
    They hang on the same clause: not on another verb ("..., spokesman X said"), not as a
    modifier of some other noun."""
    plural = role.tag_ in ("NNS", "NNPS")
    # "charged two executives ... over X: A, 61, and B": the list after a colon, wherever the
    # parser hangs it.
    colon = next((t for t in role.doc[role.i + 1 : role.sent.end] if t.text == ":"), None)
    heads: list[Token] = []
    for token in trigger.sent:
        if token.i <= role.i or token.pos_ != "PROPN" or token.dep_ in _MODIFIERS:
            continue
        # "..., 40 of them in X", "in the capital X", "in X, Y and Z": a place, whatever the
        # recogniser says.
        held = token.head if token.dep_ == "appos" else token
        while held.dep_ == "conj" and held.head.i < held.i:
            held = held.head
        if held.dep_ == "pobj" and held.head.lower_ in _PLACE_PREPOSITIONS | {"against", "of"}:
            continue
        if any(c.dep_ in ("det", "nummod") and c.i < token.i for c in token.children):
            continue  # "the 2024 Finance Bill": names of people take no article
        if not (_same_clause(token, trigger) or (plural and _listed_after(token, colon))):
            continue
        named = token.ent_type_ == "PERSON" or (
            token.ent_type_ == ""
            and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in token.children)
        )
        if not plural and not (named and token.left_edge.i == role.right_edge.i + 2):
            continue
        if named or (token.dep_ == "conj" and token.head in heads):
            heads.append(token)
    # Not a colon after another clause: "..., the ministry said: X praised ...".
    if plural and colon is not None and _same_clause(colon, trigger):
        heads += [n for n in _names_after_colon(colon) if n not in heads]
    return heads if plural else heads[:1]


def _names_after_colon(colon: Token) -> list[Token]:
    """The names a colon lists ("...: water director A, 52, deputy B and a teenager"), read
    from the words, as the parser hangs them anywhere: the last word of each run of proper
    words, past posts, ages and commas, up to a clause of its own; not a place after a
    preposition ("the mayor of X")."""
    doc, end = colon.doc, colon.sent.end
    found = []
    for token in doc[colon.i + 1 : end]:
        if token.lower_ in RELATIVE_PRONOUNS | {"whose"} or (
            token.pos_ in ("VERB", "AUX") and token.dep_ not in _MODIFIERS
        ):
            break
        if token.pos_ != "PROPN" or name_run_end(token).i != token.i:
            continue
        following = doc[token.i + 1] if token.i + 1 < end else None
        if following is not None and following.pos_ == "VERB":
            break  # "...: Minister X praised the officers", a clause of its own
        run = _run_ending(token)
        if run is not None and (_of_a_person(run) or name_like(token)):
            found.append(token)
    return found


def _run_ending(last: Token) -> Span | None:
    """The run of proper words (joined by hyphens) that `last` ends, or None when a
    preposition opens it: a place, "the mayor of X"."""
    doc = last.doc
    first = last.i
    while doc[first - 1].pos_ == "PROPN" or doc[first - 1].text == "-":
        first -= 1
    return None if doc[first - 1].pos_ == "ADP" else doc[first : last.i + 1]


def _of_a_person(run: Span) -> bool:
    return any(w.ent_type_ == "PERSON" for w in run)


def listed_by_semicolons(first: Token) -> list[Token]:
    """The names of a list whose items semicolons part, after the item of `first`: "those
    charged include A, 45; his wife, B, 41; clinic owners C and D; and a courier, E, 29,
    prosecutors said". Read from the words, as the parser makes little of such a list; an
    item that is a clause of its own ends it ("...; his lawyer, X, was not reached")."""
    doc, sentence = first.doc, first.sent
    marks = [t.i for t in doc[first.i + 1 : sentence.end] if t.text == ";"]
    if not marks or _item_names(doc[first.i + 1 : marks[0]]) is None:
        return []
    found: list[Token] = []
    for start, end in pairwise([*marks, sentence.end]):
        names = _item_names(doc[start + 1 : end])
        if not names:
            break
        found += names
    return found


_RELATIVE = RELATIVE_PRONOUNS | {"which", "whose"}


def _item_names(item: Span) -> list[Token] | None:
    """The last word of each name of a list's item, or None when the item is a clause of its
    own. A relative clause ends the item's names ("X, 38, an inspector who signed ..."), as
    does the saying verb of a source after the list, whose own name is no item's ("..., 29,
    spokesman Y said")."""
    found: list[Token] = []
    for token in item:
        if token.lower_ in _RELATIVE:
            break
        if token.tag_ in FINITE_TAGS:
            if token.lemma_.lower() not in REPORTING_VERBS or token.i + 2 < item.sent.end:
                return None
            comma = max((t.i for t in item if t.text == "," and t.i < token.i), default=-1)
            return [n for n in found if n.i < comma]
        if token.pos_ != "PROPN" or name_run_end(token).i != token.i:
            continue
        run = _run_ending(token)
        if run is not None and (_of_a_person(run) or name_like(token) or aged(token)):
            found.append(token)
    return found


def aged(name: Token) -> bool:
    """A name set off with an age, "Syamsul, 56": a person's, however the recogniser typed a
    name of one word."""
    doc = name.doc
    return (
        name.i + 2 < len(doc)
        and doc[name.i + 1].text == ","
        and doc[name.i + 2].like_num
        and doc[name.i + 2].text.isdigit()
        and int(doc[name.i + 2].text) < 120
    )


# How a proper word hangs on a noun it only modifies, and the prepositions before a place.
_MODIFIERS = {"compound", "nmod", "poss", "amod"}
_PLACE_PREPOSITIONS = {"in", "at", "near", "from", "across", "to", "outside", "inside"}


def _listed_after(token: Token, colon: Token | None) -> bool:
    """A word of the list a colon opens: it hangs on no verb of its own after the colon."""
    if colon is None or token.i < colon.i:
        return False
    current = token
    while current.i > colon.i:
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.i > colon.i:
            return False
    return True


def _same_clause(token: Token, trigger: Token) -> bool:
    current = token
    while current.i != trigger.i:
        if current.head.i == current.i or current.lower_ == "according":
            return False
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.i != trigger.i:
            return False
    return True


# A name hung in a subject is another verb's: "..., a spokesman, X, said".
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# How a name is tied to what it is not: a place's or a person's ("the home of X", "X's").
_NOT_ITS_OWN = frozenset({"pobj", "poss", "compound", "nsubj", "nsubjpass"})


def name_set_off_after(verb: Token, stops: Callable[[Token], bool]) -> list[Token]:
    """The named people an active action verb is done to, read from the words when the
    parser hung them elsewhere: "detained at the checkpoint a resident of X, born 1987, A B,
    suspected of ...", "arrested in flagrante on Tuesday the businessman A B". The first
    person named after the verb, set off by a comma or right after a role noun, with no
    finite verb between but a relative clause's, nor a word `stops` (another action), and
    the names listed with it."""
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children
    ):
        return []
    doc = verb.doc
    for word in doc[verb.i + 1 : verb.sent.end]:
        clause = word.head if word.dep_ in ("aux", "auxpass") else word
        finite = word.tag_ in FINITE_TAGS and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
            for c in clause.children
        )
        if finite or word.text in (";", ":", *QUOTES) or stops(word):
            return []
        if word.ent_type_ != "PERSON" or word.ent_iob_ != "B":
            continue
        name = name_run_end(word)
        # The comma may stand before words the name's phrase opens with ("..., the named X").
        before = doc[min(name.left_edge.i, word.i) - 1]
        if before.text != "," and not role_noun(doc[word.i - 1]):
            continue
        if before.text == "," and _someone_in_a_relative_clause(doc[before.i - 1], verb):
            return []  # "a driver who hit a cyclist, X,": the cyclist's name
        if name.dep_ in _NOT_ITS_OWN or _in_another_clause(name, verb):
            return []
        return conjoined(name)
    return []


def _someone_in_a_relative_clause(word: Token, verb: Token) -> bool:
    person = word.lemma_.lower() in PEOPLE or role_noun(word) or word.ent_type_ == "PERSON"
    return person and _in_another_clause(word, verb)


def _in_another_clause(word: Token, verb: Token) -> bool:
    """The word is in a relative clause or in a subject, as the parse has it."""
    current = word
    while current.i != verb.i and current.head.i != current.i:
        if current.dep_ in _SUBJECTS or current.dep_ == "relcl":
            return True
        current = current.head
    return False
