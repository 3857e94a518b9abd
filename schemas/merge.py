"""An incident merged into another: written to `claims` under the absorbed incident's key,
after its claims, so that the reconcile stage retires it in order."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict


class IncidentMerged(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: Literal["merged"] = "merged"
    incident_id: str
    merged_into: str
    at: datetime
