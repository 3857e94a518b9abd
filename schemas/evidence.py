"""What an article says about its event, for linking it into an incident; and an extracted
article (evidence and claims) on its way from extraction to linking."""

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from schemas.claim import Claim


class IncidentEvidence(BaseModel):
    """One article's evidence. Linking compares these and nothing else."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    published: dt.date = Field(description="The article's publication date (UTC).")
    event: str = Field(description="The event type's slug: earthquake, flood, bombing, ...")
    grain: str = Field(description="'month' for a sudden event, 'year' for a wave.")
    also: list[str] = Field(
        default_factory=list,
        description="Other event types the article names often (protests over a flood).",
    )
    country: str | None = Field(description="The country where the event happens.")
    countries: list[str] = Field(
        default_factory=list, description="Every country that weighs in the article, sorted."
    )
    place: str | None = Field(
        default=None, description="The region or town where the event happens (folded name)."
    )
    places: list[str] = Field(
        default_factory=list,
        description="Regions and towns named where the event is told (folded names), sorted.",
    )
    people: list[str] = Field(
        default_factory=list, description="People named in full (folded names), sorted."
    )
    start: dt.date | None = Field(
        default=None, description="First day of the month the text says the event began."
    )
    day: dt.date | None = Field(
        default=None, description="The day the text says its sudden event happened."
    )
    hint: str | None = Field(default=None, description="The publisher's incident_hint.")


class ExtractedArticle(BaseModel):
    """The output of extraction for one article: its evidence and its claims, which carry the
    article's own incident id until linking gives the id of the incident it joins."""

    model_config = ConfigDict(frozen=True)

    evidence: IncidentEvidence
    claims: list[Claim]
