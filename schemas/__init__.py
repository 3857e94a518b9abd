"""Pydantic models of every message tally reads or writes, one module per message."""

from schemas.article import Article, CleanedArticle, KeptLine
from schemas.change import StateChange
from schemas.claim import (
    Action,
    ActionClaim,
    Claim,
    ClaimAdapter,
    FigureClaim,
    Metric,
    Qualifier,
    SentenceRef,
    SubjectKind,
)
from schemas.dead_letter import DeadLetter, RejectReason
from schemas.state import (
    ArticlesSeen,
    Conflict,
    HistoryEntry,
    IncidentState,
    MetricState,
    Person,
    PersonAction,
    ScopeFigure,
    Source,
)

__all__ = [
    "Action",
    "ActionClaim",
    "Article",
    "ArticlesSeen",
    "Claim",
    "ClaimAdapter",
    "CleanedArticle",
    "Conflict",
    "DeadLetter",
    "FigureClaim",
    "HistoryEntry",
    "IncidentState",
    "KeptLine",
    "Metric",
    "MetricState",
    "Person",
    "PersonAction",
    "Qualifier",
    "RejectReason",
    "ScopeFigure",
    "SentenceRef",
    "Source",
    "StateChange",
    "SubjectKind",
]
