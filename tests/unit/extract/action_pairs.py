"""What the action rules find in a text, as the (action, subject) pairs the rule tests compare."""

import datetime as dt

from spacy.language import Language

from streams.extract.actions import find_actions

# A country no rule knows, so that nothing is found by a country's name.
COUNTRY = "Freedonia"


def action_pairs(nlp: Language, text: str, published: dt.date) -> set[tuple[str, str]]:
    return {(a.action, a.subject) for a in find_actions(nlp(text), published, COUNTRY)}
