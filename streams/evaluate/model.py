"""The evaluation report: what `tally eval --json` prints."""

from typing import Literal

from pydantic import BaseModel, Field

from streams.evaluate.states import StateCheck


class Score(BaseModel):
    """Precision and recall of one kind of claim (a metric, an action, or all of them)."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = Field(default=0, description="Restatements of a matched item: not scored.")
    ignored: int = Field(default=0, description="Claims from ambiguous passages: not scored.")
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0


class FigureScore(Score):
    negative_hits: int = 0
    scope_correct: int = 0
    qualifier_correct: int = 0
    scope_accuracy: float | None = Field(default=None, description="Over matched pairs.")
    qualifier_accuracy: float | None = Field(default=None, description="Over matched pairs.")


class Finding(BaseModel):
    """A miss, a false positive or a scope/qualifier mismatch, with what a developer needs."""

    article_id: str
    kind: Literal["figure", "action"]
    what: str
    as_written: str | None = None
    sentence: str | None = None
    note: str | None = None


class BCubed(BaseModel):
    precision: float
    recall: float
    f1: float


class EvalReport(BaseModel):
    gold_files: list[str]
    articles: int = Field(description="Annotated articles scored.")
    figures: dict[str, FigureScore] = Field(description="Per metric, and 'total'.")
    actions: dict[str, Score] = Field(description="Per action, and 'total'.")
    negative_hits: int = Field(description="Claims taken from a negative span; must be 0.")
    corrections: int = Field(default=0, description="Gold figures that correct an earlier one.")
    corrections_flagged: int = Field(default=0, description="Of those, found with `corrects`.")
    state_checks: int
    state_agreed: int
    state_score: float = Field(description="Fraction of (article, field) checks that agree.")
    grouping_pairs: int = Field(default=0, description="Annotated article pairs compared.")
    grouping_score: float | None = Field(
        default=None, description="Fraction of pairs put together or apart as the gold does."
    )
    grouping_bcubed: BCubed | None = Field(
        default=None, description="B-cubed precision, recall and F1 of the incident grouping."
    )
    misses: list[Finding] = Field(default_factory=list)
    false_positives: list[Finding] = Field(default_factory=list)
    mismatches: list[Finding] = Field(default_factory=list)
    state_failures: list[StateCheck] = Field(default_factory=list)
