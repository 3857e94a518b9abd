"""The named place a figure is given for, when an article breaks a toll down by place.

"11 deaths in Bhola and 9 in Patuakhali", "23 were killed, 17 of them in Nairobi", "nine
people died in Santa Lucia" beside a province-wide toll of 40: each part's scope is its place.
A figure is given for a place when "in <proper name>" modifies the count, the counted noun or
its verb; it is scoped to that place only when the same article gives a larger figure of the
same metric that is not for that place, so the toll of the incident's own city stays a total.
"""

from spacy.tokens import Token

# Generic words after a name that the scope leaves out ("Samar province" -> "Samar").
_GENERIC = {"province", "district", "region", "state", "county", "city", "town", "village",
            "municipality", "department", "governorate", "prefecture", "area"}  # fmt: skip
_NOT_PLACES = {"PERSON", "DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}


def place_of(number: Token, counted: Token, anchor: Token) -> str | None:
    """The one place named by an "in <place>" modifier of the count, its noun or its verb;
    of several, the first after the count ("25 deaths in X and 15 in Y": 15 is Y's)."""
    preps = [
        prep
        for holder in dict.fromkeys((number, counted, anchor))
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
    ]
    preps.sort(key=lambda p: (p.i < number.i, abs(p.i - number.i)))
    for prep in preps:
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            name = _name(place)
            if name is not None:
                return name
    return None


def _name(token: Token) -> str | None:
    head = token
    if token.lemma_.lower() in _GENERIC:
        names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        head = names[-1] if names else token
    if head.pos_ != "PROPN" or head.ent_type_ in _NOT_PLACES:
        return None
    if any(c.dep_ == "conj" for c in token.children):
        return None  # "in Nairobi and Kisumu": several places, no single scope
    words = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    words = [w for w in [*words, head] if w.lower_ not in _GENERIC]
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i)) or None
