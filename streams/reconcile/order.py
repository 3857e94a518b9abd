"""The canonical order of an incident's claims, in which the fold replays them.

By publication time, then article id, then, inside an article, precise figures before vague
ones and corrections and withdrawals last, then in the order of the text (so the result does
not hang on claim ids, which change with the extractor's version), then claim id. The claims
of one article at one publication time are one step.
"""

import datetime as dt

from schemas.claim import Claim, FigureClaim, WithdrawalClaim

StepKey = tuple[dt.datetime, str]
OrderKey = tuple[dt.datetime, str, bool, bool, int, str]


def step_key(claim: Claim) -> StepKey:
    return claim.published_at, claim.article_id


def order_key(claim: Claim) -> OrderKey:
    if isinstance(claim, FigureClaim):
        return (
            claim.published_at,
            claim.article_id,
            claim.qualifier == "vague",
            claim.corrects,
            claim.sentence.start,
            claim.claim_id,
        )
    # A withdrawal comes last, as corrections do: after the figures its article gives.
    last = isinstance(claim, WithdrawalClaim)
    return claim.published_at, claim.article_id, False, last, claim.sentence.start, claim.claim_id
