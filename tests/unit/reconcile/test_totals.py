"""Totals against parts, and withdrawn figures, on claims built by hand."""

import datetime as dt
import itertools

import pytest

from schemas.claim import FigureClaim, SentenceRef
from streams.reconcile.fold import fold
from streams.reconcile.reconciler import Reconciler
from tests.unit.reconcile.test_examples import DAY1, DAY2, DAY3, figure


def _withdrawing(article: str, published: dt.datetime, value: int, wrong: int) -> FigureClaim:
    claim = figure(article, 1, published, "deaths", value, corrects=True)
    return claim.model_copy(update={"withdraws": wrong})


def _one_sentence(*claims: FigureClaim) -> list[FigureClaim]:
    """Parts of one breakdown as an article gives them: in one sentence."""
    text = "; ".join(claim.sentence.text for claim in claims)
    ref = SentenceRef(text=text, start=0, end=len(text))
    return [claim.model_copy(update={"sentence": ref}) for claim in claims]


def test_a_reported_total_outranks_the_sum_of_groups_it_includes() -> None:
    # "225 dead, including civilians and 19 officers": the groups are parts of 225, and a sum
    # of them (270) is a number no source gave.
    claims = [
        figure("a", 1, DAY1, "deaths", 225),
        figure("a", 2, DAY1, "deaths", 225, scope="civilians"),
        figure("a", 3, DAY1, "deaths", 26, scope="protesters"),
        figure("a", 4, DAY1, "deaths", 19, scope="security_forces"),
    ]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.derived) == (225, False)
    assert deaths.breakdown["security_forces"].value == 19


def test_an_older_smaller_total_gives_way_to_a_later_sum() -> None:
    claims = [
        figure("a", 1, DAY1, "deaths", 20),
        figure("b", 1, DAY3, "deaths", 30, scope="protesters"),
        figure("b", 2, DAY3, "deaths", 12, scope="security_forces"),
    ]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.derived) == (42, True)


def test_parts_that_are_no_group_never_add_up_nor_stand_for_the_total() -> None:
    claims = [
        figure("a", 1, DAY1, "injured", 9, scope="children"),
        figure("a", 2, DAY1, "injured", 30, scope="journalists"),
        figure("a", 3, DAY1, "injured", 4, scope="added"),
    ]
    injured = fold(claims).figures["injured"]
    assert injured.value is None
    assert set(injured.breakdown) == {"children", "journalists", "added"}


@pytest.mark.parametrize(
    ("metric", "parts", "bound"),
    [
        # Counts in care overlap: the largest stands; a group beside them is no bound.
        (
            "injured",
            [
                ("a", DAY1, 46, "in_hospital"),
                ("a", DAY1, 6, "critical"),
                ("a", DAY1, 9, "children"),
            ],
            46,
        ),
        # One day of a wave: the largest day stands after a smaller later one.
        ("deaths", [("a", DAY1, 13, "one_day"), ("b", DAY2, 2, "one_day")], 13),
    ],
)
def test_the_largest_bounding_part_is_a_derived_lower_bound_until_a_total_comes(
    metric: str, parts: list[tuple[str, dt.datetime, int, str]], bound: int
) -> None:
    claims = [figure(a, n, day, metric, v, scope=s) for n, (a, day, v, s) in enumerate(parts)]
    folded = fold(claims).figures[metric]
    assert (folded.value, folded.derived) == (bound, True)
    reported = fold([*claims, figure("c", 1, DAY3, metric, 120)]).figures[metric]
    assert (reported.value, reported.derived) == (120, False)


def test_places_still_add_up_to_a_derived_total() -> None:
    claims = [
        *_one_sentence(
            figure("a", 1, DAY1, "deaths", 11, scope="Eastvale"),
            figure("a", 2, DAY1, "deaths", 9, scope="Northmoor"),
        ),
        figure("a", 3, DAY1, "deaths", 3, scope="in_hospital"),
    ]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.derived) == (20, True)


def test_places_two_bodies_count_in_two_sentences_never_add_up() -> None:
    # An agency's count for one country and a charity's for a region next door may overlap
    # or leave people out; one body's counts in two sentences are its breakdown.
    agency = figure("a", 1, DAY1, "deaths", 112, scope="Eastvale", attribution="the agency")
    charity = figure("a", 2, DAY1, "deaths", 27, scope="Northmoor", attribution="a charity")
    deaths = fold([agency, charity]).figures["deaths"]
    assert deaths.value is None and set(deaths.breakdown) == {"Eastvale", "Northmoor"}
    again = charity.model_copy(update={"attribution": "the agency"})
    deaths = fold([agency, again]).figures["deaths"]
    assert (deaths.value, deaths.derived) == (139, True)


def test_a_place_inside_a_country_the_breakdown_names_is_not_added_to_it() -> None:
    claims = _one_sentence(
        figure("a", 1, DAY1, "deaths", 30, scope="Chile"),
        figure("a", 2, DAY1, "deaths", 8, scope="Argentina"),
        figure("a", 3, DAY1, "deaths", 3, scope="Mendoza"),  # an Argentine province
    )
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.derived) == (38, True)


def test_one_place_spelled_two_ways_is_counted_once() -> None:
    claims = _one_sentence(
        figure("a", 1, DAY1, "deaths", 11, scope="Eastvale"),
        figure("a", 2, DAY1, "deaths", 2, scope="Sao Brano"),
        figure("a", 3, DAY1, "deaths", 2, scope="São Brano"),
    )
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.derived) == (13, True)
    assert set(deaths.breakdown) == {"Eastvale", "Sao Brano"}


def test_a_withdrawn_figure_stops_being_current_and_stays_listed() -> None:
    claims = [
        figure("a", 1, DAY1, "deaths", 44),
        figure("b", 1, DAY2, "deaths", 164),
        _withdrawing("c", DAY3, 103, 164),
    ]
    deaths = fold(claims).figures["deaths"]
    assert deaths.value == 103
    assert [(w.claim_id, w.value, w.sentence) for w in deaths.withdrawn] == [
        ("b:1.0:1", 164, "164 deaths (total)")
    ]
    assert [h.value for h in deaths.history] == [44, 164, 103]


def test_a_withdrawn_figure_does_not_come_back() -> None:
    claims = [
        figure("a", 1, DAY1, "deaths", 50),
        _withdrawing("b", DAY2, 50, 64),
        figure("c", 1, DAY3, "deaths", 64),
    ]
    deaths = fold(claims).figures["deaths"]
    assert deaths.value == 50
    assert [c.claim_id for c in deaths.conflicts] == ["c:1.0:1"]


def test_a_higher_update_withdraws_nothing_it_does_not_name() -> None:
    claims = [figure("a", 1, DAY1, "deaths", 9), figure("b", 1, DAY2, "deaths", 16, corrects=True)]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.withdrawn) == (16, [])


def test_an_update_upwards_never_lowers_the_figure() -> None:
    # A page lagging its own story: "the toll rose to 700", read after 910 was reported.
    lagging = figure("b", 1, DAY2, "deaths", 700, corrects=True)
    claims = [figure("a", 1, DAY1, "deaths", 910), lagging.model_copy(update={"rises": True})]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.withdrawn) == (910, [])
    assert [c.value for c in deaths.conflicts] == [700]


def test_a_party_disputing_a_figure_retires_none() -> None:
    # "Rights groups reported 31 deaths, but the president insisted the count is 22": one
    # party's word against another's; both stand, the lower as a conflict that says so.
    disputing = figure("b", 1, DAY2, "deaths", 22, corrects=True)
    claims = [figure("a", 1, DAY1, "deaths", 31), disputing.model_copy(update={"disputes": True})]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.withdrawn) == (31, [])
    assert [(c.value, c.reason) for c in deaths.conflicts] == [(22, "disputes the current 31")]


def test_the_change_says_what_was_withdrawn() -> None:
    reconciler = Reconciler()
    reconciler.apply([figure("a", 1, DAY1, "deaths", 164)])
    _, changes = reconciler.apply([_withdrawing("b", DAY2, 103, 164)])
    (change,) = changes
    assert (change.before["value"], change.after["value"]) == (164, 103)
    assert change.after["withdrawn"] == [164]
    assert "164 deaths (total)" in change.sentences


def test_an_exact_count_inside_an_about_range_refines_it() -> None:
    claims = [
        figure("a", 1, DAY1, "deaths", 3000, qualifier="about").model_copy(
            update={"low": 2700, "high": 3300}
        ),
        figure("b", 1, DAY2, "deaths", 2946),
    ]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.qualifier, deaths.conflicts) == (2946, "exact", [])
    below = figure("c", 1, DAY3, "deaths", 2500)
    assert [c.value for c in fold([*claims, below]).figures["deaths"].conflicts] == [2500]


def test_parts_of_different_articles_never_add_up() -> None:
    # Two articles name one province two ways: a sum across them would count it twice.
    claims = [
        *_one_sentence(
            figure("a", 1, DAY1, "deaths", 290, scope="Varn"),
            figure("a", 2, DAY1, "deaths", 190, scope="Tessa"),
        ),
        *_one_sentence(
            figure("b", 1, DAY2, "deaths", 1290, scope="Upper Varn"),
            figure("b", 2, DAY2, "deaths", 450, scope="Tessa"),
        ),
    ]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.derived) == (1740, True)
    assert {source.article_id for source in deaths.sources} == {"b"}


def test_one_place_alone_is_no_total_but_one_group_is_a_lower_bound() -> None:
    deaths = fold([figure("a", 1, DAY1, "deaths", 19, scope="Varn")]).figures["deaths"]
    assert (deaths.value, deaths.breakdown["Varn"].value) == (None, 19)
    deaths = fold([figure("a", 1, DAY1, "deaths", 35, scope="civilians")]).figures["deaths"]
    assert (deaths.value, deaths.derived) == (35, True)


def test_a_later_article_giving_one_part_keeps_the_earlier_sum() -> None:
    claims = [
        figure("a", 1, DAY1, "deaths", 26, scope="protesters"),
        figure("a", 2, DAY1, "deaths", 18, scope="security_forces"),
        figure("b", 1, DAY2, "deaths", 30, scope="protesters"),
    ]
    assert fold(claims).figures["deaths"].value == 44


def test_a_total_reported_after_the_parts_covers_them_whatever_date_it_names() -> None:
    # "The quake of the 8th killed about 3,000": reported after the breakdown, dated before it.
    about = figure("c", 1, DAY3, "deaths", 3000, qualifier="about").model_copy(
        update={"low": 2700, "high": 3300, "as_of": DAY1.date() - dt.timedelta(days=1)}
    )
    claims = [
        figure("a", 1, DAY1, "deaths", 2000),
        figure("a", 2, DAY1, "deaths", 1800, scope="Varn"),
        figure("a", 3, DAY1, "deaths", 1290, scope="Tessa"),
        figure("b", 1, DAY2, "deaths", 2960),
        about,
    ]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.derived) == (3000, False)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_total_sources_repeat_is_as_of_the_latest_day_they_give_it_for(
    order: tuple[int, ...],
) -> None:
    # "The quake that killed about 3,000 on the 8th", then the same toll in later reports.
    dated = [
        figure(article, 1, published, "deaths", 3000, qualifier="about").model_copy(
            update={"low": 2700, "high": 3300, "as_of": as_of}
        )
        for article, published, as_of in (
            ("a", DAY1, DAY1.date() - dt.timedelta(days=30)),
            ("b", DAY2, DAY2.date()),
            ("c", DAY3, None),
        )
    ]
    deaths = fold([dated[i] for i in order]).figures["deaths"]
    assert (deaths.value, deaths.as_of, len(deaths.sources)) == (3000, DAY2.date(), 3)


def test_claims_of_one_article_replay_in_the_order_of_its_text_whatever_their_ids() -> None:
    def at(claim: FigureClaim, start: int, claim_id: str) -> FigureClaim:
        sentence = claim.sentence.model_copy(update={"start": start, "end": start + 10})
        return claim.model_copy(update={"sentence": sentence, "claim_id": claim_id})

    # Two corrections in one article: the later sentence has the last word.
    first = figure("a", 1, DAY1, "deaths", 30, corrects=True)
    second = figure("a", 2, DAY1, "deaths", 24, corrects=True)
    for ids in (("x1", "x2"), ("x2", "x1")):
        claims = [at(first, 0, ids[0]), at(second, 200, ids[1])]
        assert fold(claims).figures["deaths"].value == 24


def test_equal_sums_of_one_sentence_stand_by_kind_whatever_their_ids() -> None:
    # "At least 19 villagers died, 12 in Eastvale and 7 in Northmoor": the group as written
    # stands, not the sum of places, in whichever order the claims' ids put them.
    claims = [
        figure("a", 1, DAY1, "deaths", 19, scope="civilians", qualifier="at_least"),
        figure("a", 2, DAY1, "deaths", 12, scope="Eastvale"),
        figure("a", 3, DAY1, "deaths", 7, scope="Northmoor"),
    ]
    sentence = claims[0].sentence
    for ids in itertools.permutations(("x1", "x2", "x3")):
        same = [
            c.model_copy(update={"sentence": sentence, "claim_id": i})
            for c, i in zip(claims, ids, strict=True)
        ]
        deaths = fold(same).figures["deaths"]
        assert (deaths.value, deaths.qualifier, deaths.derived) == (19, "at_least", True)


@pytest.mark.parametrize(
    ("turned_down", "expected"),
    [
        # The total turned down for being lower, given after the wrong one, takes its place.
        (140, 140),
        # One below the part that named the total wrong is a misread whole: the total stays.
        (3, 200),
    ],
)
def test_a_part_that_names_a_total_wrong_takes_it_back_for_a_whole_at_least_the_part(
    turned_down: int, expected: int
) -> None:
    part = _withdrawing("c", DAY3, 61, 200).model_copy(update={"scope": "subset"})
    claims = [
        figure("a", 1, DAY1, "deaths", 137),
        figure("b", 1, DAY2, "deaths", 200),
        figure("b", 2, DAY2, "deaths", turned_down),
        part,
    ]
    assert fold(claims).figures["deaths"].value == expected
