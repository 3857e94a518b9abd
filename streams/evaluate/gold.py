"""Loading gold annotation files (the format of `seeds.gold.json`).

Gold is written by people, so loading is lenient where annotators are free (dates such as
"this week", notes, extra keys) and strict where scoring depends on it (metric, action).
"arrested" and "detained" are one metric and one action: both are read as "arrested".
"""

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from schemas.claim import Metric, Qualifier

_SAME_ACTION = {"detained": "arrested"}
# State keys naming people, and the actions that put a person in each list.
PEOPLE_KEYS: dict[str, frozenset[str]] = {
    "dismissed": frozenset({"dismissed"}),
    "arrested_named": frozenset({"arrested", "detained"}),
    "resigned": frozenset({"resigned"}),
    "released": frozenset({"released"}),
    "charged": frozenset({"charged"}),
    "appointed": frozenset({"appointed"}),
}
METRICS: tuple[Metric, ...] = ("deaths", "injured", "arrested")


def same_action(action: str) -> str:
    """The action as scored: detained counts as arrested."""
    return _SAME_ACTION.get(action, action)


class GoldFigure(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    metric: str
    value: int | None = None
    qualifier: Qualifier | None = None
    as_written: str | None = None
    scope: str = "total"
    low: int | None = None
    high: int | None = None
    attribution: str | None = None
    as_of: str | None = None
    corrects: bool = False  # a correction that may lower the figure; no update upwards
    evidence: str | None = None

    @field_validator("metric")
    @classmethod
    def known_metric(cls, metric: str) -> str:
        metric = same_action(metric)
        if metric not in METRICS:
            raise ValueError(f"unknown metric {metric!r}")
        return metric

    def describe(self) -> str:
        amount = str(self.value) if self.value is not None else repr(self.as_written)
        return f"{self.metric} {amount} {self.qualifier or 'exact'} [{self.scope}]"


class GoldAction(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str = "person"
    action: str
    role: str | None = None
    detail: str | None = None
    date: str | None = None
    evidence: str | None = None

    @field_validator("action")
    @classmethod
    def scored_action(cls, action: str) -> str:
        return same_action(action)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def describe(self) -> str:
        return f"{self.action} {self.name}"


class GoldSpan(BaseModel):
    """An ambiguous passage: claims from its sentence are neither rewarded nor penalised."""

    model_config = ConfigDict(extra="allow", frozen=True)

    evidence: str
    note: str | None = None


class GoldArticle(BaseModel):
    model_config = ConfigDict(extra="allow")

    incident: str | None = None
    figures: list[GoldFigure] = Field(default_factory=list)
    actions: list[GoldAction] = Field(default_factory=list)
    negatives: list[str] = Field(default_factory=list)
    ambiguous: list[GoldSpan] = Field(default_factory=list)


class GoldMetricState(BaseModel):
    model_config = ConfigDict(extra="allow")

    value: int | None = None
    qualifier: Qualifier | None = None
    as_written: str | None = None
    breakdown: dict[str, int] | None = None


class GoldState(BaseModel):
    """The expected state of an article's incident after it arrives.

    The three metrics and `dismissed` / `arrested_named` are always checked (absent = nothing);
    `breakdown` and the other people lists only where the annotator wrote them.
    """

    model_config = ConfigDict(extra="allow")

    deaths: GoldMetricState | None = None
    injured: GoldMetricState | None = None
    arrested: GoldMetricState | None = None
    dismissed: list[str] = Field(default_factory=list)
    arrested_named: list[str] = Field(default_factory=list)
    resigned: list[str] | None = None
    released: list[str] | None = None
    charged: list[str] | None = None
    appointed: list[str] | None = None

    def metric(self, metric: str) -> GoldMetricState | None:
        found: GoldMetricState | None = getattr(self, metric)
        return found

    def people(self, key: str) -> list[str] | None:
        found: list[str] | None = getattr(self, key)
        return found


class GoldSet(BaseModel):
    path: Path
    articles_path: str | None = None
    articles: dict[str, GoldArticle]
    state_after: dict[str, GoldState] = Field(default_factory=dict)

    def articles_location(self) -> Path | None:
        """The gold's own articles file, relative to the gold file."""
        if self.articles_path is None:
            return None
        return (self.path.parent / self.articles_path).resolve()


def spellings(gold: GoldSet) -> dict[str, list[str]]:
    """Each annotated name -> the other spellings its actions give it, across the file."""
    found: dict[str, set[str]] = {}
    for article in gold.articles.values():
        for action in article.actions:
            found.setdefault(action.name, set()).update(action.aliases)
    return {name: sorted(others - {name}) for name, others in found.items()}


def load_gold(path: Path) -> GoldSet:
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return GoldSet(
        path=path,
        articles_path=raw.get("articles_path"),
        articles=raw.get("articles", {}),
        state_after=raw.get("state_after", {}),
    )
