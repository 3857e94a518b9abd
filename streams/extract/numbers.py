"""Find counts in running text and read them as ranges.

`find_quantities(text)` returns every count it can read, with its character span, the span of
the number itself (without qualifiers), and its reading as a `FigureClaim` expects it.

Why written here rather than taken from a library: text2num's `alpha2digit` converts number
words but drops the qualifier ("more than") and the span; quantulum3 drops "more than" and
reads "dozens" poorly; word2number mis-reads sequences such as "twenty-six ... eighteen". So
this module finds the phrases with its own patterns and uses text2num's `text2num` only to
convert a run of number words it has already delimited ("twenty-six" -> 26).

Conventions (applied to every claim):

| qualifier | written as | value | low | high |
| --- | --- | --- | --- | --- |
| `exact` | "26", "twenty-six", "1.2 million" | n | n | n |
| `more_than` | more than, over, in excess of, above, past, beyond, exceeded, n+ | n | n | None |
| `at_least` | at least, no fewer than, "n or more" | n | n | None |
| `about` | about, around, some, approximately, roughly | n | round(0.9 n) | round(1.1 n) |
| `about` | nearly, almost, close to, nears, approaching (below n) | n | round(0.9 n) | n |
| `about` | ranges: between a and b, a to b, a-b | a | a | b |
| `up_to` | up to, as many as, as high as, at most, no more than | n | 0 | n |
| `up_to` | fewer than, less than, under | n | 0 | n - 1 |
| `vague` | see `VAGUE` below | table low | table low | table high |

Vague words follow ACLED's conservative reading for the low end (tens = 10, dozens = 12,
hundreds = 100, thousands = 1000); the high end is the next order of magnitude minus one.
Digit groups: "4,400", "4 400" and, as in translations from Spanish or German, "4.400" are
all 4400; a dot followed by other than exactly three digits, or by a scale word, is a decimal
point ("1.2 million").

Counts are exact integers from end to end: decimals are read with `Decimal`, never through a
float, so "1.2 million" is 1,200,000 and a 13-digit count keeps every digit. A number that is
no whole count ("2.5" alone) is not read. No count of people can exceed the world's
population: `CEILING` is 8.2 billion (the UN's World Population Prospects put it at about 8.2
billion in 2025), and a number above it ("1,000,000,000,000 dead", a 26-digit string of
digits) is not a count. Negative counts cannot be read: a number right after a minus sign or
hyphen is skipped.
"""

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from text_to_num import text2num

from schemas.claim import Qualifier
from streams.extract.dates import MONTH_WORD

# word -> (low, high). Longest phrases are tried first by the pattern below.
VAGUE: dict[str, tuple[int, int]] = {
    "a few": (2, 5),
    "a handful": (2, 5),
    "several": (3, 9),
    "a few dozen": (24, 99),
    "several dozen": (36, 99),
    "a few hundred": (200, 599),
    "several hundred": (300, 999),
    "a few thousand": (2000, 5999),
    "several thousand": (3000, 9999),
    "tens": (10, 99),
    "dozens": (12, 99),
    "scores": (20, 99),
    "hundreds": (100, 999),
    "thousands": (1000, 9999),
    "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999),
    "millions": (1_000_000, 9_999_999),
}

# The world's population: no count of people is larger.
CEILING = 8_200_000_000

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_WORD = r"(?:" + "|".join(sorted(_UNITS + list(_SCALES), key=len, reverse=True)) + r")"
# Words joined by spaces, "and" or a hyphen ("twenty-five", also spaced: "twenty - five");
# a spaced dash after any other word sets a count before its parts ("four - three workers
# and one resident").
_SPACED = rf"(?:{'|'.join(_UNITS[20:])})\s+-\s+(?:{'|'.join(_UNITS[1:10])})"
_WORDS = rf"(?:{_SPACED}|{_WORD})(?:(?:-|\s+|\s+and\s+)(?:{_SPACED}|{_WORD}))*"
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+"
    r"|\d{1,3}(?:\.\d{3})+(?![\d.,]*\s*(?:million|billion|thousand))"
    r"|\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)"
    r"|\d+(?:\.\d+)?"
)
_SCALE = r"(?:hundred|thousand|million|billion)"
_DOZEN = rf"(?:a|{_WORDS}|\d+)\s+dozen"
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_CORE = rf"(?:{_DOZEN}|(?:{_DIGITS})(?:\s+{_SCALE})?|(?:a\s+)?{_WORDS}|{_VAGUE})"

_BEFORE: dict[str, Qualifier] = {
    "more than": "more_than",
    "over": "more_than",
    "well over": "more_than",
    "just over": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "above": "more_than",
    "past": "more_than",  # "the toll climbed past 500"
    # "The toll has exceeded 100": above it, not that exact number.
    "exceeded": "more_than",
    "exceeds": "more_than",
    "exceeding": "more_than",
    "surpassed": "more_than",
    "surpasses": "more_than",
    "surpassing": "more_than",
    "passed": "more_than",  # "the toll passed 12,000"
    "passes": "more_than",
    "topped": "more_than",
    "tops": "more_than",
    "crossed": "more_than",
    "crosses": "more_than",
    "beyond": "more_than",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "estimated": "about",
    "nearly": "about",
    "almost": "about",
    "close to": "about",
    "just under": "about",
    # A toll that "nears 3,000" is below it, like "nearly 3,000".
    "nears": "about",
    "neared": "about",
    "nearing": "about",
    "approaches": "about",
    "approached": "about",
    "approaching": "about",
    "up to": "up_to",
    "as many as": "up_to",
    "as high as": "up_to",
    "at most": "up_to",
    "no more than": "up_to",
    "fewer than": "up_to",
    "less than": "up_to",
    "under": "up_to",
}
_BELOW = {"nearly", "almost", "close to", "just under", "nears", "neared", "nearing",
          "approaches", "approached", "approaching"}  # fmt: skip
_STRICTLY_BELOW = {"fewer than", "less than", "under"}
_QUAL = "|".join(re.escape(q) for q in sorted(_BEFORE, key=len, reverse=True))

_PATTERN = re.compile(
    # Not a time of day: "18:45 - Police have detained four people".
    rf"""(?<![\w.,:-])
    (?:(?P<between>between)\s+)?
    (?:(?P<qual>{_QUAL})\s+)?
    (?P<core>{_CORE})(?!:\d)
    (?:\s*(?P<join>-|–|to|and|or)\s*(?P<upper>{_CORE}))?
    (?P<after>\s+or\s+more|\+|-plus)?
    (?![\w])(?!-year|\s+years?\s+old)""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Quantity:
    """A count read from text. `start`/`end` span the whole phrase, `num_*` the number."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: int
    low: int
    high: int | None
    qualifier: Qualifier
    as_written: str


def number_value(phrase: str) -> int | None:
    """The integer a number phrase denotes ("4,400", "twenty-six", "1.2 million"), or None
    when it is no whole count or larger than `CEILING`."""
    value = _integer(phrase)
    return value if value is not None and 0 <= value <= CEILING else None


def _integer(phrase: str) -> int | None:
    text = " ".join(phrase.lower().replace("\u00a0", " ").split())
    dozen = re.fullmatch(r"(.+?)\s+dozen", text)
    if dozen:
        times = 1 if dozen[1] == "a" else number_value(dozen[1])
        return None if times is None else times * 12
    text = re.sub(r"^an?\s+(?=hundred|thousand|million|billion)", "one ", text)
    scaled = re.fullmatch(rf"([\d.,]+)\s+({_SCALE})", text)
    if scaled:
        base = _digits_value(scaled[1], decimal_point=True)
        return None if base is None else _whole(base * _SCALES[scaled[2]])
    if text[0].isdigit():
        value = _digits_value(text, decimal_point=False)
        return None if value is None else _whole(value)
    try:
        return int(text2num(text.replace(" and ", " ").replace(" - ", "-"), "en"))
    except ValueError:
        return None


def _whole(value: Decimal) -> int | None:
    return int(value) if value == value.to_integral_value() else None


def _digits_value(text: str, decimal_point: bool) -> Decimal | None:
    if re.fullmatch(r"\d{1,3}(?:[ ,]\d{3})+", text):
        return Decimal(re.sub(r"[ ,]", "", text))
    if not decimal_point and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return Decimal(text.replace(".", ""))
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _scaled(value: int, factor: str) -> int:
    """`value` times `factor`, rounded half to even, in exact arithmetic."""
    return int((value * Decimal(factor)).to_integral_value(ROUND_HALF_EVEN))


def _about(value: int, qualifier: str) -> tuple[int, int]:
    high = value if qualifier in _BELOW else _scaled(value, "1.1")
    return _scaled(value, "0.9"), high


def _read(match: re.Match[str]) -> Quantity | None:
    core = match["core"]
    qual_word = (match["qual"] or "").lower()
    num_start, num_end = match.span("core")
    start, end = match.start(), match.end()
    vague = VAGUE.get(" ".join(core.lower().split()))
    if vague is not None:
        written = match.string[start:num_end]
        floor, ceiling = vague
        return Quantity(start, num_end, num_start, num_end, floor, floor, ceiling, "vague", written)
    value = number_value(core)
    if value is None:
        return None
    if match["upper"]:
        upper = number_value(match["upper"])
        if upper is None or upper <= value:
            return None
        num_end = match.end("upper")
        return Quantity(start, end, num_start, num_end, value, value, upper, "about", match[0])
    qualifier: Qualifier = "exact"
    low = value
    high: int | None = value
    if match["after"]:
        qualifier, high = "at_least", None
    elif qual_word:
        qualifier = _BEFORE[" ".join(qual_word.split())]
        if qualifier in ("more_than", "at_least"):
            high = None
        elif qualifier == "about":
            low, high = _about(value, qual_word)
        elif qualifier == "up_to":
            low, high = 0, value - 1 if qual_word in _STRICTLY_BELOW else value
    return Quantity(start, end, num_start, num_end, value, low, high, qualifier, match[0])


def find_quantities(text: str) -> list[Quantity]:
    """Every count in `text`, left to right."""
    found = []
    position = 0
    while match := _PATTERN.search(text, position):
        position = match.end()
        if match["upper"] and _not_a_range(text, match):
            # "rose from 26 to 44", "rose by 30 to 210", "26 and 18" and "25 - ten" are two
            # figures: read the first alone and scan on from its end so the second is read too.
            position = match.end("core")
            match = _PATTERN.fullmatch(text, match.start(), position)
        quantity = _read(match) if match else None
        if quantity is not None:
            found.append(quantity)
    return found


_MONTH_BEFORE = re.compile(rf"\b{MONTH_WORD}$", re.IGNORECASE)


def _not_a_range(text: str, match: re.Match[str]) -> bool:
    low, high = number_value(match["core"]), number_value(match["upper"])
    if low is not None and high is not None and high <= low:
        return True  # "the toll at 25 - ten soldiers, nine ...": a count, then its parts
    join = match["join"].lower()
    if join == "and":
        return not match["between"]
    before = text[: match.start()].rstrip()
    # "rose from 26 to 44", "by 30 to 210", "the total since March 12 to 175" (a day, then the
    # count the total came to).
    return join == "to" and (
        before.lower().endswith(("from", " by")) or _MONTH_BEFORE.search(before) is not None
    )
