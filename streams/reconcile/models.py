"""State models built from values the fold has already checked.

pydantic's `model_construct` looks up every field's aliases and default on each call, which
made it the costliest single step of building a state (a small incident's state is a few
dozen models). The models of `schemas.state` have no aliases, private attributes or extra
fields, so a model given every one of its fields is just its `__dict__` and the set of
those fields: what `built` makes, equal to `model_construct` with the same values. The set
names every field, so one set serves all models of a class (pydantic copies it before
adding to it): a set each took more memory than the rest of a fold's history entries.
"""

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_set = object.__setattr__
_FIELDS: dict[type[BaseModel], set[str]] = {}


def built(cls: type[M], **values: Any) -> M:
    """`cls.model_construct(**values)` for values naming every field of `cls`, in its order."""
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = set(cls.model_fields)
    _set(model, "__pydantic_fields_set__", fields)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def changed(model: M, **changes: Any) -> M:
    """A copy of `model` with some fields changed; cheaper than `model_copy`, which copies
    the model's internals as well."""
    return built(type(model), **{**model.__dict__, **changes})
