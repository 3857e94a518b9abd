"""Country names, demonyms and main cities, read from `countries.tsv` beside this module.

`country_of("Kazakh")` -> "Kazakhstan"; `country_of("Almaty")` -> "Kazakhstan". Matching
ignores case and accents. The table covers the world's states with the forms news uses.
"""

from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

_TABLE = Path(__file__).with_name("countries.tsv")


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
    return country_of(text) == text.strip() or key(text) in {key(c) for c in set(names().values())}
