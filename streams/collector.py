"""Garbage-collector settings for the processes that fold claims (worker, rebuild).

An incident's fold keeps tens of thousands of live objects (its claims, the replay and its
checkpoints), and allocates freely while it folds. With CPython's default first threshold
(700 allocations) the collector walks those live objects again and again: about a quarter
of the fold's time in `tests/benchmarks/bench_fold.py` (a 10,000-claim incident in batches of
100 folds at about 30,000 claims/s with the collector off, 22,000 with the defaults). Objects
alive after start-up are frozen (never walked again), and a young collection waits for
50,000 allocations, which gives back part of it (about 24,500); the fold makes few reference
cycles, so memory hardly changes.
"""

import gc

YOUNG_THRESHOLD = 50_000


def tune_collector() -> None:
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)
