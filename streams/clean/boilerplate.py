"""Remove page furniture from an article body, whole lines at a time.

Furniture is what a scraper picks up around the article: banners and image placeholders,
repeated headlines and other duplicated lines, "Story highlights", photo captions and credits
("... / afp", "REUTERS/Name", "Photograph:(Reuters)"), "PREV"/"NEXT" links, links to other
stories under their label ("Read more: ..."), navigation crumbs ("HomeWorld..."), date and
"Updated:" lines, bylines, author blurbs with addresses, phones or emails, "Recent posts" and
similar lists, truncated link titles, and aggregator sign-offs. An embed card keeps its excerpt
and loses its tail ("... Continue reading <linked headline> Copy and paste this link into your
page"). Blank lines are kept, so paragraphs stay apart for the sentence splitter. Every kept
line records where it came from, so offsets map back to the body.
"""

import re

from schemas.article import Article, CleanedArticle, KeptLine

_FLAGS = re.IGNORECASE
_FURNITURE = [
    re.compile(p, _FLAGS)
    for p in (
        # Section labels and widgets.
        r"^(?:story highlights|highlights|recent posts|related(?: articles| news| posts)?|"
        r"read more|also read|read also|more from \w+|author information|about the author|"
        r"advertisement|sponsored|share(?: this)?(?: article)?|follow us.*|tags?:.*|"
        r"subscribe.*|sign up.*|most read|trending|comments?)$",
        # A link to another story under its label: "Read more: X arrests organiser of Y".
        r"^(?:read more|also read|read also|related|see also|more on this)\s*[:|\-–—]\s*\S.*$",
        # Previous/next links and breadcrumbs glued to "Home".
        r"^(?:prev|next|previous|previous article|next article)\b",
        r"^Home(?=[A-Z])|^Home\s*[>»/|]",
        # Date, update and crawl lines.
        r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        r"(?:[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\.?,?\s+\d{4})$",
        r"^.{0,60}(?:updated|published|posted|last modified)\s*:?\s*.{0,40}\d{4}.{0,25}$",
        # Bylines.
        r"^by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$",
        r"^[\w .'’-]{0,40}\b(?:web team|web desk|news desk|desk|staff|bureau|news service)$",
        # A wire's credits: "(Reporting by X; Editing by Y)".
        r"^\(?(?:(?:additional )?(?:reporting|writing|editing|edited|written|compiled) by "
        r"(?-i:[A-Z])[\w.'’-]*(?: (?:(?-i:[A-Z])[\w.'’-]*|in|and|&))*[;,]?\s*)+\)?\.?$",
        # Author blurbs with contact details.
        r"\bphone\s*:|\bemail\s*:|\[email\s*protected\]|\(\+?\d{1,3}\)\s*\d{3}[-\s]\d{3}[-\s]\d{4}",
        # Photo captions and credits.
        r"(?:^|\s)/\s*(?:afp|reuters|ap|epa|efe|getty(?: images)?|anadolu|tass|ria novosti|"
        r"xinhua|dpa|sputnik)\s*$",
        r"\bphoto(?:graph)?\s*:\s*\(?[\w .,/-]+\)?\s*$|\((?:photo|image|file photo)\s*:[^)]*\)\s*$",
        r"\b(?:REUTERS|AFP|AP|EPA|Getty Images)/[A-Z][\w.'’ -]+$",
        # Agency and aggregator sign-offs.
        r"^\(?with inputs from [\w ,&]+\)?\.?$",
        r"\bthese were the details of the news\b|\bwe hope that we have succeeded\b|"
        r"\bthe original news has been published\b|\bsubscribe to (?:the|our) alerts\b",
    )
]
# The tail of an embed card, after the excerpt it quotes.
_EMBED_TAIL = re.compile(
    r"\s*(?:…|\.\.\.)\s*continue reading\b.*$|\bcopy and paste this (?:url|code|link|html) "
    r"into your\b.*$",
    _FLAGS,
)
# Captions describe a picture in the present tense and end without a full stop.
_CAPTION = re.compile(
    r"\b(?:is|are) seen\b|\b(?:stands?|sits?|walks?|gathers?|poses?|looks on|"
    r"holds?|waves?|march(?:es)?)\b",
    _FLAGS,
)
_TRUNCATED = {"for", "of", "the", "a", "an", "to", "in", "on", "and", "with", "by", "at", "from"}
_END = tuple('.!?"”’:;)')


def is_furniture(line: str, title: str | None = None) -> bool:
    """True when a stripped, non-empty line is page furniture rather than article text."""
    if any(p.search(line) for p in _FURNITURE):
        return True
    if title and _norm(line) == _norm(title):
        return True
    words = line.split()
    ends_open = not line.endswith(_END)
    if ends_open and len(words) <= 3 and line == line.lower():
        return True  # placeholders such as "main img", "ugc_banner"
    if ends_open and words[-1].lower() in _TRUNCATED:
        return True  # a link title cut off mid-phrase
    return ends_open and len(words) >= 6 and _CAPTION.search(line) is not None


def _norm(line: str) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", line.lower()).split())


def clean(article: Article) -> CleanedArticle:
    """The body without furniture; `kept` maps cleaned offsets back to the body."""
    kept: list[KeptLine] = []
    parts: list[str] = []
    seen: set[str] = set()
    text_start = 0
    body_start = 0
    for raw in article.body.splitlines(keepends=True):
        whole = raw.rstrip("\r\n")
        line = _EMBED_TAIL.sub("", whole)
        stripped = line.strip()
        key = _norm(stripped)
        emptied = not stripped and bool(whole.strip())
        # Judged whole: a trimmed excerpt ends mid-phrase like a cut link title.
        furniture = bool(stripped) and (key in seen or is_furniture(whole.strip(), article.title))
        drop = emptied or furniture
        if stripped and key:
            seen.add(key)
        if not drop:
            kept.append(KeptLine(text_start=text_start, body_start=body_start, length=len(line)))
            parts.append(line)
            text_start += len(line) + 1
        body_start += len(raw)
    return CleanedArticle(article=article, text="\n".join(parts), kept=kept)
