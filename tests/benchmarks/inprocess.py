"""In-process measurements: the spaCy limit, extraction against it, the fold, fold memory.

Each returns plain dicts for bench.json. Memory growth runs in a fresh process per size,
because a Python process rarely hands freed memory back and sizes would contaminate each other.
"""

import gc
import multiprocessing
import random
import time
from collections.abc import Sequence
from functools import partial
from itertools import islice
from typing import Any

import psutil
from spacy.language import Language

from schemas.article import Article
from schemas.claim import Claim
from streams.codec import encode_claim, encode_state
from streams.collector import tune_collector
from streams.extract.nlp import load_nlp
from streams.reconcile.fold import fold
from streams.reconcile.reconciler import Reconciler
from streams.replay import extract_articles, fold_by_incident
from tests.benchmarks import bench_fold
from tests.benchmarks.bench_fold import best_of_three, synthetic_claims, synthetic_incident, timed
from tests.benchmarks.linking import link_cost

MB = 1024 * 1024
WORKER_BATCH = 512  # claims per reconcile batch, as the worker's agent takes them


def words(articles: Sequence[Article]) -> int:
    return sum(len(article.body.split()) for article in articles)


def spacy_limit(nlp: Language, articles: Sequence[Article], batch_size: int) -> dict[str, float]:
    """Bare `nlp.pipe` over the bodies: the most any extraction on this pipeline can do."""
    list(nlp.pipe([article.body for article in articles[:4]]))  # warm-up
    started = time.perf_counter()
    for _ in nlp.pipe([article.body for article in articles], batch_size=batch_size):
        pass
    seconds = time.perf_counter() - started
    return {
        "articles": len(articles),
        "words": words(articles),
        "seconds": seconds,
        "words_per_s": words(articles) / seconds,
        "articles_per_s": len(articles) / seconds,
    }


def extraction(
    nlp: Language, articles: Sequence[Article], batch_size: int
) -> tuple[dict[str, float], list[Claim], dict[str, int]]:
    """Cleaning, spaCy, rules and names as `tally replay` runs them; claims per article too."""
    started = time.perf_counter()
    extracted = extract_articles(articles, nlp, batch_size=batch_size)
    seconds = time.perf_counter() - started
    claims = [claim for found in extracted.values() for claim in found.claims]
    result = {
        "articles": len(articles),
        "seconds": seconds,
        "words_per_s": words(articles) / seconds,
        "articles_per_s": len(articles) / seconds,
        "claims": len(claims),
        "articles_without_claims": sum(1 for found in extracted.values() if not found.claims),
    }
    linking = link_cost([found.evidence for found in extracted.values()], seconds)
    result["linking"] = linking
    return result, claims, {article: len(found.claims) for article, found in extracted.items()}


def _mean(runs: Sequence[dict[str, float]]) -> dict[str, Any]:
    """Rates averaged over the runs, with their spread, so a noisy neighbour shows."""
    merged: dict[str, Any] = dict(runs[0])
    for key in ("seconds", "words_per_s", "articles_per_s"):
        merged[key] = sum(run[key] for run in runs) / len(runs)
    merged["words_per_s_runs"] = [run["words_per_s"] for run in runs]
    return merged


def limit_and_extraction(
    nlp: Language, articles: Sequence[Article], batch_size: int
) -> tuple[dict[str, Any], dict[str, Any], list[Claim], dict[str, int]]:
    """Both measured twice in the order A B B A, so a drift in machine load hits both alike."""
    first_limit = spacy_limit(nlp, articles, batch_size)
    first, claims, per_article = extraction(nlp, articles, batch_size)
    second = extraction(nlp, articles, batch_size)[0]
    limit = _mean([first_limit, spacy_limit(nlp, articles, batch_size)])
    extracted = _mean([first, second])
    extracted["ratio_to_limit"] = extracted["words_per_s"] / limit["words_per_s"]
    return limit, extracted, claims, per_article


def fold_extracted(claims: Sequence[Claim]) -> dict[str, float]:
    seconds, states = best_of_three(partial(timed, partial(fold_by_incident, claims)))
    return {
        "claims": len(claims),
        "incidents": len(states),
        "seconds": seconds,
        "claims_per_s": len(claims) / seconds if seconds else 0.0,
    }


def fold_synthetic(sizes: Sequence[int], seed: int) -> list[dict[str, float]]:
    """One incident of each size: incremental as the worker folds, and one full fold."""
    rng = random.Random(seed)
    results = []
    for size in sizes:
        claims = synthetic_incident(f"bench-{size}", size, rng)
        incremental = best_of_three(partial(bench_fold.incremental, claims, WORKER_BATCH))[0]
        full = best_of_three(partial(timed, partial(fold, claims)))[0]
        results.append(
            {
                "claims": size,
                "incremental_claims_per_s": size / incremental,
                "full_fold_claims_per_s": size / full,
            }
        )
    return results


def _memory_of(size: int) -> dict[str, float]:
    """In a fresh process: `size` claims of one incident folded as the worker folds them (made
    and encoded a batch at a time, as Kafka delivers them, and folded in batches, the
    collector tuned alike): claims/s of the fold, RSS before and after, the state message."""
    tune_collector()
    process = psutil.Process()
    before = process.memory_info().rss
    claims = synthetic_claims("memory", size, random.Random(size))
    reconciler = Reconciler()
    seconds = 0.0
    while batch := list(islice(claims, WORKER_BATCH)):
        encoded = [encode_claim(claim) for claim in batch]
        started = time.perf_counter()
        reconciler.apply(batch, encoded)
        seconds += time.perf_counter() - started
    del batch
    gc.collect()
    after = process.memory_info().rss
    state = reconciler.state
    return {
        "claims": size,
        "claims_per_s": size / seconds,
        "rss_before_mb": before / MB,
        "rss_after_mb": after / MB,
        "growth_mb": (after - before) / MB,
        "state_bytes": len(encode_state(state)) if state is not None else 0,
    }


def fold_memory(sizes: Sequence[int]) -> list[dict[str, float]]:
    context = multiprocessing.get_context("spawn")
    results = []
    for size in sizes:
        with context.Pool(1) as pool:
            results.append(pool.apply_async(_memory_of, (size,)).get(timeout=1800))
    return results


def run(
    articles: Sequence[Article], batch_size: int, synthetic_sizes: Sequence[int], seed: int
) -> tuple[dict[str, Any], dict[str, int]]:
    """Everything in process; also claims per article, which the end-to-end runs wait for."""
    nlp = load_nlp()
    limit, extracted, claims, per_article = limit_and_extraction(nlp, articles, batch_size)
    return {
        "limit": limit,
        "extraction": extracted,
        "fold_extracted": fold_extracted(claims),
        "fold_synthetic": fold_synthetic(synthetic_sizes, seed),
    }, per_article
