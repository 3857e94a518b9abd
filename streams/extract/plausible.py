"""No count of people can exceed the population it is about.

A figure above the population of the incident's country (countryinfo's census figures, with
a margin for growth since) is a typo, a rumour or a hostile message, not a toll: it never
becomes a claim. Where the country is unknown the world's population is the ceiling
(`numbers.CEILING`).
"""

from functools import lru_cache

from countryinfo import CountryInfo

from streams.extract.numbers import CEILING

# The census figures are a few years old; populations grow.
GROWTH_MARGIN = 1.5


@lru_cache(maxsize=512)
def population_ceiling(country: str | None) -> int:
    if not country:
        return CEILING
    try:
        population = CountryInfo(country).population()
    except Exception:  # an unknown name: countryinfo raises its own error types
        return CEILING
    if not isinstance(population, int) or population <= 0:
        return CEILING
    return min(int(population * GROWTH_MARGIN), CEILING)


def plausible(value: int | None, country: str | None) -> bool:
    return value is None or 0 <= value <= population_ceiling(country)
