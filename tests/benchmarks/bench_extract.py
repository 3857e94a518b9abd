"""Extraction speed against the bare spaCy pipeline, on the seeds plus any JSON Lines corpus.

Usage: python tests/benchmarks/bench_extract.py [corpus.jsonl ...] [--repeat N]
Prints words/s for bare `nlp.pipe` and for the full extraction (cleaning, the same pipeline,
rules, names) on the same texts in the same process, and their ratio.
"""

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from schemas.article import Article  # noqa: E402
from streams.clean.boilerplate import clean  # noqa: E402
from streams.extract.nlp import load_nlp  # noqa: E402
from streams.extract.pipeline import extract_many  # noqa: E402


def seeds() -> list[Article]:
    manifest = json.loads((ROOT / "seeds" / "manifest.json").read_text(encoding="utf-8"))
    return [
        Article(
            id=entry["id"],
            published_at=entry["published_at"],
            body=(ROOT / "seeds" / entry["file"]).read_text(encoding="utf-8"),
        )
        for entry in manifest["articles"]
    ]


def corpus(path: Path) -> list[Article]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Article.model_validate_json(line) for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = seeds() + [a for path in args.corpora for a in corpus(path)]
    nlp = load_nlp()
    words = sum(len(a.body.split()) for a in articles) * args.repeat
    list(nlp.pipe(a.body for a in articles[:3]))  # warm up

    start = time.perf_counter()
    for _ in range(args.repeat):
        for _doc in nlp.pipe((a.body for a in articles), batch_size=16):
            pass
    bare = words / (time.perf_counter() - start)

    start = time.perf_counter()
    claims = 0
    for _ in range(args.repeat):
        cleaned = [clean(a) for a in articles]
        claims = sum(len(one.claims) for one in extract_many(cleaned, nlp, batch_size=16))
    full = words / (time.perf_counter() - start)

    print(f"articles: {len(articles)}  words: {words}  claims per pass: {claims}")
    print(f"bare nlp.pipe:   {bare:10.0f} words/s")
    print(f"full extraction: {full:10.0f} words/s")
    print(f"ratio:           {full / bare:10.2f}")


if __name__ == "__main__":
    main()
