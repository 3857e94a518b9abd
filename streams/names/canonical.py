"""The display form of a name and the key names are matched on.

`canonical_name` is what a reader sees: titles and possessives removed, whitespace tidied,
the original script and accents kept. `name_key` is what matching compares: the canonical
name transliterated to ASCII with anyascii, lowercased, punctuation and hyphens turned into
single spaces, so "Tokáyev", "TOKAYEV" and "Tokayev's" share the key "tokayev".
"""

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Titles and honorifics that precede a name; longest first so "prime minister" wins over
# "minister". They are removed only at the start and only when a name follows.
_TITLES = sorted(
    (
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice president",
        "prime minister",
        "deputy prime minister",
        "minister",
        "premier",
        "chancellor",
        "general",
        "gen",
        "lieutenant general",
        "major general",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "admiral",
        "marshal",
        "senator",
        "sen",
        "governor",
        "gov",
        "mayor",
        "judge",
        "ambassador",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "imam",
        "rev",
        "reverend",
        "former",
        "ex",
        # Ranks in the languages reports are translated from: "Comandante X", "AKP X" (an
        # Indonesian police rank).
        "comandante",
        "commandant",
        "coronel",
        "capitán",
        "capitan",
        "teniente",
        "akp",
        "akbp",
        "kompol",
        "kombes",
        "kombes pol",
        "iptu",
        "ipda",
        "aiptu",
        "brigjen",
        "irjen",
    ),
    key=len,
    reverse=True,
)
_TITLE = re.compile(r"^(?:(?:" + "|".join(_TITLES) + r")\.?(?:\s+|-(?=\w)))+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^a-z0-9]+")

# Head words of organisations. A name with one is a body, and a leading "General" or
# "Prime Minister" in it is part of the name ("General Prosecutor's Office"), not a title.
BODY_WORDS = frozenset(
    {
        "agency",
        "army",
        "assembly",
        "association",
        "authority",
        "bank",
        "board",
        "bureau",
        "cabinet",
        "centre",
        "center",
        "command",
        "commission",
        "committee",
        "council",
        "court",
        "department",
        "directorate",
        "force",
        "forces",
        "front",
        "fund",
        "government",
        "guard",
        "group",
        "institute",
        "league",
        "media",
        "ministry",
        "movement",
        "office",
        "organisation",
        "organization",
        "parliament",
        "party",
        "police",
        "prosecutor",
        "prosecutors",
        "republic",
        "service",
        "services",
        "staff",
        "union",
        "unit",
    }
)


@lru_cache(maxsize=65536)
def canonical_name(name: str) -> str:
    """'President Kassym-Jomart Tokayev's' -> 'Kassym-Jomart Tokayev'."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip(" \t\n,;:.\"'“”‘’")
    text = _POSSESSIVE.sub("", text)
    if is_body(text):
        return text[4:].strip() if text.lower().startswith("the ") else text
    stripped = _TITLE.sub("", text).strip()
    # A bare title ("the President") is itself the subject; keep it rather than empty it.
    text = stripped or text
    if text.lower().startswith("the "):
        text = text[4:].strip()
    return text


def is_body(name: str) -> bool:
    """True when the name has an organisation's head word ("Ministry of Interior")."""
    return not BODY_WORDS.isdisjoint(_NON_WORD.sub(" ", anyascii(name).lower()).split())


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The matching key: ASCII, lowercase, words separated by single spaces."""
    ascii_name = _APOSTROPHE.sub("", anyascii(canonical_name(name)).lower())
    return _NON_WORD.sub(" ", ascii_name).strip()
