"""Claims: the event log. Every figure and action ever extracted, append-only."""

import datetime as dt
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter

Metric = Literal["deaths", "injured", "arrested", "missing"]
# Counts that fall as well as rise without any correction: the missing are found.
FALLING_METRICS: frozenset[str] = frozenset({"missing"})
Qualifier = Literal["exact", "more_than", "at_least", "about", "up_to", "vague"]
Action = Literal[
    "dismissed", "resigned", "arrested", "detained", "charged", "released", "appointed"
]
SubjectKind = Literal["person", "body"]


class SentenceRef(BaseModel):
    """The sentence a claim came from, with character offsets into the article body."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int


class _ClaimBase(BaseModel):
    model_config = ConfigDict(frozen=True)

    claim_id: str = Field(
        description="Deterministic: same article and extractor version, same ids."
    )
    incident_id: str
    article_id: str
    published_at: AwareDatetime
    as_of: dt.date | None = Field(default=None, description="The date the claim refers to.")
    extractor_version: str
    sentence: SentenceRef
    # Copied from the article so that a reader can cite a number without the article at hand.
    outlet: str | None = Field(default=None, description="The article's outlet.")
    url: str | None = Field(default=None, description="The article's URL.")


class FigureClaim(_ClaimBase):
    """A number of deaths, injured, arrested or missing, as one sentence states it."""

    kind: Literal["figure"] = "figure"
    metric: Metric
    scope: str = Field(
        default="total",
        description=(
            "total | protesters | security_forces | civilians | militants (disjoint groups) | "
            "children | "
            "foreigners | journalists | prisoners (overlapping groups) | in_hospital | critical | "
            "at_scene | one_day | added | subset | elsewhere | discharged (parts of a figure) | "
            "a place"
        ),
    )
    value: int = Field(
        description="The number as written; for vague words the conservative low end."
    )
    low: int
    high: int | None = Field(description="None when open-ended upwards (more than, at least).")
    qualifier: Qualifier
    as_written: str
    attribution: str | None = None
    corrects: bool = Field(
        default=False,
        description="The text says an earlier figure was wrong, withdrawn or revised (`rises`).",
    )
    rises: bool = Field(
        default=False,
        description=(
            "The revision is an update upwards ('rose to 1,318', 'raising the toll to 57', or "
            "higher than a figure the article calls earlier): it supersedes lower figures and, "
            "unlike a correction, never lowers one."
        ),
    )
    withdraws: int | None = Field(
        default=None,
        description="The earlier figure this claim says was wrong or withdrawn, where named.",
    )
    disputes: bool = Field(
        default=False,
        description=(
            "The figure is set against another party's ('rights groups reported 31 deaths, but "
            "the president insisted the count is 22'): the text says that figure wrong, but one "
            "party's word retires no other's; both stand, the lower as a conflict."
        ),
    )

    @property
    def overrides(self) -> bool:
        """A correction that replaces the figure it corrects even when lower."""
        return self.corrects and not self.rises and not self.disputes


class ActionClaim(_ClaimBase):
    """Something done to a person or body: dismissed, resigned, arrested..."""

    kind: Literal["action"] = "action"
    subject: str = Field(description="Canonical name.")
    aliases: list[str] = Field(default_factory=list)
    subject_kind: SubjectKind = "person"
    action: Action
    role: str | None = None
    detail: str | None = Field(default=None, description="E.g. the charge.")
    by: str | None = Field(default=None, description="Who acted, where said.")
    date: dt.date | None = None


class WithdrawalClaim(_ClaimBase):
    """A figure taken back with no new one in its place: "the ministry withdrew its figure of
    164 dead", "the toll of 52 given on Monday was an error". The fold drops the total of
    that value and falls back to the latest earlier total no withdrawal or correction
    retired."""

    kind: Literal["withdrawal"] = "withdrawal"
    metric: Metric
    withdraws: int = Field(description="The figure taken back.")
    attribution: str | None = Field(default=None, description="Who took it back, where said.")


Claim = Annotated[FigureClaim | ActionClaim | WithdrawalClaim, Field(discriminator="kind")]
ClaimAdapter: TypeAdapter[FigureClaim | ActionClaim | WithdrawalClaim] = TypeAdapter(Claim)
