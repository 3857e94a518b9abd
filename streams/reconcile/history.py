"""Every change of an incident's state, in the canonical order of its articles.

The same replay as the fold, article by article, keeping what each step changed: the
`/incidents/{id}/history` view and its sentences come from here.
"""

from collections.abc import Iterable
from itertools import groupby

from schemas.change import StateChange
from schemas.claim import Claim
from streams.reconcile.ledger import current
from streams.reconcile.order import order_key, step_key
from streams.reconcile.reconciler import Reconciler


def history(claims: Iterable[Claim]) -> list[StateChange]:
    reconciler = Reconciler()
    changes: list[StateChange] = []
    ordered = sorted(current(claims), key=order_key)
    for _, step in groupby(ordered, key=step_key):
        changes.extend(reconciler.apply(list(step))[1])
    return changes
