"""Shared fixtures of the unit tests."""

import pytest
from spacy.language import Language

from streams.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The extractor's spaCy pipeline, loaded once for every test that parses text."""
    return load_nlp()
