"""Which incident an article belongs to, from the article's own evidence.

1. The publisher's `incident_hint`, when set, decides: `hinted_incident_id(hint)`.
2. Otherwise the id is `{country}-{type}-{yyyy}` or `{country}-{type}-{yyyy}-{mm}`, built from
   what the article says about its event:
   - the event type (`events.py`): earthquake, flood, fire, collapse, bombing, shooting,
     protests, conflict, ... rather than a broad family, so a bombing and an ambush in one
     country and month are two incidents, and a follow-up whose vocabulary shifts (a protest
     becomes a crackdown, a tower that fell in a quake) stays with its event;
   - the country where it happens (`places.py`): casualty sentences, the lede and the event
     word's own phrase weigh most, a passing mention of another country little; a
     cross-border event keeps the country of its origin ("the earthquake centred in X");
   - the event's start (`when.py`), read from the text ("the March 3 earthquake", "killed
     earlier in November", "protests since July"), at the type's grain: the month for
     sudden events, the year for waves (protests, wars, epidemics), so a follow-up weeks
     later joins its event and a protest wave is not cut at each month boundary.

The id depends on the article alone, so the partition of any set of articles into incidents
and the ids are the same in any order, with duplicates, on any number of workers, and a
worker needs no view of other articles, no merges and no tombstones. The price is what one
article cannot know:
- a follow-up that states no event date and appears in a later month (a later year, for a
  wave) opens its own incident; a month-long crisis that starts near a month's end is most
  exposed;
- an article that never names the country of the event (a report from next door on damage
  from a foreign earthquake) is filed under the country it names;
- two events of one type in one country and month (one year, for waves) share an incident:
  two bombings in two cities in one month, two protest movements in one year. A city or
  region in the id would separate them, but reports of one event name different places
  (the city, its province, the capital where officials speak) and split it far more often.
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
    event = event_type(doc, article.title)
    start = anchor(doc, event, article.published_at.date())
    return incident_id(main_country(doc, event), event.slug, start.year, start.month)
