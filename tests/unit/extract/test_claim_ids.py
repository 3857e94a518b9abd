"""Claim ids: the same for the same article and extractor version, other ids that sort alike
for another version, so that the fold's order within a sentence (and so the state) does not
follow the version."""

import datetime as dt

import pytest
from spacy.language import Language

from schemas.article import Article
from streams.clean.boilerplate import clean
from streams.extract import pipeline

BODY = (
    "At least 19 villagers were killed in the raids, 12 in Eastvale and 7 in Northmoor, and "
    "dozens were wounded, officials said on Sunday."
)


def _by_id(nlp: Language) -> list[tuple[str, str]]:
    """The claims' words and ids, in the order of their ids."""
    article = Article(id="v", published_at=dt.datetime(2025, 5, 4, tzinfo=dt.UTC), body=BODY)
    cleaned = clean(article)
    claims = pipeline.extract(cleaned, nlp(cleaned.text)).claims
    return sorted(
        (claim.claim_id, claim.model_dump_json(include={"scope", "value"})) for claim in claims
    )


def test_ids_differ_by_version_but_sort_alike(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _by_id(nlp)
    assert _by_id(nlp) == first and len(first) >= 4
    for version in ("2.0.0", "3.0.0", "4.0.0", "5.0.0"):
        monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", version)
        other = _by_id(nlp)
        assert not {i for i, _ in first} & {i for i, _ in other}
        assert [words for _, words in other] == [words for _, words in first]
