"""An article's claims as members of the incident it is linked into.

The claims are relabelled with the incident's id. When the article's main country is not the
incident's (a report from next door on a cross-border earthquake), what it gives as totals
are that country's part of the incident, not the incident's toll: they take the country as
their scope. So do the totals of an article about a town in another country during a
natural event that crosses borders (a tower that fell in a neighbouring capital, reported as
part of the earthquake); a protest report that dwells on a foreign capital's reaction keeps
its totals, and so do a count said to be of both countries ("a combined toll of 83") and a
report whose main place lies in another country than its own, and a report from next door
on an event at one spot (a fire in a tunnel under a border) that weighs the incident's country.
"""

from collections.abc import Sequence

from schemas.claim import Claim, FigureClaim
from schemas.evidence import IncidentEvidence
from streams.extract.places import ALL_COUNTRIES
from streams.incidents.gazetteer import country_of, is_country, key, place_of
from streams.incidents.label import describe
from streams.incidents.link import TARGETED, crosses_borders


def as_members(claims: Sequence[Claim], incident: str, evidence: IncidentEvidence) -> list[Claim]:
    foreign = foreign_part(incident, evidence)
    own = describe(incident).country
    return [
        _member(claim, incident, None if _said_of(claim, own) or _of_all(claim) else foreign)
        for claim in claims
    ]


def _of_all(claim: Claim) -> bool:
    return ALL_COUNTRIES.search(claim.sentence.text) is not None


def _said_of(claim: Claim, country: str | None) -> bool:
    """The claim's sentence names the incident's own country ("Peru's civil defence put the
    toll on its side at 24"): its figure is that country's, wherever the report is from."""
    if country is None:
        return False
    words = [key(w) for w in claim.sentence.text.split()]
    spans = (" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words)))
    return any(country_of(span) == country for span in spans)


def foreign_part(incident: str, evidence: IncidentEvidence) -> str | None:
    """The other country an article reports from: its own main country, or the country of the
    town it is about ("the tower that fell in Bangkok" in a Myanmar earthquake)."""
    label = describe(incident)
    country = label.country
    if country is None:
        return None
    if label.event in TARGETED and country in evidence.countries:
        # One event at one spot on a border (a fire in a tunnel between two countries): a
        # report from the other side that weighs the incident's country tells its whole toll.
        return None
    if evidence.country is not None and evidence.country != country:
        # Not when its own main place lies outside its main country: a report from across the
        # border on the shelled region, which weighs its own country for the wounded it treats.
        where = None if evidence.place is None else place_of(evidence.place)
        return evidence.country if where in (None, evidence.country) else None
    if evidence.place is None or is_country(evidence.place) or not crosses_borders(evidence):
        return None  # only a natural event's damage next door is a part of it
    town = place_of(evidence.place) or country_of(evidence.place)
    # The town's country must weigh in the article too: a main town is sometimes a namesake.
    return town if town is not None and town != country and town in evidence.countries else None


def _member(claim: Claim, incident: str, foreign: str | None) -> Claim:
    if foreign is not None and isinstance(claim, FigureClaim) and claim.scope == "total":
        return claim.model_copy(update={"incident_id": incident, "scope": foreign})
    return claim.model_copy(update={"incident_id": incident})
