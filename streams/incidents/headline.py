"""The headline an article's event evidence reads: its title, else the words of its address.

Feeds and crawlers often send a page's text without its title, while most news addresses end
in the headline's words ("/2025/03/29/quake-toll-rises-in-mandalay"). Those words, written
as a headline of capitalised words, tell the event's type and country as a title does; a
town among them counts only when the body names it too (see `places.in_title`). They are
evidence only: no figure or action is read from them, and the body is cleaned against the
real title alone.
"""

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import pycountry

from schemas.article import Article

# A path segment reads as a headline with this many words at least, and when words are most
# of it: not an id ("q8jihmpqig", "article-3657456") or a section ("world/asia").
_WORDS = 4
_WORD_SHARE = 0.6
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|ece|cms)$", re.IGNORECASE)
_SEPARATOR = re.compile(r"[-_+]+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Words a headline leaves in lower case: capitalised, they would join the names around them,
# or name a country ("us").
_SMALL = frozenset({
    "a", "after", "amid", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is",
    "it", "of", "on", "or", "over", "the", "to", "us", "was", "we", "with",
})  # fmt: skip


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """The major languages' names (ISO 639-1), lowercase, without a qualifier in brackets."""
    return frozenset(
        language.name.split(" (")[0].lower()
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
    )


def headline(article: Article) -> str | None:
    """The article's title, or the headline its address spells; None when neither."""
    if article.title and article.title.strip():
        return article.title
    return address_headline(article.url) if article.url else None


def address_headline(url: str) -> str | None:
    """The headline the last path segment that reads as one spells, in capitalised words."""
    segments = [s for s in unquote(urlsplit(url).path).split("/") if s]
    for segment in reversed(segments):
        parts = [p for p in _SEPARATOR.split(_EXTENSION.sub("", segment)) if p]
        words = [p for p in parts if _LETTERS.fullmatch(p)]
        # A language's name closing the address marks the edition ("...-bantoro-english"),
        # not a country of the news.
        while words and words[-1].lower() in _languages():
            words.pop()
        if len(words) >= _WORDS and len(words) >= _WORD_SHARE * len(parts):
            return " ".join(w.lower() if w.lower() in _SMALL else w.capitalize() for w in words)
    return None
