"""Properties of the fold over generated sets of claims."""

import contextlib
import datetime as dt
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.claim import Claim, FigureClaim
from streams.reconcile import archive as archive_module
from streams.reconcile import reconciler as reconciler_module
from streams.reconcile.fold import fold, fold_at
from streams.reconcile.ledger import current
from streams.reconcile.reconciler import Reconciler
from tests.unit.reconcile.test_examples import DAY1, action, figure, withdrawal

METRICS = ("deaths", "injured", "arrested")
SCOPES = ("total", "total", "protesters", "security_forces", "civilians", "Almaty")
NAMES = ("Karim Masimov", "Masimov", "Massimov", "Tokayev", "Tokáyev", "Tokarev", "CSTO", "ODKB")
ACTIONS = ("dismissed", "resigned", "arrested", "detained")


@st.composite
def figure_claims(draw: st.DrawFn, article: str, n: int, when: dt.datetime, version: str) -> Claim:
    value: int | str = draw(st.one_of(st.integers(0, 300), st.sampled_from(["dozens", "hundreds"])))
    return figure(
        article,
        n,
        when,
        draw(st.sampled_from(METRICS)),
        value,
        scope=draw(st.sampled_from(SCOPES)),
        qualifier=draw(st.sampled_from(["exact", "exact", "more_than", "about"])),
        corrects=draw(st.booleans()) and draw(st.booleans()),
        version=version,
    )


@st.composite
def action_claims(draw: st.DrawFn, article: str, n: int, when: dt.datetime, version: str) -> Claim:
    date = draw(st.none() | st.dates(dt.date(2022, 1, 1), dt.date(2022, 1, 20)))
    return action(
        article,
        n,
        when,
        draw(st.sampled_from(NAMES)),
        draw(st.sampled_from(ACTIONS)),
        role=draw(st.sampled_from([None, "head of the KNB", "president"])),
        date=date,
        version=version,
    )


@st.composite
def article_claims(
    draw: st.DrawFn, article: str, *, figures_only: bool = False, version: str = "1.0"
) -> list[Claim]:
    when = DAY1 + dt.timedelta(hours=draw(st.integers(0, 72)))
    kinds = st.just(True) if figures_only else st.booleans()
    claims = []
    for n in range(draw(st.integers(1, 4))):
        maker = figure_claims if draw(kinds) else action_claims
        claims.append(draw(maker(article, n, when, version)))
    return claims


@st.composite
def claim_sets(draw: st.DrawFn, *, figures_only: bool = False) -> list[Claim]:
    count = draw(st.integers(1, 6))
    claims = [
        claim
        for i in range(count)
        for claim in draw(article_claims(f"art{i}", figures_only=figures_only))
    ]
    # One article may take back a figure another gave, at any time.
    given = [c for c in claims if isinstance(c, FigureClaim) and c.qualifier != "vague"]
    if given and not figures_only and draw(st.booleans()):
        taken = draw(st.sampled_from(given))
        when = DAY1 + dt.timedelta(hours=draw(st.integers(0, 80)))
        claims.append(withdrawal(f"art{count}", 0, when, taken.metric, taken.value))
    return claims


@settings(max_examples=150, deadline=None)
@given(claim_sets(), st.data())
def test_any_order_and_duplication_give_identical_state(
    claims: list[Claim], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(claims))
    duplicated = shuffled + data.draw(st.lists(st.sampled_from(claims), max_size=10))
    assert fold(duplicated).model_dump_json() == fold(claims).model_dump_json()


@settings(max_examples=150, deadline=None)
@given(claim_sets(figures_only=True))
def test_counts_never_go_down_without_a_correction(claims: list[Claim]) -> None:
    plain = [c.model_copy(update={"corrects": False}) for c in claims]
    for metric in fold(plain).figures.values():
        # A vague figure counts as the low end of its range.
        values = [entry.value for entry in metric.history]
        assert values == sorted(values, key=lambda v: -1 if v is None else v)


@settings(max_examples=100, deadline=None)
@given(claim_sets(figures_only=True), st.integers(0, 50))
def test_a_later_correction_wins(claims: list[Claim], value: int) -> None:
    last = max(c.published_at for c in claims) + dt.timedelta(days=1)
    correction = figure("zz", 0, last, "deaths", value, corrects=True)
    deaths = fold([*claims, correction]).figures["deaths"]
    assert deaths.value == value
    assert deaths.sources[0].claim_id == correction.claim_id


@given(
    st.dictionaries(
        st.sampled_from(["protesters", "security_forces", "civilians"]),
        st.integers(0, 500),
        min_size=1,
    )
)
def test_totals_derive_from_disjoint_scopes(scopes: dict[str, int]) -> None:
    claims = [
        figure("a", n, DAY1, "deaths", value, scope=scope)
        for n, (scope, value) in enumerate(sorted(scopes.items()))
    ]
    deaths = fold(claims).figures["deaths"]
    assert deaths.value == sum(scopes.values())
    assert {name: fig.value for name, fig in deaths.breakdown.items()} == scopes
    bigger = figure("b", 0, DAY1 + dt.timedelta(days=1), "deaths", sum(scopes.values()) + 1)
    assert fold([*claims, bigger]).figures["deaths"].derived is False


@settings(max_examples=100, deadline=None)
@given(claim_sets(), st.data())
def test_newer_extractor_version_equals_fresh_extraction(
    claims: list[Claim], data: st.DataObject
) -> None:
    article = claims[0].article_id
    fresh = data.draw(article_claims(article, version="2.0"))
    others = [c for c in claims if c.article_id != article]
    when = claims[0].published_at
    fresh = [c.model_copy(update={"published_at": when}) for c in fresh]
    mixed = data.draw(st.permutations(claims + fresh))
    expected = fold(others + fresh).model_dump_json()
    assert fold(mixed).model_dump_json() == expected
    reconciler = Reconciler()
    for claim in mixed:
        reconciler.apply([claim])
    assert reconciler.state is not None
    assert reconciler.state.model_dump_json() == expected


@settings(max_examples=150, deadline=None)
@given(claim_sets(), st.data())
def test_incremental_equals_fold(claims: list[Claim], data: st.DataObject) -> None:
    ordered = data.draw(st.booleans())
    arrival = (
        sorted(claims, key=lambda c: (c.published_at, c.article_id))
        if ordered
        else data.draw(st.permutations(claims))
    )
    sizes = data.draw(st.lists(st.integers(1, 5), min_size=len(arrival), max_size=len(arrival)))
    reconciler = Reconciler()
    start = 0
    for size in sizes:
        batch = arrival[start : start + size]
        if batch:
            state, _ = reconciler.apply(batch)
            assert state is not None
            assert state.model_dump_json() == fold(arrival[: start + size]).model_dump_json()
        start += size
    # A worker restarts from the claims its table holds.
    restored = Reconciler(arrival)
    assert restored.state == reconciler.state


@given(claim_sets())
def test_every_number_traces_to_a_sentence(claims: list[Claim]) -> None:
    by_id = {c.claim_id: c for c in claims}
    for metric in fold(claims).figures.values():
        for source in metric.sources:
            claim = by_id[source.claim_id]
            assert isinstance(claim, FigureClaim)
            assert source.sentence == claim.sentence.text


@st.composite
def long_arrivals(draw: st.DrawFn) -> list[Claim]:
    """Many articles, mostly in publication order, some arriving late or re-extracted."""
    count = draw(st.integers(40, 90))
    articles = [draw(article_claims(f"art{i:03d}")) for i in range(count)]
    articles.sort(key=lambda claims: (claims[0].published_at, claims[0].article_id))
    # At least one article arrives after one that sorts after it.
    articles.append(articles.pop(draw(st.integers(0, len(articles) - 2))))
    for _ in range(draw(st.integers(0, 5))):
        late = articles.pop(draw(st.integers(0, len(articles) - 1)))
        articles.insert(draw(st.integers(0, len(articles))), late)
    if draw(st.booleans()):
        again = articles[draw(st.integers(0, len(articles) - 1))]
        when = again[0].published_at
        fresh = draw(article_claims(again[0].article_id, version="2.0"))
        articles.append([c.model_copy(update={"published_at": when}) for c in fresh])
    return [claim for claims in articles for claim in claims]


@settings(max_examples=25, deadline=None)
@given(long_arrivals(), st.integers(1, 12))
def test_rewinds_from_checkpoints_equal_fold(arrival: list[Claim], batch: int) -> None:
    reconciler = Reconciler()
    # Checkpoints every few steps, so that rewinds start from many different ones, and the
    # claims kept in small chunks, so that late steps join, split and empty packed ones.
    with small_chunks():
        _apply_checking(reconciler, arrival, batch)
        given = {claim.claim_id: claim for claim in current(arrival)}
        assert reconciler.claims(given) == given
    assert reconciler.refolds > 0


def small_chunks() -> contextlib.ExitStack:
    stack = contextlib.ExitStack()
    stack.enter_context(mock.patch.object(reconciler_module, "SPACING", 4))
    stack.enter_context(mock.patch.object(archive_module, "CHUNK", 3))
    return stack


def _apply_checking(reconciler: Reconciler, arrival: list[Claim], batch: int) -> None:
    for start in range(0, len(arrival), batch):
        state, _ = reconciler.apply(arrival[start : start + batch])
        assert state is not None
        if start // batch % 5 == 0 or start + batch >= len(arrival):
            expected = fold(arrival[: start + batch]).model_dump_json()
            assert state.model_dump_json() == expected


def test_a_slightly_late_article_replays_only_the_last_steps() -> None:
    steps = [
        figure(f"art{i:03d}", 0, DAY1 + dt.timedelta(hours=i), "deaths", i) for i in range(200)
    ]
    late = action(
        "late", 0, DAY1 + dt.timedelta(hours=198, minutes=30), "Karim Masimov", "resigned"
    )
    reconciler = Reconciler()
    for claim in steps:
        reconciler.apply([claim])
    state, changes = reconciler.apply([late])
    assert (reconciler.refolds, [c.subject for c in changes]) == (1, ["Karim Masimov"])
    assert 0 < reconciler.replayed < 40
    assert state is not None
    assert state.model_dump_json() == fold([*steps, late]).model_dump_json()


def test_an_article_split_across_batches_is_kept_without_decoding_its_step() -> None:
    # The worker's batches cut articles anywhere: the rest of the last step, sorting after
    # everything kept, joins it as it came, even once its chunk is full.
    articles = [
        [figure(f"art{i:03d}", n, DAY1 + dt.timedelta(hours=i), "deaths", i + n) for n in range(3)]
        for i in range(8)
    ]
    arrival = [claim for claims in articles for claim in claims]
    reconciler = Reconciler()
    decoding = mock.patch.object(
        archive_module, "decode_claims", side_effect=AssertionError("a step was decoded")
    )
    with small_chunks(), decoding:
        for start in range(0, len(arrival), 4):
            reconciler.apply(arrival[start : start + 4])
    assert reconciler.refolds == 0
    given = {claim.claim_id: claim for claim in arrival}
    assert reconciler.claims(given) == given


@settings(max_examples=25, deadline=None)
@given(long_arrivals(), st.integers(1, 12), st.data())
def test_the_state_at_a_moment_from_checkpoints_equals_fold_at(
    arrival: list[Claim], batch: int, data: st.DataObject
) -> None:
    reconciler = Reconciler()
    with small_chunks():
        for start in range(0, len(arrival), batch):
            reconciler.apply(arrival[start : start + batch])
    times = sorted({claim.published_at for claim in arrival})
    moments = data.draw(st.lists(st.sampled_from(times), min_size=1, max_size=5))
    for moment in [times[0] - dt.timedelta(seconds=1), *moments]:
        expected = fold_at(arrival, moment)
        found = reconciler.state_at(moment)
        assert (found and found.model_dump_json()) == (expected and expected.model_dump_json())
