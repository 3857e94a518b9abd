"""The state after each article and its check against the gold state, with hand-built states."""

import datetime as dt

from schemas.article import Article
from schemas.claim import FigureClaim, SentenceRef
from schemas.state import ArticlesSeen, IncidentState, MetricState, Person, PersonAction
from streams.evaluate.gold import GoldMetricState, GoldState
from streams.evaluate.states import check_state, incident_of, states_after

T0 = dt.datetime(2025, 3, 8, tzinfo=dt.UTC)


def exact_lower(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def claim(article_id: str, incident: str, value: int, hours: int) -> FigureClaim:
    return FigureClaim(
        claim_id=f"{article_id}-{value}",
        incident_id=incident,
        article_id=article_id,
        published_at=T0 + dt.timedelta(hours=hours),
        extractor_version="test",
        sentence=SentenceRef(text="x", start=0, end=1),
        metric="deaths",
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        as_written=str(value),
    )


def article(article_id: str, hours: int) -> Article:
    return Article(id=article_id, published_at=T0 + dt.timedelta(hours=hours), body="x")


def state(**figures: MetricState) -> IncidentState:
    return IncidentState(
        incident_id="i",
        label="i",
        first_seen=T0,
        last_updated=T0,
        articles=ArticlesSeen(),
        version=1,
        figures=figures,  # type: ignore[arg-type]
        people={
            "Ana Ruiz": Person(
                name="Ana Ruiz",
                aliases=["Ana Ruíz"],
                actions=[PersonAction(action="detained", sources=[])],
            )
        },
    )


def test_an_article_belongs_to_the_incident_most_of_its_claims_name() -> None:
    claims = [claim("a", "x", 1, 0), claim("a", "y", 2, 0), claim("a", "y", 3, 0)]
    assert incident_of(claims) == "y"
    assert incident_of([]) is None


def test_the_state_after_an_article_folds_its_incident_up_to_it_only() -> None:
    articles = [article("late", 5), article("early", 1), article("other", 2)]
    claims = {
        "early": [claim("early", "x", 10, 1)],
        "other": [claim("other", "z", 99, 2)],
        "late": [claim("late", "x", 20, 5)],
    }
    folded: dict[str, list[str]] = {}

    def fake_fold(found: list[FigureClaim | object]) -> IncidentState:
        ids = sorted(c.claim_id for c in found if isinstance(c, FigureClaim))
        folded[ids[-1]] = ids
        return state()

    states = states_after(articles, claims, fake_fold)  # type: ignore[arg-type]
    assert folded == {
        "early-10": ["early-10"],
        "late-20": ["early-10", "late-20"],
        "other-99": ["other-99"],
    }
    assert set(states) == {"early", "late", "other"}


def test_state_checks_compare_values_qualifiers_vague_words_and_people() -> None:
    got = state(
        deaths=MetricState(value=44, qualifier="exact"),
        injured=MetricState(value=100, low=100, high=999, qualifier="vague", as_written="hundreds"),
        arrested=MetricState(value=4400, qualifier="about"),
    )
    gold = GoldState(
        deaths=GoldMetricState(value=44),
        injured=GoldMetricState(qualifier="vague", as_written="Hundreds"),
        arrested=GoldMetricState(value=4400, qualifier="more_than"),
        arrested_named=["ana ruiz"],
        dismissed=["Karim Masimov"],
    )
    checks = {c.field: c.ok for c in check_state("a", gold, got, exact_lower)}
    assert checks == {
        "deaths": True,
        "injured": True,
        "arrested": False,  # right number, wrong qualifier
        "dismissed": False,
        "arrested_named": True,
    }


def test_a_figure_the_gold_does_not_have_is_a_disagreement() -> None:
    got = state(injured=MetricState(value=5, qualifier="exact"))
    checks = {c.field: c.ok for c in check_state("a", GoldState(), got, exact_lower)}
    assert checks["injured"] is False and checks["deaths"] is True


def test_no_incident_agrees_only_with_an_empty_gold_state() -> None:
    assert all(c.ok for c in check_state("a", GoldState(), None, exact_lower))
    gold = GoldState(deaths=GoldMetricState(value=3))
    assert not all(c.ok for c in check_state("a", gold, None, exact_lower))


def test_breakdown_and_optional_people_lists_are_checked_only_when_written() -> None:
    got = state(deaths=MetricState(value=44, qualifier="exact"))
    gold = GoldState(deaths=GoldMetricState(value=44, breakdown={"protesters": 26}), resigned=[])
    fields = {c.field: c.ok for c in check_state("a", gold, got, exact_lower)}
    assert fields["deaths.breakdown"] is False
    assert fields["resigned"] is True
    assert "released" not in fields


def test_a_person_is_recognised_under_any_spelling_the_gold_gives_them() -> None:
    got = state()
    gold = GoldState(arrested_named=["Ana Ruiz-Soto"])
    assert not all(c.ok for c in check_state("a", gold, got, exact_lower))
    known = {"Ana Ruiz-Soto": ["Ana Ruíz"]}
    assert all(c.ok for c in check_state("a", gold, got, exact_lower, known))
