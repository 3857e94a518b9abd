"""What one article says about its event: the evidence linking compares (`link.py`)."""

from spacy.tokens import Doc

from schemas.article import CleanedArticle
from schemas.evidence import IncidentEvidence
from streams.extract.entities import entities
from streams.incidents.events import event_type, named_often
from streams.incidents.gazetteer import key
from streams.incidents.headline import headline
from streams.incidents.places import country_weights, event_places, heaviest, main_place
from streams.incidents.when import event_day, event_start

# A country weighs in the article when its mentions weigh at least this share of the main
# country's: the neighbour a cross-border event also struck, not a passing comparison.
_COUNTRY_SHARE = 0.25


def incident_evidence(cleaned: CleanedArticle, doc: Doc) -> IncidentEvidence:
    """The evidence of one article; `doc` is the parse of `cleaned.text`."""
    article = cleaned.article
    published = article.published_at.date()
    title = headline(article)
    event = event_type(doc, title)
    weights = country_weights(doc, event, title)
    country = heaviest(weights.full, weights.named)
    # Every country where much happens, the epicentre's bonus aside: a report on a tower
    # that fell next door names the neighbour as often as the quake's country.
    local = +weights.local  # a country named only as a voice or a victim's origin weighs 0
    top = max(local.values(), default=0)
    return IncidentEvidence(
        article_id=article.id,
        published=published,
        event=event.slug,
        grain=event.grain,
        also=sorted(named_often(doc, title) - {event.slug}),
        country=country,
        countries=sorted(name for name, w in local.items() if w >= _COUNTRY_SHARE * top),
        place=main_place(doc, event, title),
        places=sorted(event_places(doc, event, title)),
        people=sorted({key(e.text) for e in entities(doc) if e.label_ == "PERSON" and len(e) >= 2}),
        start=event_start(doc, event, published, title),
        day=event_day(doc, event, published),
        hint=article.incident_hint,
    )
