"""Who a word names: a person's full name from the parse, without the titles before it, and
every person of an article under the fullest spelling the article gives.

Titles ("General", "IGP", "Sub-Inspector"), occupations written like titles ("Journalist X")
and posts are words of no name; a name that is only such words is a bare title. Surnames
spelled within one edit of each other are one person unless their given names disagree, and
a lone first name or first surname names the one person whose full name holds it.
"""

import re

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Token

from streams.extract.action_patterns import POSTS
from streams.extract.dates import calendar_word
from streams.extract.entities import entities, entity_at
from streams.extract.lexicon import GIVEN_SHORT
from streams.incidents.gazetteer import country_of
from streams.names.canonical import BODY_WORDS, canonical_name

_COMPANY = {"co", "ltd", "inc", "plc", "llc", "corp", "company"}
# Words written before a name that are no part of it.
TITLES = {
    "president", "general", "commander", "colonel", "major", "captain", "lieutenant",
    "brigadier", "sergeant", "inspector", "judge", "justice", "minister", "governor", "mayor",
    "senator", "dr", "mr", "mrs", "ms", "prof", "sir", "gen", "col", "lt", "capt", "sgt",
    "chief", "superintendent", "commissioner", "deputy", "assistant", "director", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "ambassador",
    "constable", "detective", "marshal", "admiral", "corporal", "bishop", "pastor", "imam",
    "sheikh", "maître", "hon", "officer", "prosecutor", "magistrate", "prefect", "delegate",
    # South Asian and West African posts and honorifics: "Tehsildar X", "Alhaji X", "Shri X".
    "tehsildar", "collector", "alhaji", "alhaja", "shri", "smt", "shrimati",
    # "The head of the national police, X": a post, as "chief" is.
    "head",
    # Posts written in initials before a name: "IGP X", "DG X", "CS X".
    "igp", "ig", "dig", "aig", "dg", "sp", "ssp", "asp", "cs", "mp", "mla", "mpa", "mna", "ceo",
    # Police ranks so written: "DCOP X" (deputy commissioner), "ACP X", "DSP X".
    "cop", "dcop", "acp", "dcp", "dsp",
    # Ranks written short: "Brig. Gen. X", "Maj. X", "Supt. X".
    "brig", "maj", "cpl", "insp", "supt", "cdr", "cmdr", "adm", "retd", "rtd", "eng", "engr",
}  # fmt: skip
# Occupations written before a name like a title: "Journalist X Y", "engineer X Y".
OCCUPATIONS = {
    "journalist", "reporter", "photographer", "editor", "activist", "lawyer", "attorney",
    "engineer", "architect", "driver", "pilot", "doctor", "nurse", "teacher", "professor",
    "student", "priest", "soldier", "trooper", "patrolman", "policeman", "policewoman",
    "businessman", "businesswoman", "congressman", "congresswoman", "councillor", "councilman",
    "councilwoman", "lawmaker", "deputy", "senator", "agent", "warden", "guard", "contractor",
    "developer", "businessperson", "blogger", "singer", "rapper", "artist", "comedian",
    # Staff that investigations of a disaster name: "Owner X Y was arrested", "Signalman X".
    "owner", "manager", "supervisor", "foreman", "operator", "technician", "mechanic",
    "electrician", "signalman", "dispatcher", "conductor", "watchman", "cashier", "clerk",
    "accountant",
    # Heads of a school or college, which inquiries into an attack or a crush there name.
    "principal", "headmistress", "rector",
}  # fmt: skip
TITLES |= OCCUPATIONS
# Words of a title with no name in it: "Prime Minister", "Chief Justice", "Eng.".
TITLE_WORDS = TITLES | set(POSTS) | {"prime", "vice", "acting", "interim", "former", "eng", "the"}


def full_name(token: Token) -> str:
    """The full proper name a token heads ("Karim Masimov"), from entity or compounds, without
    a title before it ("General Héctor Quispe Mamani" -> "Héctor Quispe Mamani")."""
    entity = next(
        (e.text for e in [entity_at(token)] if e is not None and e.label_ == "PERSON"), ""
    )
    # Compounds, and a name the parser hung as a modifier ("José Luis "N"").
    parts = [
        w
        for c in token.children
        if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < token.i
        for w in c.subtree
        if w.pos_ == "PROPN"
    ]
    kept = {w.i for w in parts}
    start = token.i
    # Only the run of words right before the head: "of X, Jean-Pierre Y" is not one name.
    while start - 1 in kept or (start - 1 >= 0 and token.doc[start - 1].text in ("-", '"')):
        start -= 1
    if start > 0 and token.doc[start - 1].text in GIVEN_SHORT:
        start -= 1  # "Md. X Y", which the parser may hang as punctuation
    person = next((e for e in [entity_at(token)] if e is not None and e.label_ == "PERSON"), None)
    if person is not None and start > 0 and token.doc[start - 1].lower_ in ("of", "for"):
        # "Commissioner of Fire X Y", "Secretary for Finance X Y": the words before the
        # person name the institution.
        start = max(start, person.start)
    end = token.i + 1
    while end + 1 < len(token.doc) and hyphen_joined(token.doc[end]):
        end += 2  # "Abd-al-Nur", split by the tokeniser
    while end > token.i + 1 and token.doc[end - 1].lower_ in _DERIVED:
        end -= 2  # "Ferro-led": a word made from the name, not part of it
    compound = " ".join(token.doc[start:end].text.replace('"', "").strip(" -").split())
    longest = max((entity, compound), key=lambda n: (len(n.split()), len(n)))
    # "Ltd.—Tomas X": a dash written without spaces joins a name to the word before it.
    name = re.split(r"[—–]", longest if entity else compound)[-1].strip()
    words = name.split()
    titled = start > 1 and token.doc[start - 1].lower_ in ("of", "for")
    if titled and singular_word(token.doc[start - 2].lower_) in TITLE_WORDS and len(words) > 2:
        # "Inspector General of Administration Ali Farah", "Secretary for Finance X Y": the
        # first word ends the title.
        name = " ".join(words[1:]) if words[0] == token.doc[start].text else name
    return _untitled(name)


# Words hyphened to a name that make an adjective of it: "the X-led government".
_DERIVED = {"led", "based", "backed", "run", "owned", "born", "aligned", "linked", "era", "style"}


def hyphen_joined(hyphen: Token) -> bool:
    """A hyphen written between two words of one name, with no space on either side."""
    doc = hyphen.doc
    return (
        hyphen.text == "-"
        and not doc[hyphen.i - 1].whitespace_
        and not hyphen.whitespace_
        and doc[hyphen.i + 1].is_alpha
    )


def name_run_end(token: Token) -> Token:
    """The last word of the run of proper words `token` begins or continues, within its
    sentence: lists of names are read from the words ("A B, 41, C-D and E"), as the parser
    hangs them anywhere, and each name ends where its run does."""
    doc, end, index = token.doc, token.sent.end, token.i
    while index + 1 < end:
        if doc[index + 1].pos_ == "PROPN":
            index += 1
        elif index + 2 < end and hyphen_joined(doc[index + 1]):
            index += 2
        else:
            break
    return doc[index]


def _untitled(name: str) -> str:
    """The name without the titles before it, however many ("Security Minister X Y",
    "Deputy Commissioner X Y" -> "X Y"): everything up to the last title word goes."""
    words = name.split()
    titles = [
        i
        for i, w in enumerate(words[:-1])
        if _title_word(w.lower().rstrip(".")) or w.lower() in BODY_WORDS
    ]
    return " ".join(words[titles[-1] + 1 :]) if titles else name


# Prefixes hyphened to a title: "Sub-Inspector", "Vice-Admiral", "Deputy-Governor".
_TITLE_PREFIXES = frozenset({"sub", "vice", "deputy", "assistant", "additional", "joint"})


def _title_word(word: str) -> bool:
    """A title, plural ("Constables X and Y") or hyphened ("Sub-Inspector",
    "Inspector-General")."""
    *prefixes, last = word.split("-")
    titled = all(p in TITLES or p in _TITLE_PREFIXES for p in prefixes)
    return word in TITLES or (titled and singular_word(last) in TITLES)


def people_named(doc: Doc) -> dict[str, str]:
    """Every person's mention in the article -> the fullest spelling of that person."""
    # A run of tags ("Dato X Ostravia police") is read as one name ending on a place.
    mentions = [
        name
        for name in (full_name(e.root) for e in entities(doc) if e.label_ == "PERSON")
        if name and country_of(name.split()[-1]) is None
    ]
    # A name of two words or more that the recogniser typed otherwise, right after a post:
    # "contractor Om Prakash Rathi", so that "Rathi" alone is that person later.
    mentions += [
        name
        for t in doc[:-1]
        if role_noun(t) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].ent_type_ != "PERSON"
        for run in [doc[t.i + 1 : name_run_end(doc[t.i + 1]).i + 1]]
        if all(w.is_title for w in run) and country_of(run[-1].text) is None
        # Without the titles in the run ("officer Inspector X Y").
        for name in [_untitled(run.text)]
        if len(name.split()) >= 2
    ]
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
        inside = _middle_holder(name, set(resolved.values()))
        if inside is not None:
            resolved[name] = inside
            continue
        surname = name.split()[-1]
        for full in names:
            other = full.split()[-1]
            if (
                full in resolved.values()
                and Levenshtein.distance(surname.lower(), other.lower())
                <= (1 if len(surname) >= 5 else 0)
                and _given_names_agree(name, full)
            ):
                resolved[name] = full
                break
        else:
            resolved[name] = name
    return resolved


def resolve_person(name: str, people: dict[str, str]) -> str:
    name = canonical_name(name)
    if name in people:
        return people[name]
    surname = name.split()[-1].lower()
    for mention, full in people.items():
        if Levenshtein.distance(mention.split()[-1].lower(), surname) <= (
            1 if len(surname) >= 5 else 0
        ) and _given_names_agree(name, full):
            return full
    return _middle_holder(name, set(people.values())) or name


def _given_names_agree(a: str, b: str) -> bool:
    """Two names with one surname are one person unless both give first names and none of
    them agree: "Rafiq Anwar" is "Md Rafiq Anwar", "J R Kumar Dev" is "JR Kumar Dev",
    but "Nasir Karim" is not "Tarek Karim", nor "Omar Saad Jabbar" "Hani Saad Jabbar"."""
    given_a = [w.lower().rstrip(".") for w in a.split()[:-1]]
    given_b = [w.lower().rstrip(".") for w in b.split()[:-1]]
    if not given_a or not given_b:
        return True
    # "Omar Saad Jabbar" and "Hani Saad Jabbar": brothers share their father's name, not
    # their own first one.
    first_a, first_b = given_a[0], given_b[0]
    if (
        min(len(given_a), len(given_b)) >= 2
        and min(len(first_a), len(first_b)) > 2
        and Levenshtein.distance(first_a, first_b) > 1
    ):
        return False
    return any(
        x == y or (min(len(x), len(y)) <= 2 and x[0] == y[0]) for x in given_a for y in given_b
    )


def _middle_holder(name: str, fulls: set[str]) -> str | None:
    """ "Ndeto" for "Lucas Ndeto Mavu", "Ruiz" for "Mateo Ruiz Alcalde", "Idris" for
    "Idris F Kamal": a first name or first surname alone names the one person whose
    full name has it before the last word."""
    if len(name.split()) != 1:
        return None
    holders = {full for full in fulls if name.lower() in full.lower().split()[:-1]}
    return holders.pop() if len(holders) == 1 else None


def company(name: str) -> bool:
    return any(w.lower().rstrip(".,") in _COMPANY for w in name.split())


# Posts no surname is spelled like: a headline's "Railway Executive Arrested" names no one.
_POST_ENDINGS = {
    "executive", "official", "officer", "manager", "director", "engineer", "employee",
    "worker", "staffer", "boss", "supervisor", "owner", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chairwoman", "commissioner", "superintendent", "secretary",
}  # fmt: skip


def proper_name(name: str) -> bool:
    """A person's name: capitalised words (or short particles: "al-Tayeb", "de la"), not
    only titles, not ending in a post, not a place, not a body."""
    words = name.split()
    return (
        bool(words)
        and not bare_title(name)
        and words[-1].lower() not in _POST_ENDINGS
        and all(w[:1].isupper() or not w[:1].isalpha() or _particle(w) for w in words)
        and not any(w.lower() in BODY_WORDS for w in words)
        and not company(name)
        and country_of(name) is None
    )


def _particle(word: str) -> bool:
    head, _, rest = word.partition("-")
    return len(head) <= 3 and (not rest or rest[:1].isupper())


def bare_title(name: str) -> bool:
    return all(singular_word(w.lower().rstrip(".")) in TITLE_WORDS for w in name.split())


def singular_word(word: str) -> str:
    """ "secretaries" -> "secretary", "ministers" -> "minister"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


QUOTES = {'"', "“", "‘", "'"}
# Types the recogniser gives unfamiliar names of people.
_MISTYPED = {"", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"}


def name_like(token: Token, people: dict[str, str] | None = None) -> bool:
    """A proper name the recogniser typed as an organisation or place but that reads as a
    person's: two or more capitalised words that are no place and no body ("J R Kumar Dev"),
    or one word that is the surname of a person named in the article."""
    # A date's span may run on over a name after it ("last week - Kelvin Siame"); no word of
    # such a name is a month's or a weekday's.
    dated = token.ent_type_ == "DATE"
    if token.pos_ != "PROPN" or (token.ent_type_ not in _MISTYPED and not dated):
        return False
    name = full_name(token)
    if dated and (len(name.split()) < 2 or any(calendar_word(w) for w in name.split())):
        return False
    first = token.i
    while first > 0 and token.doc[first - 1].pos_ == "PROPN":
        first -= 1
    quoted = first > 0 and token.doc[first - 1].text in QUOTES
    if quoted or name.isupper() or not proper_name(name):
        return False  # a quoted name is a venue's or a nickname
    surnames = {full.split()[-1] for full in (people or {}).values()}
    return len(name.split()) >= 2 or name in surnames


# Entity types that are no person's name.
NOT_NAMES = {"ORG", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "NORP"}
# What the recogniser says a name is not, when unfamiliar names of people are often taken
# for organisations.
NOT_PEOPLE = NOT_NAMES - {"ORG"}


def role_noun(token: Token) -> bool:
    """A noun for a person's post: a title, or an agent noun ("director", "spokesman")."""
    lemma = token.lemma_.lower()
    if token.lower_ == "accused" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos"):
        return True  # "the accused, X,", "two more accused, X and Y", tagged as a verb or not
    if token.pos_ != "NOUN" or lemma in BODY_WORDS:
        return False
    return (
        lemma in TITLES
        or lemma in _POSTS_UNSUFFIXED
        or lemma.endswith(("or", "er", "ist", "ian", "man", "woman", "ent"))
    )


# Posts with no agent's ending: "a senior official, X, was suspended".
_POSTS_UNSUFFIXED = frozenset({"official", "aide", "envoy"})


def a_post(noun: Token) -> bool:
    """A noun for a post: a role noun, or one of the posts people are named to."""
    return noun.pos_ == "NOUN" and (role_noun(noun) or noun.lemma_.lower() in POSTS)
