"""Whether two spellings name the same subject, and clustering of spellings into subjects.

Rules, tried in order on the `name_key` of each spelling:

1. Identical keys match.
2. Both spellings are in one row of the alias table (`streams.names.aliases`): CSTO / ODKB.
3. An acronym matches the initials of the other name's significant words
   (KNB / "Komitet Natsionalnoy Bezopasnosti"; "of", "the", "and"... are skipped).
4. Bodies ("Ministry of Interior", "Government of Kazakhstan") are compared head word last
   ("interior ministry"); their qualifiers may differ as a country and its adjective do
   ("Kazakh government"). A bare head word ("Government") is only a weak link, see below.
5. People: names of the same length match token by token; a longer and a shorter name match
   when their first and last tokens do (a middle name dropped, "K." for "Karim"); a bare
   surname matches a full name's last token ("Masimov" / "Karim Masimov") as a weak link,
   and so does a name that is the start of a longer one ("Martin Osoro" / "Martin Osoro
   Kimani": a last name left out).
6. Two tokens match when they are equal, or when their phonetic skeletons agree AND
   Jaro-Winkler similarity is at least 0.85. The skeleton folds transliteration variants:
   zh/dzh/j/kh/h become one sound, sh/sch one, ch/tch one, ts/tz one, th t, c/q/ck become k,
   ph f, w v, x ks, y i; then vowels are dropped and doubled letters collapsed.
   So Masimov/Massimov, Tokayev/Tokaev/Tokáyev, Kassym-Jomart/Kasim-Zhomart, Ruzakhunov/
   Ruzajúnov, Japheth/Japhet match. Similarity alone is not enough: Tokayev/Tokarev score
   0.94, above Almaty/Almatí, but their skeletons (tkv, tkrv) differ, so they do not match.
   A token ending in "a" and one that does not never match (Ivanov / Ivanova, Massimov /
   Masimova are two people: the feminine form of a surname).
7. Plain typos (Masimov / Kasimov) match only with context: `same_role=True`, which callers
   pass when both spellings carry the same role. Then tokens of five letters or more at
   edit distance one match.

Weak links (a bare surname, a bare body head word, the start of a longer name) join the
shorter name's cluster to the longer names' only when they point to exactly one cluster:
"Masimov" next to "Karim Masimov" and "Aida Masimova" joins Karim's; next to two different
full Masimovs it stays on its own.
"""

import re
from collections.abc import Iterable, Mapping
from enum import Enum
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler, Levenshtein

from streams.names.aliases import alias_group
from streams.names.canonical import BODY_WORDS, canonical_name, is_body, name_key

_STOPWORDS = frozenset(
    {"of", "the", "and", "for", "in", "on", "de", "del", "la", "le", "du", "des", "y", "et", "al"}
)
_SKELETON_STEPS = (
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("j", "h"),
    ("sch", "S"),
    ("sh", "S"),
    ("tch", "C"),
    ("ch", "C"),
    ("ts", "T"),
    ("tz", "T"),
    ("th", "t"),
    ("ck", "k"),
    ("c", "k"),
    ("q", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("x", "ks"),
    ("y", "i"),
)
_VOWELS = re.compile(r"[aeiou]")
_DOUBLES = re.compile(r"(.)\1+")
_SIMILAR = 0.85
_BODY_OF = re.compile(r"^(?P<head>.+?) of (?:the )?(?P<qualifier>.+)$")


class Link(Enum):
    STRONG = "strong"
    WEAK = "weak"


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """The phonetic skeleton of one lowercase ASCII token (see the module docstring)."""
    for old, new in _SKELETON_STEPS:
        token = token.replace(old, new)
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", token))


def _tokens_match(a: str, b: str, same_role: bool) -> bool:
    if a == b:
        return True
    if a.endswith("a") != b.endswith("a"):
        return False
    if skeleton(a) == skeleton(b) and JaroWinkler.similarity(a, b) >= _SIMILAR:
        return True
    return same_role and min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) <= 1


def _first_names_match(a: str, b: str, same_role: bool) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return _tokens_match(a, b, same_role)


def _initials(name: str) -> str:
    # Hyphenated words are one word here: "Co-operation" gives one initial.
    words = re.sub(r"[^a-z0-9\s-]", "", anyascii(canonical_name(name)).lower()).split()
    return "".join(word[0] for word in words if word not in _STOPWORDS)


def _is_acronym_of(acronym: str, name: str) -> bool:
    letters = acronym.replace(" ", "")
    return (
        " " not in acronym
        and 2 <= len(letters) <= 8
        and len(name_key(name).split()) >= 2
        and _initials(name) == letters
    )


def _body_tokens(key: str) -> list[str]:
    """'ministry of the interior' -> ['interior', 'ministry']: head word last."""
    match = _BODY_OF.match(key)
    if match and match["head"].split()[-1] in BODY_WORDS:
        return [*match["qualifier"].split(), *match["head"].split()]
    return key.split()


def _qualifiers_match(a: str, b: str) -> bool:
    # A country and its adjective: "kazakhstan" / "kazakh", "ukraine" / "ukrainian".
    common = len(_common_prefix(a, b))
    return a == b or common >= max(4, min(len(a), len(b)) - 1)


def _common_prefix(a: str, b: str) -> str:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return a[:size]


def _body_link(a: str, b: str) -> Link | None:
    ta, tb = _body_tokens(a), _body_tokens(b)
    if ta[-1] != tb[-1]:
        return None
    if len(ta) == len(tb):
        pairs = zip(ta[:-1], tb[:-1], strict=True)
        return Link.STRONG if all(_qualifiers_match(x, y) for x, y in pairs) else None
    return Link.WEAK if min(len(ta), len(tb)) == 1 else None


def _person_link(a: str, b: str, same_role: bool) -> Link | None:
    ta, tb = a.split(), b.split()
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1 and len(long) == 1:
        return Link.STRONG if _tokens_match(short[0], long[0], same_role) else None
    if len(short) == 1:
        return Link.WEAK if _tokens_match(short[0], long[-1], same_role) else None
    if len(short) == len(long):
        firsts = _first_names_match(short[0], long[0], same_role)
        rest = zip(short[1:], long[1:], strict=True)
        if firsts and all(_tokens_match(x, y, same_role) for x, y in rest):
            return Link.STRONG
    elif _first_names_match(short[0], long[0], same_role) and _tokens_match(
        short[-1], long[-1], same_role
    ):
        return Link.STRONG
    elif all(_tokens_match(x, y, same_role) for x, y in zip(short, long, strict=False)):
        return Link.WEAK  # "Martin Osoro" / "Martin Osoro Kimani": a last name left out
    # Given names written joined or apart: "Kassymjomart Tokayev" / "Kassym-Jomart Tokayev".
    joined_a, joined_b = "".join(ta), "".join(tb)
    if skeleton(joined_a) == skeleton(joined_b) and JaroWinkler.similarity(joined_a, joined_b) >= (
        _SIMILAR
    ):
        return Link.STRONG
    return None


def _words(name: str) -> int:
    return len(name_key(name).split())


@lru_cache(maxsize=65536)
def link(a: str, b: str, *, same_role: bool = False) -> Link | None:
    """How strongly two spellings are tied: STRONG, WEAK (bare surname or head word), or None."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return None
    if ka == kb:
        return Link.STRONG
    group_a, group_b = alias_group(a), alias_group(b)
    if group_a is not None and group_a == group_b:
        return Link.STRONG
    if _is_acronym_of(ka, b) or _is_acronym_of(kb, a):
        return Link.STRONG
    if is_body(a) or is_body(b):
        return _body_link(ka, kb) if is_body(a) and is_body(b) else None
    return _person_link(ka, kb, same_role)


def same_subject(a: str, b: str, *, same_role: bool = False) -> bool:
    """True when the two spellings name one subject (a weak link counts: see `cluster`)."""
    return link(a, b, same_role=same_role) is not None


def cluster(
    names: Iterable[str],
    *,
    linked: Iterable[tuple[str, str]] = (),
    roles: Mapping[str, Iterable[str]] | None = None,
) -> list[list[str]]:
    """Group spellings into subjects; deterministic whatever the order of `names`.

    `linked` pairs are known to be one subject (a claim's subject and its aliases); `roles`
    gives each spelling's role keys, and two spellings sharing one may match on a typo.
    Each cluster is sorted, and clusters are sorted by their first spelling.
    """
    clusters = Clusters()
    for name in names:
        clusters.add(name, (roles or {}).get(name, ()))
    for a, b in linked:
        clusters.join(a, b)
    return clusters.groups()


class Clusters:
    """The spellings of one incident, clustered as `cluster` does, built up one at a time.

    The link of each pair of spellings is worked out once, when the second of the two
    arrives, and again only when one of them gains a role: adding a spelling costs one link
    per spelling already known, not one per pair.
    """

    def __init__(self) -> None:
        self._roles: dict[str, set[str]] = {}
        self._links: dict[str, dict[str, Link]] = {}
        self._joined: set[tuple[str, str]] = set()

    def add(self, name: str, roles: Iterable[str] = ()) -> bool:
        """Adds a spelling with role keys; True when the spelling or a role is new."""
        known = self._roles.get(name)
        fresh = set(roles) - known if known is not None else set(roles)
        if known is not None and not fresh:
            return False
        if known is None:
            self._roles[name] = set()
            self._links[name] = {}
        self._roles[name] |= fresh
        self._relink(name)
        return True

    def join(self, a: str, b: str) -> bool:
        """Records that two spellings name one subject; True when that is new."""
        added = self.add(a) | self.add(b)
        if a == b or (a, b) in self._joined:
            return added
        self._joined.add((a, b))
        return True

    def _relink(self, name: str) -> None:
        links = self._links[name]
        for other in links:
            del self._links[other][name]
        links.clear()
        roles = self._roles[name]
        for other, other_roles in self._roles.items():
            if other == name:
                continue
            # Pairs are always looked at in sorted order, as in a sorted sweep.
            a, b = sorted((name, other))
            kind = link(a, b, same_role=not roles.isdisjoint(other_roles))
            if kind is not None:
                links[other] = self._links[other][name] = kind

    def copy(self) -> "Clusters":
        twin = Clusters()
        twin._roles = {name: set(roles) for name, roles in self._roles.items()}
        twin._links = {name: dict(links) for name, links in self._links.items()}
        twin._joined = set(self._joined)
        return twin

    def groups(self) -> list[list[str]]:
        """Each cluster sorted, clusters sorted by their first spelling."""
        nodes = sorted(self._roles)
        parent = {name: name for name in nodes}

        def find(name: str) -> str:
            while parent[name] != name:
                parent[name] = parent[parent[name]]
                name = parent[name]
            return name

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        for a, b in self._joined:
            union(a, b)
        for a, links in self._links.items():
            for b, kind in links.items():
                if kind is Link.STRONG:
                    union(a, b)
        # Weak links are resolved per strong cluster of shorter names, against the strong
        # clusters of the longer names they are part of, so the result does not depend on
        # which is looked at first.
        members: dict[str, list[str]] = {}
        for name in nodes:
            members.setdefault(find(name), []).append(name)
        joins: list[tuple[str, str]] = []
        for root, group in members.items():
            targets = {
                find(other)
                for name in group
                for other, kind in self._links[name].items()
                if kind is Link.WEAK and _words(other) > _words(name)
            } - {root}
            if len(targets) == 1:
                joins.append((root, targets.pop()))
        for root, target in joins:
            union(root, target)
        groups: dict[str, list[str]] = {}
        for name in nodes:
            groups.setdefault(find(name), []).append(name)
        return sorted(groups.values())
