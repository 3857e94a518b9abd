"""The parse's text, joined once per parse: spaCy joins a `Doc`'s or a `Span`'s text from
new token objects on every read, and the rules read each sentence's text many times."""

from spacy.tokens import Doc, Span

_KEY = "tally_text"


def text_of(part: Doc | Span) -> str:
    """`part.text`, sliced from the parse's text read once."""
    if isinstance(part, Doc):
        return _whole(part)
    return _whole(part.doc)[part.start_char : part.end_char]


def _whole(doc: Doc) -> str:
    found: str | None = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = doc.text
    return found
