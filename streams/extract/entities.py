"""The parse's named entities, built once per parse: spaCy builds `Doc.ents` anew on every
access, and the rules ask for them thousands of times per article."""

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "tally_entities"


def entities(doc: Doc) -> tuple[Span, ...]:
    found: tuple[Span, ...] | None = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = tuple(doc.ents)
    return found


def entities_in(span: Span) -> list[Span]:
    found = entities(span.doc)
    first = bisect_left(found, span.start, key=lambda e: e.start)
    last = bisect_left(found, span.end, lo=first, key=lambda e: e.start)
    return [e for e in found[first:last] if e.end <= span.end]


def entity_at(token: Token) -> Span | None:
    """The entity the token is part of, if any."""
    found = entities(token.doc)
    index = bisect_right([e.start for e in found], token.i) - 1
    return found[index] if index >= 0 and token.i < found[index].end else None
