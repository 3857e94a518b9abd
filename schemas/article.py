"""The input message, and the cleaned article the extractor works on."""

import unicodedata
from bisect import bisect_right

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator


class Article(BaseModel):
    """An article as a publisher sends it. Unknown fields are kept, not rejected."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1, max_length=512)
    published_at: AwareDatetime
    body: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str = "en"
    incident_hint: str | None = Field(
        default=None,
        description="The publisher's own story id; overrides incident assignment.",
    )

    @field_validator("body")
    @classmethod
    def body_has_text(cls, body: str) -> str:
        if not any(_visible(char) for char in body):
            raise ValueError("body is empty, or only whitespace and invisible characters")
        return body


def _visible(char: str) -> bool:
    """Not a separator, a control or a format character (zero-width space, BOM, ...)."""
    return unicodedata.category(char)[0] not in "ZC" and not char.isspace()


class KeptLine(BaseModel):
    """A line of the body that cleaning kept: where it starts in the cleaned text and the body."""

    model_config = ConfigDict(frozen=True)

    text_start: int
    body_start: int
    length: int


class CleanedArticle(BaseModel):
    """The article with page furniture removed.

    `text` is the kept lines joined by newlines; `kept` maps every character of it back
    to the original body, so a claim can point at its sentence in what the publisher sent.
    """

    article: Article
    text: str
    kept: list[KeptLine]

    def body_offset(self, text_offset: int) -> int:
        """The body offset of a character of the cleaned text (or of the end of a span)."""
        if not self.kept:
            return text_offset
        starts = [line.text_start for line in self.kept]
        line = self.kept[max(bisect_right(starts, text_offset) - 1, 0)]
        return line.body_start + min(text_offset - line.text_start, line.length)
