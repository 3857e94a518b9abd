"""`built` makes what `model_construct` makes, for every model the fold builds."""

import datetime as dt

import pytest
from pydantic import BaseModel

from schemas.state import (
    ArticlesSeen,
    HistoryEntry,
    IncidentState,
    MetricState,
    Person,
    PersonAction,
    ScopeFigure,
    Source,
)
from schemas.version import SCHEMA_VERSION
from streams.reconcile.models import built, changed

WHEN = dt.datetime(2024, 3, 2, 9, 30, tzinfo=dt.UTC)
SOURCE = {"claim_id": "c1", "article_id": "a1", "attribution": None, "sentence": "Nine died."}
FIELDS: list[tuple[type[BaseModel], dict[str, object]]] = [
    (Source, SOURCE),
    (
        ScopeFigure,
        {"value": 9, "low": 9, "high": 9, "qualifier": "exact", "as_of": None, "sources": []},
    ),
    (
        HistoryEntry,
        {"at": WHEN, "value": 9, "low": 9, "high": 9, "qualifier": "exact", "because": ["c1"]},
    ),
    (
        MetricState,
        {
            "value": 9,
            "low": 9,
            "high": 9,
            "qualifier": "exact",
            "as_written": "nine",
            "as_of": None,
            "derived": False,
            "breakdown": {},
            "sources": [],
            "conflicts": [],
            "withdrawn": [],
            "history": [],
            "omitted": {},
        },
    ),
    (
        PersonAction,
        {
            "action": "arrested",
            "date": None,
            "role": None,
            "detail": None,
            "by": None,
            "sources": [],
        },
    ),
    (Person, {"name": "Ana Rivas", "aliases": [], "kind": "person", "role": None, "actions": []}),
    (ArticlesSeen, {"count": 1, "ids": ["a1"]}),
    (
        IncidentState,
        {
            "incident_id": "i1",
            "label": "Peru protest, 2 March 2024",
            "country": "Peru",
            "first_seen": WHEN,
            "last_updated": WHEN,
            "articles": ArticlesSeen(count=1, ids=["a1"]),
            "version": 1,
            "figures": {},
            "people": {},
            "omitted": {},
            "schema_version": SCHEMA_VERSION,
        },
    ),
]


@pytest.mark.parametrize(("cls", "values"), FIELDS, ids=[cls.__name__ for cls, _ in FIELDS])
def test_built_is_model_construct(cls: type[BaseModel], values: dict[str, object]) -> None:
    assert list(values) == list(cls.model_fields)  # every field, in order
    made, constructed = built(cls, **values), cls.model_construct(**values)
    assert type(made) is cls
    assert made.__dict__ == constructed.__dict__
    assert list(made.__dict__) == list(constructed.__dict__)
    assert made.model_fields_set == constructed.model_fields_set
    assert made.__pydantic_extra__ == constructed.__pydantic_extra__
    assert made.__pydantic_private__ == constructed.__pydantic_private__
    assert made.model_dump_json() == constructed.model_dump_json()


def test_built_models_share_their_field_set_unchanged() -> None:
    first, second = built(Source, **SOURCE), built(Source, **{**SOURCE, "claim_id": "c2"})
    assert first.model_fields_set is second.model_fields_set
    copy = first.model_copy(update={"sentence": "Ten died."})
    assert copy.model_fields_set is not first.model_fields_set
    assert first.model_fields_set == set(Source.model_fields)


def test_changed_is_model_copy() -> None:
    source = Source.model_validate(SOURCE)
    copy = changed(source, sentence="Ten died.")
    assert copy == source.model_copy(update={"sentence": "Ten died."})
    assert source.sentence == "Nine died."
