"""An article's claims as members of the incident it is linked into.

The claims are relabelled with the incident's id. When the article's main country is not the
incident's (a report from next door on a cross-border earthquake), what it gives as totals
are that country's part of the incident, not the incident's toll: they take the country as
their scope.
"""

from collections.abc import Sequence

from schemas.claim import Claim, FigureClaim
from schemas.evidence import IncidentEvidence
from streams.incidents.label import describe


def as_members(claims: Sequence[Claim], incident: str, evidence: IncidentEvidence) -> list[Claim]:
    country = describe(incident).country
    foreign = evidence.country if country is not None and evidence.country != country else None
    return [_member(claim, incident, foreign) for claim in claims]


def _member(claim: Claim, incident: str, foreign: str | None) -> Claim:
    if foreign is not None and isinstance(claim, FigureClaim) and claim.scope == "total":
        return claim.model_copy(update={"incident_id": incident, "scope": foreign})
    return claim.model_copy(update={"incident_id": incident})
