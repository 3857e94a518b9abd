"""Which incident an article belongs to, from the article's own evidence.

1. The publisher's `incident_hint`, when set, decides: `hinted_incident_id(hint)`.
2. Otherwise the id is built from what the article says about its event:
   - the event type (`events.py`): earthquake, flood, fire, bombing, protests, ... rather
     than a broad family, so a bombing and a flood in one country never share an incident,
     and a follow-up whose vocabulary shifts (a protest becomes a crackdown) stays put;
   - the country where it happens (`places.py`): casualty sentences, the lede and the event
     word's own phrase weigh most; a cross-border event keeps the country of its origin;
   - the event's start (`when.py`) at its type's grain: the month for sudden events, the
     year for waves, read from the text ("the March 3 earthquake", "since July") so a crisis
     is not cut at a month boundary and a follow-up weeks later joins it;
   - for placed types (bombing, shooting, fire, crush, ...), the city or region, so two
     attacks in one country and month in different cities stay apart.

The id depends on the article alone, so the partition of any set of articles into incidents
and the ids are the same in any order, with duplicates, on any number of workers. Trade-offs:
an article that states no event date and is published in another month than the event (or
another year, for a wave) opens its own incident; a placed event whose reports name
different cities as the main place splits; two waves of one type in one country and year
(two protest movements) share an incident, as do two sudden events of one type, country and
month whose reports name the same place or, for types that are not placed, any place.
"""

from spacy.tokens import Doc

from schemas.article import CleanedArticle
from streams.incidents.events import event_type
from streams.incidents.label import hinted_incident_id, incident_id
from streams.incidents.places import main_country
from streams.incidents.when import anchor


def assign_incident(cleaned: CleanedArticle, doc: Doc) -> str:
    """The incident id of an article (see the module docstring for the rule)."""
    article = cleaned.article
    if article.incident_hint:
        return hinted_incident_id(article.incident_hint)
    event = event_type(doc)
    start = anchor(doc, event, article.published_at.date())
    return incident_id(main_country(doc, event), event.slug, start.year, start.month)
