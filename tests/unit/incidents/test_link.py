"""Linking articles into incidents: the rule on evidence, and the partition's independence
from order, duplication and the candidate index."""

import datetime as dt
import itertools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.evidence import IncidentEvidence
from streams.incidents.link import Directory, link, own_incident, related

DAY = dt.date(2024, 3, 1)


def evidence(article_id: str, days: int = 0, **fields: Any) -> IncidentEvidence:
    values: dict[str, Any] = {
        "article_id": article_id,
        "published": DAY + dt.timedelta(days=days),
        "event": "flood",
        "grain": "month",
        "country": "Peru",
        "countries": ["Peru"],
    }
    values.update(fields)
    return IncidentEvidence(**values)


def test_reports_of_one_flood_weeks_apart_are_one_incident_through_the_reports_between() -> None:
    reports = [evidence(f"r{n}", days=n * 12) for n in range(6)]  # two months of coverage
    assert len(set(link(reports).values())) == 1


def test_a_follow_up_that_names_the_events_month_reaches_back_to_it() -> None:
    first = evidence("first", days=0)
    later = evidence("later", days=50, start=DAY.replace(day=1))
    assert related(first, later)
    assert not related(first, evidence("undated", days=50))


def test_a_cross_border_event_is_one_incident() -> None:
    epicentre = evidence("a", event="earthquake", country="Myanmar", countries=["Myanmar"])
    next_door = evidence(
        "b", days=1, event="earthquake", country="Thailand", countries=["Myanmar", "Thailand"]
    )
    assert related(epicentre, next_door)


def test_one_sinking_on_a_border_river_reported_from_either_bank_is_one_incident() -> None:
    this_bank = evidence(
        "a", event="crash", country="Peru", countries=["Brazil", "Peru"], place="iquitos",
        places=["iquitos", "tabatinga"],
    )  # fmt: skip
    other_bank = evidence(
        "b", days=1, event="crash", country="Brazil", countries=["Brazil", "Peru"],
        place="tabatinga", places=["iquitos", "tabatinga"],
    )  # fmt: skip
    assert related(this_bank, other_bank)
    # Not when one report does not name where the other puts the event, nor another kind.
    elsewhere = {"place": "manaus", "places": ["manaus"]}
    assert not related(this_bank, other_bank.model_copy(update=elsewhere))
    assert not related(this_bank.model_copy(update={"event": "shooting"}), other_bank)
    # One that calls it the blaze that followed, in a report that names both, still joins.
    blaze = other_bank.model_copy(update={"event": "fire"})
    assert related(this_bank.model_copy(update={"also": ["fire"]}), blaze)


def test_a_tainted_medicine_sold_in_two_countries_is_one_incident() -> None:
    maker = evidence("a", event="poisoning", country="Ghana", countries=["Ghana", "Togo"])
    buyer = evidence("b", days=3, event="poisoning", country="Togo", countries=["Ghana", "Togo"])
    assert related(maker, buyer)
    # Not when neither names the other's country, nor a blast next door.
    assert not related(maker.model_copy(update={"countries": ["Ghana"]}), buyer.model_copy(
        update={"countries": ["Togo"]}
    ))  # fmt: skip
    assert not related(maker.model_copy(update={"event": "explosion"}), buyer)


def test_two_bombings_in_two_towns_ten_days_apart_are_two_incidents() -> None:
    first = evidence("a", event="bombing", places=["quillabamba"])
    second = evidence("b", days=10, event="bombing", places=["tarapoto"])
    assert not related(first, second)
    same_town = evidence("c", days=3, event="bombing", places=["quillabamba", "lima"])
    assert related(first, same_town)


def test_two_blasts_in_one_city_on_days_apart_are_two_incidents() -> None:
    first = evidence("a", event="explosion", place="arequipa", day=DAY)
    second = evidence(
        "b", days=14, event="explosion", place="arequipa", day=DAY + dt.timedelta(days=14)
    )
    assert not related(first, second)
    # Their follow-ups a few days on, each telling its own day, stay apart.
    recap = evidence("c", days=16, event="explosion", place="arequipa", day=DAY)
    assert related(first, recap) and not related(second, recap)
    # A night's blast told as the next day's, a fire flaring up again days later, or a
    # report that gives no day, still joins.
    assert related(
        first,
        evidence("d", days=3, event="explosion", place="arequipa", day=DAY + dt.timedelta(days=3)),
    )
    assert related(first, evidence("e", days=2, event="explosion", place="arequipa"))
    # Waves and natural events are not told apart by a day.
    floods = [evidence("f", day=DAY), evidence("g", days=5, day=DAY + dt.timedelta(days=5))]
    assert related(*floods)


def test_shelling_of_one_place_reported_from_both_sides_of_the_border_is_one() -> None:
    # One report from the shelled region; one from across the border, where the wounded are
    # treated, that weighs the region's country too.
    home = evidence(
        "a",
        event="conflict",
        grain="year",
        country="Sudan",
        countries=["Sudan", "Ethiopia"],
        place="blue nile",
    )
    abroad = evidence(
        "b",
        days=8,
        event="conflict",
        grain="year",
        country="Ethiopia",
        countries=["Ethiopia", "Sudan"],
        place="blue nile",
    )
    assert related(home, abroad)
    # Not when the other names the first's country not at all, or puts its event elsewhere.
    assert not related(home, abroad.model_copy(update={"countries": ["Ethiopia"]}))
    assert not related(home, abroad.model_copy(update={"place": "benishangul-gumuz"}))


def test_a_report_published_before_the_others_event_tells_another() -> None:
    # A fire's report that gives no day, and a fire in the same region twelve days on, whose
    # report dates it: the first was published before the second fire happened.
    first = evidence("a", event="fire", place="hidalgo", places=["hidalgo"])
    second = evidence(
        "b", days=14, event="fire", place="hidalgo", places=["hidalgo"], day=DAY + dt.timedelta(12)
    )
    assert not related(first, second) and not related(second, first)
    # A report out on the day of the event, or of the night before it that the next day's
    # news dates, still joins.
    assert related(first, second.model_copy(update={"day": DAY + dt.timedelta(days=2)}))


def test_a_report_weeks_on_from_the_capital_joins_the_crash_it_dates_to_its_day() -> None:
    crash = evidence("a", event="crash", place="huaraz", places=["huaraz"], day=DAY)
    late = evidence("b", days=18, event="crash", place="lima", places=["huaraz", "lima"])
    assert not related(crash, late)  # weeks on, a town named may be a recalled event's
    assert related(crash, late.model_copy(update={"day": DAY + dt.timedelta(days=1)}))
    assert not related(crash, late.model_copy(update={"day": DAY + dt.timedelta(days=20)}))


def test_reports_that_date_one_blast_and_place_it_in_no_town_of_the_country_are_one() -> None:
    # A refinery in an industrial zone the gazetteer does not know; the reports name the home
    # towns of the dead abroad, or nothing.
    first = evidence("a", event="explosion", day=DAY)
    homes = evidence("b", days=5, event="explosion", place="kerala", places=["kerala"], day=DAY)
    assert related(first, homes)
    # Two towns of the country, or another day, keep two blasts apart.
    town = evidence("c", days=5, event="explosion", place="arequipa", day=DAY)
    assert not related(homes, town)
    later = evidence("d", days=12, event="explosion", day=DAY + dt.timedelta(days=9))
    assert not related(first, later)


def test_two_attacks_in_two_towns_days_apart_that_name_a_third_town_are_two_incidents() -> None:
    blast = evidence("a", event="bombing", place="quillabamba", places=["lima", "quillabamba"])
    raid = evidence("b", days=4, event="bombing", place="tarapoto", places=["lima", "tarapoto"])
    assert not related(blast, raid)
    # One that names the other's town, or names no town of its own, still joins it.
    assert related(blast, raid.model_copy(update={"places": ["quillabamba", "tarapoto"]}))
    assert related(blast, raid.model_copy(update={"place": None, "places": ["lima"]}))
    # A district too small for the gazetteer is where the event was, though not a main town.
    assert not related(blast, raid.model_copy(update={"place": None, "places": ["lima", "oyon"]}))


def test_reports_that_put_one_crash_in_one_village_are_one_incident_whatever_their_main_town() -> (
    None
):
    # One names the route's far end as its main town, the other the province; both put the
    # crash at a village too small for the gazetteer.
    near_end = evidence("a", event="crash", place="pathankot", places=["pathankot", "ranwal"])
    provincial = evidence("b", days=1, event="crash", place="kangra", places=["kangra", "ranwal"])
    assert related(near_end, provincial)
    assert not related(near_end, provincial.model_copy(update={"places": ["kangra", "lohri"]}))


def test_a_different_kind_of_event_joins_only_when_it_keeps_naming_the_event() -> None:
    flood = evidence("a")
    protests = evidence("b", days=5, event="protests", grain="year")
    assert not related(flood, protests)
    assert related(flood, protests.model_copy(update={"also": ["flood"]}))


def test_riots_and_fighting_in_one_small_town_are_one_incident() -> None:
    riots = evidence("a", event="protests", grain="year", place="garoua", places=["mbalo"])
    fighting = evidence("b", days=1, event="conflict", grain="year", places=["mbalo"])
    assert related(riots, fighting)
    # Protests in a city and fighting in a small town are two events.
    elsewhere = fighting.model_copy(update={"places": ["tcholire"]})
    assert not related(riots.model_copy(update={"places": ["garoua"]}), elsewhere)


def test_another_country_is_another_incident() -> None:
    assert not related(evidence("a"), evidence("b", country="Chile", countries=["Chile"]))


def test_an_untyped_report_joins_through_people_or_towns() -> None:
    protests = evidence("a", event="protests", grain="year", people=["ana suarez", "luis pena"])
    reshuffle = evidence("b", days=4, event="incident", people=["ana suarez", "luis pena"])
    assert related(protests, reshuffle)
    assert not related(protests, reshuffle.model_copy(update={"people": ["ana suarez"]}))


def test_a_report_naming_no_country_joins_a_wave_through_two_people() -> None:
    # A cabinet named a month into the protests: no country named, the same leaders.
    wave = {"event": "protests", "grain": "year", "people": ["ana ruiz", "tomas vera"]}
    reports = [
        evidence("march", **wave),
        evidence("cabinet", days=32, **{**wave, "country": None, "countries": []}),
    ]
    assert len(set(link(reports).values())) == 1


def test_a_report_naming_no_country_joins_through_a_town_several_countries_have() -> None:
    # "Granada" is a Spanish and a Nicaraguan town: the report that names Spain settles it.
    located = evidence("spain", country="Spain", countries=["Spain"], places=["granada"])
    local = evidence("local", days=3, country=None, countries=[], places=["granada"])
    assert related(located, local) and related(local, located)
    assert len(set(link([located, local]).values())) == 1
    # Not to a report of a country without such a town, nor between two reports of no country.
    assert not related(located.model_copy(update={"country": "Peru"}), local)
    assert not related(local, local.model_copy(update={"article_id": "other"}))


def test_a_hint_decides() -> None:
    one, other = evidence("a", hint="story-9"), evidence("b", hint="story-9")
    assert related(one, other)
    assert not related(one, evidence("c"))
    assert own_incident(one) == "story-story-9"


def test_a_bridging_article_merges_two_incidents_into_the_earlier_one() -> None:
    directory = Directory({})
    early = evidence("early", days=0, event="fire", places=["cusco"])
    late = evidence("late", days=4, event="fire", places=["urubamba"])
    assert directory.add(early).incident != directory.add(late).incident
    bridge = evidence("bridge", days=2, event="fire", places=["cusco", "urubamba"])
    linked = directory.add(bridge)
    assert linked.incident == own_incident(early)
    assert linked.merged == {own_incident(late): own_incident(early)}
    assert linked.moved == ["late"]
    assert set(directory.assignments().values()) == {own_incident(early)}
    assert directory.members(own_incident(early)) == ["bridge", "early", "late"]
    assert directory.members(own_incident(late)) == []


def test_adding_an_article_again_changes_nothing() -> None:
    directory = Directory({})
    first = directory.add(evidence("a"))
    again = directory.add(evidence("a"))
    assert again.incident == first.incident
    assert not again.merged
    assert not again.moved


def test_ids_are_readable() -> None:
    incident = own_incident(evidence("a", days=8, event="flood", country="Costa Rica"))
    assert incident.startswith("costa-rica-flood-2024-03-09-")
    assert len(incident) == len("costa-rica-flood-2024-03-09-") + 4


_COUNTRIES = ("Peru", "Chile", "Bolivia")
_articles = st.lists(
    st.builds(
        evidence,
        article_id=st.text("abcdefgh", min_size=1, max_size=3),
        days=st.integers(0, 200),
        event=st.sampled_from(["flood", "bombing", "protests", "incident"]),
        country=st.sampled_from([*_COUNTRIES, None]),
        countries=st.lists(st.sampled_from(_COUNTRIES), max_size=2).map(sorted),
        places=st.lists(st.sampled_from(["x", "y", "z"]), max_size=2).map(sorted),
        people=st.lists(st.sampled_from(["p", "q", "r"]), max_size=3).map(sorted),
        also=st.lists(st.sampled_from(["flood", "protests"]), max_size=1),
    ),
    max_size=14,
    unique_by=lambda e: e.article_id,
)


def _components(articles: list[IncidentEvidence]) -> set[frozenset[str]]:
    """Connected groups by brute force over every pair: what the index must not change."""
    group = {a.article_id: {a.article_id} for a in articles}
    for a, b in itertools.combinations(articles, 2):
        if related(a, b) and group[a.article_id] is not group[b.article_id]:
            merged = group[a.article_id] | group[b.article_id]
            for member in merged:
                group[member] = merged
    return {frozenset(g) for g in group.values()}


def _partition(assigned: dict[str, str]) -> set[frozenset[str]]:
    by_incident: dict[str, set[str]] = {}
    for article, incident in assigned.items():
        by_incident.setdefault(incident, set()).add(article)
    return {frozenset(g) for g in by_incident.values()}


@settings(max_examples=150, deadline=None)
@given(_articles, st.randoms(use_true_random=False))
def test_the_partition_and_ids_depend_on_the_set_alone(
    articles: list[IncidentEvidence], rng: Any
) -> None:
    expected = link(articles)
    shuffled = articles * 2
    rng.shuffle(shuffled)
    assert link(shuffled) == expected
    assert _partition(expected) == _components(articles)
    for group in _partition(expected):
        founder = min(
            (a for a in articles if a.article_id in group),
            key=lambda a: (a.published, a.article_id),
        )
        assert {expected[article] for article in group} == {own_incident(founder)}


def test_an_untyped_report_joins_through_the_events_town_not_a_third_one() -> None:
    blast = evidence("a", event="bombing", place="quillabamba", places=["cusco", "quillabamba"])
    roads = evidence("b", days=9, event="incident", place="tarapoto", places=["cusco", "tarapoto"])
    assert not related(blast, roads)
    # Its event in a district the gazetteer does not know: the same.
    assert not related(blast, roads.model_copy(update={"place": None, "places": ["cusco", "oyon"]}))
    assert related(blast, roads.model_copy(update={"places": ["quillabamba", "tarapoto"]}))


def test_an_untyped_report_of_no_town_of_its_own_joins_an_attack_only_through_its_town() -> None:
    # Officials meet in the regional capital after every attack in the region.
    blast = evidence("a", event="bombing", place="quillabamba", places=["cusco", "quillabamba"])
    talks = evidence("b", days=9, event="incident", places=["cusco"])
    assert not related(blast, talks)
    assert related(blast, talks.model_copy(update={"places": ["cusco", "quillabamba"]}))


def test_a_main_town_too_lightly_named_to_be_listed_is_still_shared() -> None:
    update = evidence("a", event="fire", place="trujillo", places=[])
    explainer = evidence("b", days=5, event="fire", places=["trujillo"])
    assert related(update, explainer)
