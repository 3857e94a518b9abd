"""The benchmark corpus: deterministic, sized as promised, valid articles, several incidents."""

import json
import re
from pathlib import Path

from schemas.article import Article
from tests.benchmarks.corpus import COUNTRIES, MAX_WORDS, MIN_WORDS, generate, main, variants

COUNT = 60


def _write(path: Path, seed: int) -> bytes:
    main(["--articles", str(COUNT), "--seed", str(seed), "--out", str(path)])
    return path.read_bytes()


def test_same_seed_same_bytes_and_other_seed_other_bytes(tmp_path: Path) -> None:
    first = _write(tmp_path / "a.jsonl", 5)
    assert first == _write(tmp_path / "b.jsonl", 5)
    assert first != _write(tmp_path / "c.jsonl", 6)


def test_every_line_is_a_valid_article_in_publication_order(tmp_path: Path) -> None:
    lines = _write(tmp_path / "corpus.jsonl", 11).decode().splitlines()
    assert len(lines) == COUNT
    articles = [Article.model_validate_json(line) for line in lines]
    assert len({article.id for article in articles}) == COUNT
    assert all(article.language == "en" and article.published_at.tzinfo for article in articles)
    assert all(json.loads(line)["url"].startswith("https://") for line in lines)
    times = [article.published_at for article in articles]
    assert times == sorted(times)


def test_word_counts_stay_in_range() -> None:
    words = [len(record["body"].split()) for record in generate(200, 2)]
    assert min(words) >= MIN_WORDS
    assert max(words) <= MAX_WORDS
    assert max(words) - min(words) > 400  # lengths vary, not one size


def test_several_incidents_of_several_kinds_run_at_once() -> None:
    records = generate(200, 3)
    countries = {
        name for record in records for name, *_ in COUNTRIES if f", {name} —" in record["body"]
    }
    assert len(countries) >= 6
    bodies = " ".join(record["body"] for record in records)
    for kind in ("the protests", "the floods", "the earthquake", "the bombing", "the crackdown"):
        assert f"aftermath of {kind}" in bodies


def test_figures_come_in_the_forms_news_uses() -> None:
    bodies = " ".join(record["body"] for record in generate(300, 4))
    assert "More than " in bodies and "About " in bodies
    assert re.search(r"\b(Dozens|Hundreds|Scores) of people were", bodies)
    assert re.search(r"\d+ protesters and \w+ police officers were", bodies)
    assert re.search(r"The earlier figure of [\d,]+ \w+ was an error; the toll is [\d,]+", bodies)
    assert re.search(r"(dismissed|resigned|arrested|detained|sacked|stepped down)", bodies)


def test_a_person_has_several_spellings() -> None:
    spellings = variants("Rustam Kholmatov")
    assert spellings[0] == "Rustam Kholmatov"
    assert "Kholmatov" in spellings and "Rustam Holmatov" in spellings
    assert len(set(spellings)) == len(spellings) >= 4
