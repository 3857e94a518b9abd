"""Writes the JSON Schema of every message beside the models: `python -m schemas.export`."""

import json
import sys
from pathlib import Path

from pydantic import BaseModel, TypeAdapter

from schemas.article import Article
from schemas.change import StateChange
from schemas.claim import Claim
from schemas.dead_letter import DeadLetter
from schemas.state import IncidentState

SCHEMA_DIR = Path(__file__).parent / "json"

MESSAGES: dict[str, type[BaseModel] | TypeAdapter[object]] = {
    "Article": Article,
    "Claim": TypeAdapter(Claim),
    # A `claims` message: the claims of one article under one incident.
    "Claims": TypeAdapter(list[Claim]),
    "IncidentState": IncidentState,
    "StateChange": StateChange,
    "DeadLetter": DeadLetter,
}


def render_all() -> dict[str, str]:
    """File name -> JSON Schema text, for every message."""
    rendered = {}
    for name, model in MESSAGES.items():
        schema = model.model_json_schema() if isinstance(model, type) else model.json_schema()
        schema.setdefault("title", name)
        rendered[f"{name}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return rendered


def main() -> int:
    SCHEMA_DIR.mkdir(exist_ok=True)
    for file_name, text in render_all().items():
        (SCHEMA_DIR / file_name).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
