"""Which incident an article belongs to.

Rule, in order:
1. The publisher's `incident_hint`, when set, decides: `hinted_incident_id(hint)`.
2. Otherwise the id is `{country}-{kind}-{yyyy}-{mm}`:
   - country: every mention of a country, its demonym or one of its main cities (the
     gazetteer in `countries.tsv`; "Kazakh" and "Almaty" both count for Kazakhstan) scores 6
     in a sentence with a casualty or arrest word, 2 in a sentence with an event keyword (any
     kind below), 1 elsewhere: the country where people die or are arrested outweighs the
     countries that comment on it, however often they are named.
     Highest score wins; ties go to the alphabetically first country; none found -> unknown.
   - kind: each word starting with one of a kind's stems (below) is a vote; most votes wins;
     ties go to the earlier kind in `_KINDS`; no votes -> `incident`.
   - year and month: of `published_at` (UTC).
Articles about the same crisis thus share an id, and different countries, kinds or months
never mix.
"""

from collections import Counter

from spacy.tokens import Doc, Span

from schemas.article import CleanedArticle
from streams.incidents.gazetteer import country_of
from streams.incidents.label import hinted_incident_id, incident_id

# Families, not fine kinds: follow-ups of one crisis change vocabulary (a protest becomes a
# crackdown, a bombing is reported as part of a war), and a split incident is worse than two
# stories of one family in one country and month sharing an id.
_KINDS: dict[str, tuple[str, ...]] = {
    "unrest": ("protest", "riot", "unrest", "demonstrat", "uprising", "revolt", "rally",
               "rallies", "clash", "disorder", "looting", "looter", "insurrection",
               "crackdown", "dissident", "repression", "censorship", "jailing"),
    "disaster": ("earthquake", "quake", "flood", "cyclone", "hurricane", "typhoon", "tsunami",
                 "landslide", "mudslide", "wildfire", "tornado", "eruption", "avalanche",
                 "aftershock", "drought", "heatwave", "storm", "disaster", "rubble", "capsiz",
                 "shipwreck", "collapse", "stampede", "outbreak", "epidemic", "cholera"),
    "conflict": ("bombing", "bomber", "shooting", "gunman", "gunmen", "attack", "explosion",
                 "blast", "hostage", "stabbing", "massacre", "offensive", "shelling",
                 "airstrike", "missile", "invasion", "artillery", "troops", "frontline",
                 "bombardment", "war", "warplane", "ceasefire", "militia", "insurgent"),
}  # fmt: skip
_CASUALTY = ("kill", "dead", "death", "died", "injur", "wound", "arrest", "detain")
_LONGEST_NAME = 4


def assign_incident(cleaned: CleanedArticle, doc: Doc) -> str:
    """The incident id of an article (see the module docstring for the rule)."""
    article = cleaned.article
    if article.incident_hint:
        return hinted_incident_id(article.incident_hint)
    published = article.published_at
    return incident_id(main_country(doc), event_kind(doc), published.year, published.month)


def event_kind(doc: Doc) -> str:
    votes: Counter[str] = Counter()
    for token in doc:
        kind = _kind_of(token.lower_)
        if kind is not None:
            votes[kind] += 1
    if not votes:
        return "incident"
    order = list(_KINDS)
    return min(votes, key=lambda kind: (-votes[kind], order.index(kind)))


def _kind_of(word: str) -> str | None:
    for kind, stems in _KINDS.items():
        if word.startswith(stems):
            return kind
    return None


def main_country(doc: Doc) -> str | None:
    scores: Counter[str] = Counter()
    for sentence in doc.sents:
        weight = _weight(sentence)
        for country in countries_in(sentence):
            scores[country] += weight
    if not scores:
        return None
    return min(scores, key=lambda country: (-scores[country], country))


def _weight(sentence: Span) -> int:
    if any(t.lower_.startswith(_CASUALTY) for t in sentence):
        return 6
    return 2 if any(_kind_of(t.lower_) is not None for t in sentence) else 1


def countries_in(span: Span) -> list[str]:
    """The country of every capitalised country, demonym or city mention, longest first."""
    found = []
    index = span.start
    while index < span.end:
        token = span.doc[index]
        step = 1
        if token.text[:1].isupper():
            # Multi-word names are runs of capitalised words, "of" or "and" ("Bosnia and
            # Herzegovina"); stop the window at the first other word.
            window = 1
            while window < min(_LONGEST_NAME, span.end - index) and (
                span.doc[index + window].text[:1].isupper()
                or span.doc[index + window].lower_ in ("of", "and", "-")
            ):
                window += 1
            for size in range(window, 0, -1):
                country = country_of(span.doc[index : index + size].text)
                if country is not None:
                    found.append(country)
                    step = size
                    break
        index += step
    return found
