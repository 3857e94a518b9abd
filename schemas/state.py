"""The reconciled state of one incident: what the `incident-state` topic carries."""

import datetime as dt

from pydantic import BaseModel, Field

from schemas.claim import Action, Metric, Qualifier, SubjectKind
from schemas.version import SCHEMA_VERSION


class Source(BaseModel):
    """Where a number or an action came from."""

    claim_id: str
    article_id: str
    attribution: str | None = None
    sentence: str


class ScopeFigure(BaseModel):
    """The figure for one scope (protesters, security_forces, a place...)."""

    value: int
    low: int
    high: int | None
    qualifier: Qualifier
    as_of: dt.date | None = None
    sources: list[Source]


class Conflict(BaseModel):
    """A claim that disagrees with the state and was recorded, not applied."""

    claim_id: str
    article_id: str
    scope: str
    value: int
    qualifier: Qualifier
    reason: str
    sentence: str
    # For a withdrawn figure: the claim that took it back or corrected it, and its sentence.
    withdrawn_by: str | None = None
    withdrawn_in: str | None = None


class HistoryEntry(BaseModel):
    """One step of a metric's value, in the order of the articles' publication."""

    at: dt.datetime
    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier | None
    because: list[str] = Field(description="Claim ids.")


class MetricState(BaseModel):
    """The reconciled figure for one metric."""

    value: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier | None = None
    as_written: str | None = None
    as_of: dt.date | None = None
    derived: bool = Field(default=False, description="True when the total is the sum of scopes.")
    breakdown: dict[str, ScopeFigure] = Field(default_factory=dict)
    sources: list[Source] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    withdrawn: list[Conflict] = Field(
        default_factory=list,
        description="Figures a correction or withdrawal replaced, with their own sentences.",
    )
    history: list[HistoryEntry] = Field(default_factory=list)
    omitted: dict[str, int] = Field(
        default_factory=dict,
        description="Entries left out of this message's lists (sources, history, conflicts, "
        "withdrawn, breakdown, breakdown_sources), by list; see GET /incidents/{id}/history.",
    )


class PersonAction(BaseModel):
    action: Action
    date: dt.date | None = None
    role: str | None = None
    detail: str | None = None
    by: str | None = None
    sources: list[Source]


class Person(BaseModel):
    """A person or body, one per canonical subject however it is spelled."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: SubjectKind = "person"
    role: str | None = None
    actions: list[PersonAction] = Field(default_factory=list)


class ArticlesSeen(BaseModel):
    count: int = 0
    ids: list[str] = Field(default_factory=list)


class IncidentState(BaseModel):
    incident_id: str
    label: str
    country: str | None = None
    first_seen: dt.datetime
    last_updated: dt.datetime
    articles: ArticlesSeen
    version: int = Field(
        description="Increments on every change, in publication order of the claims."
    )
    figures: dict[Metric, MetricState] = Field(default_factory=dict)
    people: dict[str, Person] = Field(default_factory=dict)
    omitted: dict[str, int] = Field(
        default_factory=dict,
        description="Entries left out of this message (article_ids, people, action_sources); "
        "the message stays small however many claims the incident has.",
    )
    schema_version: str = Field(
        default=SCHEMA_VERSION, description="MAJOR.MINOR of this message's schema."
    )
