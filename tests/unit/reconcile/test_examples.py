"""The worked example's semantics, on claims built by hand."""

import datetime as dt
from typing import Any

from schemas.claim import ActionClaim, Claim, FigureClaim, SentenceRef, WithdrawalClaim
from streams.codec import encode_claim
from streams.reconcile.changes import diff
from streams.reconcile.fold import fold, fold_at
from streams.reconcile.ledger import Ledger, current
from streams.reconcile.reconciler import Reconciler

INCIDENT = "kazakhstan-unrest-2022-01"
DAY1 = dt.datetime(2022, 1, 8, 11, 22, tzinfo=dt.UTC)
DAY2 = dt.datetime(2022, 1, 9, 6, 0, tzinfo=dt.UTC)
DAY3 = dt.datetime(2022, 1, 9, 21, 0, tzinfo=dt.UTC)
VAGUE = {"dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 9999)}


def _base(article: str, n: int, published: dt.datetime, text: str, version: str) -> dict[str, Any]:
    return {
        "claim_id": f"{article}:{version}:{n}",
        "incident_id": INCIDENT,
        "article_id": article,
        "published_at": published,
        "extractor_version": version,
        "sentence": SentenceRef(text=text, start=0, end=len(text)),
    }


def figure(
    article: str,
    n: int,
    published: dt.datetime,
    metric: str,
    value: int | str,
    *,
    scope: str = "total",
    qualifier: str = "exact",
    corrects: bool = False,
    attribution: str | None = None,
    version: str = "1.0",
) -> FigureClaim:
    """A figure claim; a word value ('hundreds') makes a vague one with the table's range."""
    if isinstance(value, str):
        low, high = VAGUE[value]
        number, qualifier, written = low, "vague", value
    else:
        number, low, written = value, value, f"{value:,}"
        high = None if qualifier in ("more_than", "at_least") else value
    return FigureClaim.model_validate(
        {
            **_base(article, n, published, f"{written} {metric} ({scope})", version),
            "metric": metric,
            "scope": scope,
            "value": number,
            "low": low,
            "high": high,
            "qualifier": qualifier,
            "as_written": written,
            "attribution": attribution,
            "corrects": corrects,
        }
    )


def action(
    article: str,
    n: int,
    published: dt.datetime,
    subject: str,
    verb: str,
    *,
    aliases: tuple[str, ...] = (),
    kind: str = "person",
    role: str | None = None,
    date: dt.date | None = None,
    version: str = "1.0",
) -> ActionClaim:
    return ActionClaim.model_validate(
        {
            **_base(article, n, published, f"{subject} was {verb}", version),
            "subject": subject,
            "aliases": list(aliases),
            "subject_kind": kind,
            "action": verb,
            "role": role,
            "date": date,
        }
    )


def withdrawal(
    article: str, n: int, published: dt.datetime, metric: str, value: int, version: str = "1.0"
) -> WithdrawalClaim:
    return WithdrawalClaim.model_validate(
        {
            **_base(
                article, n, published, f"the figure of {value} {metric} was withdrawn", version
            ),
            "metric": metric,
            "withdraws": value,
        }
    )


KNB_HEAD = "head of the National Security Committee (KNB)"
ARTICLE_1 = [
    figure("a1", 1, DAY1, "deaths", "dozens"),
    figure("a1", 2, DAY1, "deaths", 26, scope="protesters", attribution="authorities"),
    figure("a1", 3, DAY1, "deaths", 18, scope="security_forces", attribution="authorities"),
    figure("a1", 4, DAY1, "arrested", 4400, qualifier="more_than"),
    action("a1", 5, DAY1, "Karim Masimov", "arrested", role=f"former {KNB_HEAD}"),
    action("a1", 6, DAY1, "Masimov", "dismissed", role=KNB_HEAD, date=dt.date(2022, 1, 6)),
]
ARTICLE_2 = [
    figure("a2", 1, DAY2, "deaths", 26),
    figure("a2", 2, DAY2, "injured", "hundreds"),
    figure("a2", 3, DAY2, "arrested", "thousands"),
    figure("a2", 4, DAY2, "deaths", 26, scope="protesters", attribution="Interior Ministry"),
    action("a2", 5, DAY2, "Government of Kazakhstan", "resigned", kind="body"),
    action("a2", 6, DAY2, "Karim Massimov", "arrested", date=dt.date(2022, 1, 8)),
]
ARTICLE_3 = [
    figure("a3", 1, DAY3, "deaths", 164, attribution="authorities"),
    figure("a3", 2, DAY3, "injured", 2000, qualifier="about"),
    figure("a3", 3, DAY3, "arrested", 6000, qualifier="about"),
    action("a3", 4, DAY3, "Marat Osipov", "dismissed", date=dt.date(2022, 1, 9)),
    action("a3", 5, DAY3, "Karim Masimov", "dismissed", date=dt.date(2022, 1, 12)),
]


def test_disjoint_scopes_give_a_derived_total() -> None:
    deaths = fold(ARTICLE_1).figures["deaths"]
    assert (deaths.value, deaths.derived, deaths.qualifier) == (44, True, "exact")
    assert {scope: fig.value for scope, fig in deaths.breakdown.items()} == {
        "protesters": 26,
        "security_forces": 18,
    }
    assert {source.claim_id for source in deaths.sources} == {"a1:1.0:2", "a1:1.0:3"}


def test_militants_and_their_victims_add_up() -> None:
    claims = [
        figure("m1", 1, DAY1, "deaths", 9, scope="security_forces"),
        figure("m1", 2, DAY1, "deaths", 14, scope="militants"),
    ]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.derived) == (23, True)
    assert set(deaths.breakdown) == {"militants", "security_forces"}


def test_a_later_lower_total_is_a_conflict() -> None:
    state = fold(ARTICLE_1 + ARTICLE_2)
    deaths = state.figures["deaths"]
    assert deaths.value == 44
    assert [(c.claim_id, c.value) for c in deaths.conflicts] == [("a2:1.0:1", 26)]
    assert "no correction" in deaths.conflicts[0].reason
    # The restated protesters' figure corroborates, it does not conflict.
    assert {s.attribution for s in deaths.breakdown["protesters"].sources} == {
        "authorities",
        "Interior Ministry",
    }


def test_a_larger_total_replaces_the_derived_one_and_keeps_the_breakdown() -> None:
    state = fold(ARTICLE_1 + ARTICLE_2 + ARTICLE_3)
    deaths = state.figures["deaths"]
    assert (deaths.value, deaths.derived) == (164, False)
    assert set(deaths.breakdown) == {"protesters", "security_forces"}
    assert [h.value for h in deaths.history] == [44, 44, 164]
    assert deaths.history[-1].because == ["a3:1.0:1"]


def test_qualifiers_are_carried_and_a_larger_about_wins() -> None:
    assert fold(ARTICLE_1).figures["arrested"].qualifier == "more_than"
    # "thousands" does not displace "more than 4,400", inside its range.
    after_2 = fold(ARTICLE_1 + ARTICLE_2).figures["arrested"]
    assert (after_2.value, after_2.qualifier) == (4400, "more_than")
    after_3 = fold(ARTICLE_1 + ARTICLE_2 + ARTICLE_3).figures["arrested"]
    assert (after_3.value, after_3.qualifier) == (6000, "about")


def test_vague_figure_shown_until_something_better() -> None:
    injured = fold(ARTICLE_1 + ARTICLE_2).figures["injured"]
    assert (injured.qualifier, injured.as_written, injured.low, injured.high) == (
        "vague",
        "hundreds",
        200,
        999,
    )
    injured = fold(ARTICLE_1 + ARTICLE_2 + ARTICLE_3).figures["injured"]
    assert (injured.value, injured.qualifier) == (2000, "about")


def test_vague_never_displaces_an_exact_figure_in_its_range() -> None:
    state = fold([figure("a", 1, DAY1, "deaths", 30), figure("b", 1, DAY2, "deaths", "dozens")])
    assert (state.figures["deaths"].value, state.figures["deaths"].qualifier) == (30, "exact")
    raised = fold([figure("a", 1, DAY1, "deaths", 30), figure("b", 1, DAY2, "deaths", "hundreds")])
    assert raised.figures["deaths"].qualifier == "vague"


def test_a_correction_replaces_even_lower_and_the_retracted_figure_stays_out() -> None:
    claims = [
        figure("a", 1, DAY1, "deaths", 164),
        figure("b", 1, DAY2, "deaths", 44, corrects=True),
        figure("c", 1, DAY3, "deaths", 164),
    ]
    deaths = fold(claims).figures["deaths"]
    assert deaths.value == 44
    assert [c.claim_id for c in deaths.conflicts] == ["c:1.0:1"]
    assert "retracted" in deaths.conflicts[0].reason


def test_a_lower_correction_of_another_figure_than_the_current_lowers_nothing() -> None:
    # A week on: "the toll rose to 17 ... the civil defence had put it at 18 before revising
    # it down to 15".
    corrected = figure("b", 2, DAY3, "deaths", 15, corrects=True)
    corrected = corrected.model_copy(update={"withdraws": 18})
    claims = [figure("a", 1, DAY1, "deaths", 16), figure("b", 1, DAY3, "deaths", 17), corrected]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, [c.value for c in deaths.conflicts]) == (17, [15])
    # Naming the current figure, it corrects it; naming the size of the mistake ("six
    # deaths were wrongly counted"), too.
    for withdraws in (17, 2):
        named = corrected.model_copy(update={"withdraws": withdraws})
        assert fold([*claims[:2], named]).figures["deaths"].value == 15


def test_a_withdrawn_figure_given_again_days_later_is_a_new_count() -> None:
    # A union's 15 dead is withdrawn when the toll is 11; the toll then climbs, and three
    # days on the fire service counts 15.
    later = DAY3 + dt.timedelta(days=3)
    claims = [
        figure("a", 1, DAY1, "deaths", 11),
        withdrawal("b", 1, DAY2, "deaths", 15),
        figure("c", 1, DAY3, "deaths", 13),
        figure("d", 1, later, "deaths", 15),
    ]
    deaths = fold(claims).figures["deaths"]
    assert (deaths.value, deaths.conflicts) == (15, [])
    # The next day it is still the withdrawn figure repeated.
    soon = [*claims[:3], figure("d", 1, DAY3, "deaths", 15)]
    assert fold(soon).figures["deaths"].value == 13


def test_a_correction_the_text_dates_before_the_current_figure_lowers_nothing() -> None:
    # A week on: "the toll stands at 36 ... On Friday the collector corrected it to 29".
    def dated(claim: FigureClaim, day: dt.datetime) -> FigureClaim:
        return claim.model_copy(update={"as_of": day.date()})

    given = [dated(figure("a", 1, DAY1, "deaths", 31), DAY1)]
    given.append(dated(figure("b", 1, DAY3, "deaths", 36), DAY3))
    told = dated(figure("b", 2, DAY3, "deaths", 29, corrects=True), DAY1)
    deaths = fold([*given, told]).figures["deaths"]
    assert deaths.value == 36
    assert [c.claim_id for c in deaths.conflicts] == ["b:1.0:2"]
    # Dated on the current figure's day, it corrects it.
    assert fold([*given, dated(told, DAY3)]).figures["deaths"].value == 29


def test_a_withdrawal_falls_back_to_the_last_total_not_taken_back() -> None:
    given = [
        figure("a", 1, DAY1, "deaths", 20),
        figure("b", 1, DAY2, "deaths", 35),
        figure("c", 1, DAY3, "deaths", 60),
    ]
    later = DAY3 + dt.timedelta(hours=6)
    one = fold([*given, withdrawal("d", 1, later, "deaths", 60)]).figures["deaths"]
    assert (one.value, [w.value for w in one.withdrawn]) == (35, [60])
    assert one.withdrawn[0].withdrawn_by == "d:1.0:1"
    # 35 was taken back before 60 was: 60 gives way to 20.
    both = [withdrawal("d", 1, DAY2 + dt.timedelta(hours=6), "deaths", 35), *given]
    both.append(withdrawal("e", 1, later, "deaths", 60))
    assert fold(both).figures["deaths"].value == 20
    # A withdrawal of a figure that is not the current one takes nothing down.
    other = fold([*given, withdrawal("d", 1, later, "deaths", 35)]).figures["deaths"]
    assert (other.value, other.withdrawn) == (60, [])
    # Nothing left: no reported total, and the withdrawn one cannot come back.
    alone = [
        figure("a", 1, DAY1, "injured", 12),
        withdrawal("b", 1, DAY2, "injured", 12),
        figure("c", 1, DAY3, "injured", 12),
    ]
    injured = fold(alone).figures["injured"]
    assert (injured.value, [c.value for c in injured.conflicts]) == (None, [12])
    # A withdrawal of a metric never given makes no figure of it.
    assert "arrested" not in fold([*given, withdrawal("d", 1, later, "arrested", 9)]).figures


def test_a_withdrawal_falls_back_to_a_lower_total_given_after_the_withdrawn_one() -> None:
    # A leaked list gives 1,400 arrests; the ministry then gives 800, and the police 930 (both
    # turned down as lower); the list is called a forgery: the police's 930 is the toll.
    given = [
        figure("a", 1, DAY1, "arrested", 240),
        figure("b", 1, DAY2, "arrested", 1400),
        figure("c", 1, DAY2 + dt.timedelta(hours=6), "arrested", 800),
        figure("d", 1, DAY3, "arrested", 930),
    ]
    assert fold(given).figures["arrested"].value == 1400
    later = DAY3 + dt.timedelta(hours=6)
    arrested = fold([*given, withdrawal("e", 1, later, "arrested", 1400)]).figures["arrested"]
    assert (arrested.value, [w.value for w in arrested.withdrawn]) == (930, [1400])
    # A higher total since then clears them: its withdrawal falls back to 1,400.
    higher = [*given, figure("f", 1, later, "arrested", 1500)]
    tail = later + dt.timedelta(hours=1)
    assert (
        fold([*higher, withdrawal("g", 1, tail, "arrested", 1500)]).figures["arrested"].value
        == 1400
    )


def test_one_person_however_spelled_with_a_set_of_actions() -> None:
    people = fold(ARTICLE_1 + ARTICLE_2 + ARTICLE_3).people
    assert set(people) == {"Karim Masimov", "Government of Kazakhstan", "Marat Osipov"}
    masimov = people["Karim Masimov"]
    assert masimov.aliases == ["Karim Massimov", "Masimov"]
    assert masimov.role == f"former {KNB_HEAD}"
    actions = {a.action: a for a in masimov.actions}
    assert set(actions) == {"arrested", "dismissed"}
    # The earliest credible date wins; a date after the article's publication is not credible.
    assert actions["dismissed"].date == dt.date(2022, 1, 6)
    assert actions["arrested"].date == dt.date(2022, 1, 8)
    assert len(actions["arrested"].sources) == 2
    assert len(actions["dismissed"].sources) == 2


def test_the_government_resigned_as_a_body() -> None:
    government = fold(ARTICLE_2).people["Government of Kazakhstan"]
    assert government.kind == "body"
    assert [a.action for a in government.actions] == ["resigned"]


def test_arrested_and_detained_are_both_kept() -> None:
    claims = [
        action("a", 1, DAY1, "Vikram Ruzakhunov", "detained"),
        action("b", 1, DAY2, "Vikram Ruzajúnov", "arrested"),
    ]
    person = fold(claims).people["Vikram Ruzajúnov"]
    assert {a.action for a in person.actions} == {"arrested", "detained"}
    assert person.aliases == ["Vikram Ruzakhunov"]


def test_state_envelope() -> None:
    state = fold(ARTICLE_3 + ARTICLE_1 + ARTICLE_2)
    assert state.label == "Kazakhstan unrest, January 2022"
    assert state.country == "Kazakhstan"
    assert (state.first_seen, state.last_updated) == (DAY1, DAY3)
    assert (state.articles.count, state.articles.ids) == (3, ["a1", "a2", "a3"])
    assert state.version == 3
    # The state is valid against its own schema.
    assert type(state).model_validate_json(state.model_dump_json()) == state


def test_fold_at_gives_the_state_as_it_stood() -> None:
    claims = ARTICLE_1 + ARTICLE_2 + ARTICLE_3
    assert fold_at(claims, DAY1 - dt.timedelta(seconds=1)) is None
    then = fold_at(claims, DAY2)
    assert then is not None
    assert then.model_dump_json() == fold(ARTICLE_1 + ARTICLE_2).model_dump_json()


def test_late_older_article_cannot_overwrite_newer_figures() -> None:
    reconciler = Reconciler()
    reconciler.apply(ARTICLE_3)
    state, changes = reconciler.apply(ARTICLE_1)
    assert state is not None
    assert state.figures["deaths"].value == 164
    assert reconciler.refolds == 1
    assert state.model_dump_json() == fold(ARTICLE_1 + ARTICLE_3).model_dump_json()
    assert [c.metric for c in changes if c.metric] == ["deaths"]  # the breakdown appeared


def test_changes_between_states() -> None:
    reconciler = Reconciler()
    _, first = reconciler.apply(ARTICLE_1)
    assert {c.metric or c.subject for c in first} == {"deaths", "arrested", "Karim Masimov"}
    _, second = reconciler.apply(ARTICLE_2)
    by_topic = {c.metric or c.subject: c for c in second}
    # "thousands" arrested is inside "more than 4,400": no change there. Masimov's arrest
    # gains its date.
    assert set(by_topic) == {"deaths", "injured", "Karim Masimov", "Government of Kazakhstan"}
    assert by_topic["Karim Masimov"].after["actions"]["arrested"] == "2022-01-08"
    assert by_topic["deaths"].before["value"] == by_topic["deaths"].after["value"] == 44
    assert by_topic["deaths"].because == ["a2:1.0:1"]  # the conflicting claim
    _, third = reconciler.apply(ARTICLE_3)
    deaths = next(c for c in third if c.metric == "deaths")
    assert (deaths.before["value"], deaths.after["value"]) == (44, 164)
    assert deaths.because == ["a3:1.0:1"]
    assert deaths.sentences == ["164 deaths (total)"]
    assert deaths.version == 3 and deaths.at == DAY3
    assert reconciler.apply(ARTICLE_2) == (reconciler.state, [])


def test_diff_of_identical_states_is_empty() -> None:
    state = fold(ARTICLE_1 + ARTICLE_2)
    assert diff(state, state) == []


def test_ledger_ignores_duplicates() -> None:
    ledger = Ledger(ARTICLE_1)
    assert len(ledger) == len(ARTICLE_1) > 0
    assert not ledger.add(ARTICLE_1)
    assert len(ledger) == len(ARTICLE_1)


def test_claims_kept_by_a_reconciler_read_back_equal() -> None:
    first = [figure("a", n, DAY1, "deaths", 10 + n) for n in range(3)]
    joining = figure("a", 3, DAY1, "injured", 4)  # the same step, in a later batch
    late = figure("b", 0, DAY1 - dt.timedelta(days=1), "deaths", 2)
    reconciler = Reconciler()
    reconciler.apply(first, [encode_claim(claim) for claim in first])  # as they came
    for batch in ([joining], [late]):
        reconciler.apply(batch)
    given = {claim.claim_id: claim for claim in [*first, joining, late]}
    assert reconciler.claims([*given, "not-a-claim"]) == given


def test_newer_extractor_version_replaces_the_article() -> None:
    old = [figure("a", 1, DAY1, "deaths", 10, version="1.9")]
    new = [
        figure("a", 1, DAY1, "deaths", 12, version="1.10"),
        figure("a", 2, DAY1, "injured", 5, version="1.10"),
    ]
    ledger = Ledger(old)
    assert ledger.add(new)
    assert not ledger.add(old)  # an older version arriving late is ignored
    assert {c.claim_id for c in current(old + new)} == {c.claim_id for c in new}
    assert [c.claim_id in ledger for c in old + new] == [False, True, True]
    assert fold(old + new).model_dump_json() == fold(new).model_dump_json()


def all_claims() -> list[Claim]:
    return ARTICLE_1 + ARTICLE_2 + ARTICLE_3
