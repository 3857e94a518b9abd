"""The exported JSON Schema files are what the models say today."""

from schemas.export import SCHEMA_DIR, render_all


def test_json_schema_files_are_up_to_date() -> None:
    rendered = render_all()
    assert set(rendered) == {path.name for path in SCHEMA_DIR.glob("*.schema.json")}
    for file_name, text in rendered.items():
        assert (SCHEMA_DIR / file_name).read_text() == text, (
            f"{file_name} is stale: run `python -m schemas.export`"
        )
