"""One change of the state a reader would care about."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from schemas.claim import Metric
from schemas.version import SCHEMA_VERSION


class StateChange(BaseModel):
    incident_id: str
    version: int
    metric: Metric | None = None
    subject: str | None = None
    before: Any = None
    after: Any = None
    because: list[str] = Field(description="Claim ids.")
    sentences: list[str] = Field(default_factory=list, description="The source sentences.")
    at: datetime
    merged_into: str | None = Field(
        default=None,
        description=(
            "Set when this incident merged into another (its state is deleted): the survivor."
        ),
    )
    schema_version: str = Field(
        default=SCHEMA_VERSION, description="MAJOR.MINOR of this message's schema."
    )
