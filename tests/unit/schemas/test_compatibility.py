"""The output messages only ever gain optional fields within a major version: a consumer built
on the last released schema still reads every new message."""

import json
from pathlib import Path
from typing import Any

import pytest

from schemas.export import SCHEMA_DIR, render_all
from schemas.version import SCHEMA_VERSION

RELEASED = SCHEMA_DIR / "released"
OUTPUTS = ("IncidentState.schema.json", "StateChange.schema.json")


def _definitions(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The top-level object and every $defs object, by name."""
    found = {"(message)": schema}
    found.update(schema.get("$defs", {}))
    return found


def _kind(spec: dict[str, Any]) -> object:
    """What a field holds: its type, reference, or the set of its alternatives."""
    if "anyOf" in spec:
        return sorted(json.dumps(_kind(option)) for option in spec["anyOf"])
    return spec.get("type"), spec.get("$ref"), _kind(spec["items"]) if "items" in spec else None


def breaking_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What a consumer of `old` would trip over in messages of `new`."""
    problems = []
    new_definitions = _definitions(new)
    for name, before in _definitions(old).items():
        after = new_definitions.get(name)
        if after is None:
            problems.append(f"{name}: removed")
            continue
        for field, spec in before.get("properties", {}).items():
            if field not in after.get("properties", {}):
                problems.append(f"{name}.{field}: removed")
            elif _kind(spec) != _kind(after["properties"][field]):
                problems.append(f"{name}.{field}: type changed")
        added_required = set(after.get("required", [])) - set(before.get("required", []))
        problems += [f"{name}.{field}: new required field" for field in sorted(added_required)]
    return problems


def _latest_release() -> Path:
    versions = sorted(RELEASED.iterdir(), key=lambda path: tuple(map(int, path.name.split("."))))
    return versions[-1]


@pytest.mark.parametrize("file_name", OUTPUTS)
def test_the_current_schema_only_adds_optional_fields(file_name: str) -> None:
    released = _latest_release()
    assert released.name.split(".")[0] == SCHEMA_VERSION.split(".")[0]
    old = json.loads((released / file_name).read_text())
    new = json.loads(render_all()[file_name])
    assert breaking_changes(old, new) == []


def test_the_check_catches_a_removed_field_a_retyped_one_and_a_new_required_one() -> None:
    old = {"properties": {"a": {"type": "integer"}, "b": {"type": "string"}}, "required": ["a"]}
    new = {
        "properties": {"a": {"type": "string"}, "c": {"type": "string"}},
        "required": ["a", "c"],
    }
    assert breaking_changes(old, new) == [
        "(message).a: type changed",
        "(message).b: removed",
        "(message).c: new required field",
    ]


def test_messages_carry_the_current_version_and_it_is_newer_than_the_release() -> None:
    released = tuple(map(int, _latest_release().name.split(".")))
    assert tuple(map(int, SCHEMA_VERSION.split("."))) > released
    for file_name in OUTPUTS:
        properties = json.loads(render_all()[file_name])["properties"]
        assert properties["schema_version"]["default"] == SCHEMA_VERSION
