"""Articles from files: JSON, JSON Lines, or text files whose envelope is in a manifest.json.

A folder means every article in it. Text files take their envelope (id, published_at, outlet...)
from the `articles` list of the folder's `manifest.json`, matched by `file`, as in seeds/.
"""

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from schemas.article import Article

MANIFEST = "manifest.json"
_ENVELOPE_ONLY = ("file", "date_basis")


class SourceError(ValueError):
    """A file that holds no valid article, with where and why."""


def load_articles(paths: Sequence[Path]) -> list[Article]:
    return [article for path in paths for article in _articles_in(path)]


def raw_records(paths: Sequence[Path]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, record) for every article record in the paths, before validation."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.name != MANIFEST)
            yield from raw_records([p for p in files if p.suffix in {".json", ".jsonl", ".txt"}])
        elif path.suffix == ".jsonl":
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    yield f"{path}:{number}", _json_object(_parse(line, f"{path}:{number}"), path)
        elif path.suffix == ".json":
            loaded = _parse(path.read_text(encoding="utf-8"), str(path))
            for index, record in enumerate(loaded if isinstance(loaded, list) else [loaded]):
                yield f"{path}[{index}]", _json_object(record, path)
        elif path.suffix == ".txt":
            yield str(path), _text_record(path)
        else:
            raise SourceError(f"{path}: not a folder, .json, .jsonl or .txt file")


def _articles_in(path: Path) -> Iterator[Article]:
    for where, record in raw_records([path]):
        try:
            yield Article.model_validate(record)
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "article"
            raise SourceError(f"{where}: {field}: {first['msg']}") from None


def _parse(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceError(f"{where}: not JSON: {error}") from None


def _json_object(record: Any, where: Path) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise SourceError(f"{where}: expected a JSON object per article")
    return record


def _text_record(path: Path) -> dict[str, Any]:
    manifest = path.parent / MANIFEST
    if not manifest.exists():
        raise SourceError(f"{path}: a text article needs a {MANIFEST} beside it for its envelope")
    entries = json.loads(manifest.read_text(encoding="utf-8")).get("articles", [])
    envelope = next((entry for entry in entries if entry.get("file") == path.name), None)
    if envelope is None:
        raise SourceError(f"{path}: no entry for {path.name!r} in {manifest}")
    record = {key: value for key, value in envelope.items() if key not in _ENVELOPE_ONLY}
    record.setdefault("id", path.stem)
    record["body"] = path.read_text(encoding="utf-8")
    return record
