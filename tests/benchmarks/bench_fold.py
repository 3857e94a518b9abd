"""Fold throughput on synthetic claims: `python tests/benchmarks/bench_fold.py [--total N]`.

Prints claims folded per second for one incident of 1k and of 10k claims (incrementally, in
batches as the worker receives them, and as one full fold), with articles arriving late, the
time to rebuild N claims spread over many incidents (default 1,000,000), and the memory a
ledger and its replay take per claim.
"""

import argparse
import datetime as dt
import gc
import random
import time
import tracemalloc
from collections.abc import Callable, Iterator
from functools import partial
from itertools import groupby
from typing import Any, TypeVar

from schemas.claim import ActionClaim, Claim, FigureClaim, SentenceRef
from streams.codec import encode_claim
from streams.collector import tune_collector
from streams.reconcile.fold import fold
from streams.reconcile.order import order_key, step_key
from streams.reconcile.reconciler import Reconciler

START = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)
SCOPES = ("total", "total", "total", "protesters", "security_forces", "civilians", "Almaty")
ACTIONS = ("dismissed", "resigned", "arrested", "detained", "charged")
SURNAMES = ("Masimov", "Osipov", "Ergozhin", "Tokayev", "Mamin", "Sagintayev", "Nurlanov")
GIVEN = ("Karim", "Marat", "Daulet", "Askar", "Bakytzhan", "Yerlan")


def synthetic_incident(incident: str, size: int, rng: random.Random) -> list[Claim]:
    """`size` claims in articles of about five claims, figures rising with noise.

    Claims come in publication order, each article's in the replay's order: a claim sorting
    before one already replayed makes the incident refold (measured separately).
    """
    return list(synthetic_claims(incident, size, rng))


def synthetic_claims(incident: str, size: int, rng: random.Random) -> Iterator[Claim]:
    """`synthetic_incident`'s claims made article by article, as a worker receives them."""
    made = 0
    level = {"deaths": 10, "injured": 50, "arrested": 100}
    article = 0
    while made < size:
        claims: list[Claim] = []
        article += 1
        published = START + dt.timedelta(minutes=7 * article)
        article_id = f"{incident}-a{article:06d}"
        for n in range(min(rng.randint(1, 9), size - made)):
            text = f"Sentence {n} of article {article_id}, as written by the outlet."
            base = {
                "claim_id": f"{article_id}:{n}",
                "incident_id": incident,
                "article_id": article_id,
                "published_at": published,
                "extractor_version": "1.0",
                "sentence": SentenceRef(text=text, start=0, end=len(text)),
            }
            if rng.random() < 0.8:
                metric = rng.choice(("deaths", "injured", "arrested"))
                level[metric] += rng.randint(-3, 8)
                value = max(level[metric], 0)
                claims.append(
                    FigureClaim.model_validate(
                        {
                            **base,
                            "metric": metric,
                            "scope": rng.choice(SCOPES),
                            "value": value,
                            "low": value,
                            "high": value,
                            "qualifier": "exact",
                            "as_written": str(value),
                            "attribution": "officials",
                            "corrects": rng.random() < 0.01,
                        }
                    )
                )
            else:
                name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
                claims.append(
                    ActionClaim.model_validate(
                        {
                            **base,
                            "subject": rng.choice((name, name.split()[1])),
                            "action": rng.choice(ACTIONS),
                            "role": "deputy head of the security committee",
                            "date": published.date() - dt.timedelta(days=rng.randint(0, 3)),
                        }
                    )
                )
        made += len(claims)
        yield from sorted(claims, key=order_key)


def incremental(claims: list[Claim], batch: int) -> tuple[float, int, Reconciler]:
    # With each claim's JSON, as the worker gets it from the topic and keeps it.
    encoded = [encode_claim(claim) for claim in claims]
    reconciler = Reconciler()
    began = time.perf_counter()
    changes = 0
    for start in range(0, len(claims), batch):
        batch_claims = claims[start : start + batch]
        changes += len(reconciler.apply(batch_claims, encoded[start : start + batch])[1])
    return time.perf_counter() - began, changes, reconciler


Timed = TypeVar("Timed", bound=tuple[Any, ...])


def best_of_three(run: Callable[[], Timed]) -> Timed:
    """The fastest of three runs, each giving its seconds first: the machine is shared, and
    others' load only ever slows a run."""
    return min((run() for _ in range(3)), key=lambda result: float(result[0]))


def timed(run: Callable[[], object]) -> tuple[float, Any]:
    """Seconds `run` took, and what it gave."""
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def late_articles(claims: list[Claim], every: int, delay: int) -> list[Claim]:
    """One article in `every` delivered after the `delay` articles that follow it."""
    articles = [list(step) for _, step in groupby(claims, key=step_key)]
    for index in range(len(articles) - delay - 1, 0, -every):
        articles.insert(index + delay, articles.pop(index))
    return [claim for article in articles for claim in article]


def one_incident(size: int, rng: random.Random) -> None:
    claims = synthetic_incident(f"bench-{size}", size, rng)
    for batch in (1, 100):
        seconds, changes, _ = best_of_three(partial(incremental, claims, batch))
        print(
            f"incident of {size:>6,} claims, batches of {batch:>3}: "
            f"{size / seconds:>9,.0f} claims/s ({seconds:.2f} s, {changes:,} changes)"
        )
    began = time.perf_counter()
    fold(claims)
    seconds = time.perf_counter() - began
    print(f"incident of {size:>6,} claims, one full fold:   {size / seconds:>9,.0f} claims/s")
    late = late_articles(claims, every=20, delay=5)
    seconds, _, reconciler = incremental(late, 10)
    print(
        f"incident of {size:>6,} claims, 1 article in 20 five articles late, batches of 10: "
        f"{size / seconds:>9,.0f} claims/s ({reconciler.refolds} rewinds replaying "
        f"{reconciler.replayed:,} claims)"
    )
    shuffled = claims[:]
    rng.shuffle(shuffled)
    seconds, _, _ = incremental(shuffled[: size // 10], 50)
    print(
        f"incident of {size:>6,} claims, first tenth shuffled, batches of 50: "
        f"{size // 10 / seconds:>9,.0f} claims/s (refolds on out-of-order arrivals)"
    )


def rebuild(total: int, per_incident: int, rng: random.Random) -> None:
    folded = 0
    folding = 0.0
    began = time.perf_counter()
    while folded < total:
        claims = synthetic_incident(f"rebuild-{folded}", min(per_incident, total - folded), rng)
        start = time.perf_counter()
        reconciler = Reconciler()
        for offset in range(0, len(claims), 500):
            reconciler.apply(claims[offset : offset + 500])
        folding += time.perf_counter() - start
        folded += len(claims)
    wall = time.perf_counter() - began
    print(
        f"rebuild of {total:,} claims in incidents of {per_incident:,}: "
        f"{folding:.1f} s folding ({total / folding:,.0f} claims/s), "
        f"{wall:.1f} s with generating the claims"
    )


def memory_per_claim(size: int, rng: random.Random) -> None:
    gc.collect()
    tracemalloc.start()
    claims = synthetic_incident("memory", size, rng)
    claims_bytes = tracemalloc.get_traced_memory()[0]
    reconciler = Reconciler()
    reconciler.apply(claims)
    # With the claims: a reconciler keeps them compact, the models are the caller's.
    total_bytes = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    ledger_json = sum(len(encode_claim(claim)) for claim in claims)
    del claims
    print(
        f"memory for {size:,} claims: {claims_bytes / size:,.0f} B/claim as models, "
        f"{total_bytes / size:,.0f} B/claim with them and a reconciler, "
        f"{ledger_json / size:,.0f} B/claim as JSON"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--total", type=int, default=1_000_000, help="claims to rebuild")
    parser.add_argument("--per-incident", type=int, default=2_000)
    args = parser.parse_args()
    tune_collector()  # as the worker and `tally rebuild` run
    # A warm-up incident first, so the first one timed does not pay for filling name caches.
    incremental(synthetic_incident("warm-up", 1_000, random.Random(0)), 100)
    rng = random.Random(7)
    for size in (1_000, 10_000):
        one_incident(size, rng)
    memory_per_claim(10_000, rng)
    rebuild(args.total, args.per_incident, rng)


if __name__ == "__main__":
    main()
