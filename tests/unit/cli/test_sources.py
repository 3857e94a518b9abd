"""Articles from JSON, JSON Lines, and text files with a manifest."""

import json
from pathlib import Path

import pytest

from streams.cli.sources import SourceError, load_articles

REPO = Path(__file__).resolve().parents[3]
ARTICLE = {"id": "x1", "published_at": "2024-01-02T03:04:05Z", "body": "Body text."}


def test_seed_folder_takes_envelopes_from_the_manifest() -> None:
    articles = load_articles([REPO / "seeds"])
    manifest = json.loads((REPO / "seeds" / "manifest.json").read_text())["articles"]
    assert [a.id for a in articles] == [entry["id"] for entry in manifest]
    for article, entry in zip(articles, manifest, strict=True):
        assert article.published_at.isoformat().startswith(entry["published_at"][:19])
        assert article.body == (REPO / "seeds" / entry["file"]).read_text(encoding="utf-8")


def test_json_and_json_lines(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps(ARTICLE))
    (tmp_path / "many.json").write_text(json.dumps([{**ARTICLE, "id": "x2"}]))
    lines = [json.dumps({**ARTICLE, "id": f"l{i}"}) for i in range(3)]
    (tmp_path / "lines.jsonl").write_text("\n".join(lines) + "\n\n")
    ids = [a.id for a in load_articles([tmp_path])]
    assert ids == ["l0", "l1", "l2", "x2", "x1"]


def test_text_without_manifest_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text")
    with pytest.raises(SourceError, match="manifest"):
        load_articles([tmp_path / "a.txt"])


def test_invalid_record_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text(json.dumps(ARTICLE) + "\n" + json.dumps({"id": "y"}) + "\n")
    with pytest.raises(SourceError, match=r"bad.jsonl:2"):
        load_articles([tmp_path / "bad.jsonl"])
