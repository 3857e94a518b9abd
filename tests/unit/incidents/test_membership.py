"""Claims relabelled into their incident; a neighbour's totals become its part."""

import datetime as dt

from schemas.claim import FigureClaim
from schemas.evidence import IncidentEvidence
from streams.incidents.membership import as_members
from tests.unit.reconcile.test_examples import DAY1, figure

INCIDENT = "guatemala-earthquake-2025-06-02-1a2b"


def evidence(country: str) -> IncidentEvidence:
    return IncidentEvidence(
        article_id="a1",
        published=dt.date(2025, 6, 3),
        event="earthquake",
        grain="month",
        country=country,
        countries=[country],
    )


def test_claims_take_the_incidents_id() -> None:
    [claim] = as_members([figure("a1", 0, DAY1, "deaths", 88)], INCIDENT, evidence("Guatemala"))
    assert isinstance(claim, FigureClaim)
    assert (claim.incident_id, claim.scope) == (INCIDENT, "total")


def test_a_report_from_next_door_gives_that_countrys_part() -> None:
    claims = [
        figure("a1", 0, DAY1, "deaths", 9),
        figure("a1", 1, DAY1, "injured", 40, scope="children"),
    ]
    total, group = as_members(claims, INCIDENT, evidence("El Salvador"))
    assert isinstance(total, FigureClaim) and isinstance(group, FigureClaim)
    assert total.scope == "El Salvador"
    assert group.scope == "children"
    assert total.claim_id == claims[0].claim_id


def test_a_report_from_next_door_on_a_place_of_the_incidents_country_keeps_its_totals() -> None:
    # Filed from across the border, where the wounded are treated, about the stricken town.
    found = evidence("El Salvador").model_copy(
        update={"place": "jutiapa", "countries": ["El Salvador", "Guatemala"]}
    )
    [claim] = as_members([figure("a1", 0, DAY1, "deaths", 31)], INCIDENT, found)
    assert isinstance(claim, FigureClaim) and claim.scope == "total"


def test_a_count_said_to_be_of_both_countries_stays_the_whole() -> None:
    text = "That gives a combined official toll of 83 for the two countries."
    combined = figure("a1", 0, DAY1, "deaths", 83)
    combined = combined.model_copy(
        update={"sentence": combined.sentence.model_copy(update={"text": text})}
    )
    [claim] = as_members([combined], INCIDENT, evidence("El Salvador"))
    assert isinstance(claim, FigureClaim) and claim.scope == "total"


def _about_a_town(town: str, countries: list[str]) -> IncidentEvidence:
    return evidence("Guatemala").model_copy(update={"place": town, "countries": countries})


def test_a_report_on_a_town_next_door_gives_that_countrys_part() -> None:
    # A market hall that fell in San Salvador, in a report on the Guatemalan earthquake.
    found = _about_a_town("san salvador", ["El Salvador", "Guatemala"])
    [claim] = as_members([figure("a1", 0, DAY1, "deaths", 12)], INCIDENT, found)
    assert isinstance(claim, FigureClaim) and claim.scope == "El Salvador"


def test_a_town_whose_country_the_report_never_weighs_is_a_namesake() -> None:
    found = _about_a_town("san salvador", ["Guatemala"])
    [claim] = as_members([figure("a1", 0, DAY1, "deaths", 12)], INCIDENT, found)
    assert isinstance(claim, FigureClaim) and claim.scope == "total"


def test_a_protest_report_on_a_foreign_capitals_reaction_keeps_its_totals() -> None:
    found = _about_a_town("moscow", ["Guatemala", "Russia"]).model_copy(
        update={"event": "protests", "grain": "year"}
    )
    [claim] = as_members([figure("a1", 0, DAY1, "deaths", 12)], INCIDENT, found)
    assert isinstance(claim, FigureClaim) and claim.scope == "total"


def test_a_sentence_naming_the_incidents_own_country_keeps_its_figure() -> None:
    found = _about_a_town("san salvador", ["El Salvador", "Guatemala"])
    own = figure("a1", 0, DAY1, "deaths", 24)
    own = own.model_copy(
        update={"sentence": own.sentence.model_copy(update={"text": "Guatemala's toll is 24."})}
    )
    [claim] = as_members([own], INCIDENT, found)
    assert isinstance(claim, FigureClaim) and claim.scope == "total"


def test_a_report_from_next_door_on_an_event_at_one_spot_on_the_border_keeps_its_totals() -> None:
    # A fire in a rail tunnel under the border, reported from the other side's capital.
    tunnel = "guatemala-fire-2025-06-02-1a2b"
    found = evidence("El Salvador").model_copy(
        update={"event": "fire", "place": "san salvador", "countries": ["El Salvador", "Guatemala"]}
    )
    [claim] = as_members([figure("a1", 0, DAY1, "deaths", 8)], tunnel, found)
    assert isinstance(claim, FigureClaim) and claim.scope == "total"
    # One that never weighs the incident's country still gives its own part.
    alone = found.model_copy(update={"countries": ["El Salvador"]})
    [claim] = as_members([figure("a1", 0, DAY1, "deaths", 3)], tunnel, alone)
    assert isinstance(claim, FigureClaim) and claim.scope == "El Salvador"
