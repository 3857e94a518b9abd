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
    schema_version: str = Field(
        default=SCHEMA_VERSION, description="MAJOR.MINOR of this message's schema."
    )
