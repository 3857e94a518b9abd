"""The event types an article can report, and the words that name each: one row of
`EVENT_TYPES` per type (earthquake, flood, fire, bombing, protests, ...), matched on a token's
lowercase form, lemma or singular (`type_of_token`). Words used for something else name no
type: "opened fire" is gunfire, not a blaze (`_NOT_AFTER`), nor is "police fire tear gas"
(`_NOT_BEFORE`), "shops closed in protest" names no
protest (`_IDIOMS`), and "protesters stormed the building" is no storm (verbs count only in
the very form a row lists).

`grain` says how an incident of the type is anchored in time (see `when.py`): `month` for
sudden events, `year` for waves that run for months (a protest movement and its crackdown, a
war with its air strikes and shelling, an epidemic).
"""

from typing import Literal, NamedTuple

from spacy.tokens import Token

Grain = Literal["month", "year"]


class EventType(NamedTuple):
    slug: str
    grain: Grain
    cause: bool
    words: frozenset[str]
    follows: frozenset[str]  # the causes this type is a consequence of
    # Words that name the type but are used of others too, voting as if no casualty were
    # near (`events.py`): an "attack" is most often gunmen's, but protests and bombings
    # have their attacks too.
    weak: frozenset[str] = frozenset()


def _row(
    slug: str, grain: Grain, cause: bool, words: str, follows: str = "", weak: str = ""
) -> EventType:
    return EventType(
        slug,
        grain,
        cause,
        frozenset(words.split()) | frozenset(weak.split()),
        frozenset(follows.split()),
        frozenset(weak.split()),
    )


EVENT_TYPES: tuple[EventType, ...] = (
    _row("earthquake", "month", True, "earthquake quake tremor aftershock temblor seismic"),
    _row("tsunami", "month", True, "tsunami", follows="earthquake"),
    _row("storm", "month", True,
         "cyclone hurricane typhoon storm tornado rainstorm downpour cloudburst rains monsoon "
         "sandstorm duststorm thunderstorm hailstorm snowstorm windstorm blizzard"),
    # A burst dam's flood begins at the dam: "a dam in X gave way".
    _row("flood", "month", True,
         "flood flooding flooded floodwater deluge inundation inundated", follows="storm",
         weak="dam"),
    _row("eruption", "month", True, "eruption volcano volcanic lava"),
    _row("landslide", "month", False, "landslide mudslide mudflow rockslide avalanche",
         follows="earthquake storm flood"),
    _row("wildfire", "month", False, "wildfire bushfire"),
    _row("fire", "month", False, "fire blaze inferno", follows="crash explosion"),
    _row("collapse", "month", False, "collapse collapsed rubble cave caved",
         follows="earthquake storm flood"),
    _row("crush", "month", False, "stampede crush trampled trampling"),
    _row("crash", "month", False,
         "crash derailment derail derailed capsize capsized capsizing sinking sank shipwreck "
         "overturned wreck wreckage collision collided"),
    _row("bombing", "month", False, "bombing bomb bomber explosive suicide ied grenade"),
    # A blast alone may be an accident's: an attack's when the article names a bomb too.
    _row("explosion", "month", False, "explosion blast", follows="bombing"),
    _row("protests", "year", False,
         "protest protester protestor demonstration demonstrator rally riot rioter unrest "
         "uprising revolt crackdown curfew", follows="coup"),
    # An armed robbery or a hostage-taking is an attack by armed men, as a shooting is.
    _row("shooting", "month", False,
         "shooting gunman gunmen ambush massacre bandit robbery robber heist",
         weak="attack attacker hostage"),
    # A mob that beats someone to death: an attack at one spot, as a shooting is.
    _row("lynching", "month", False, "lynching lynched lynch"),
    _row("coup", "month", False, "coup mutiny mutineer putsch"),
    _row("conflict", "year", False,
         "war fighting offensive insurgent insurgency militia rebel frontline ceasefire "
         "airstrike drone missile shelling bombardment artillery"),
    _row("epidemic", "year", False,
         "outbreak epidemic cholera dengue measles diphtheria ebola mpox typhoid meningitis",
         follows="flood storm earthquake"),
    _row("heatwave", "year", False, "heatwave heatstroke"),
    _row("drought", "year", False, "drought famine"),
    _row("poisoning", "month", False, "poisoning hooch moonshine methanol liquor"),
)  # fmt: skip

BY_SLUG = {row.slug: row for row in EVENT_TYPES}
# Events at one spot, each of its own even when a hazard brings it about: a building's collapse.
AT_ONE_SPOT = frozenset({"collapse"})
# The storm row's words for a season's weather rather than a storm: a roof that caves in
# during the rains is no storm's, and the season's running toll is no count of it.
SEASONAL_WEATHER = frozenset({"rains", "monsoon", "downpour", "downpours"})
# An article that names no event type: kept apart per country and month.
UNTYPED = EventType("incident", "month", False, frozenset(), frozenset())

# Lemmas and forms that tell of deaths or injuries ("deadline" and "diesel" do not).
DEATH_OR_INJURY = frozenset(
    {"kill", "killing", "dead", "deadly", "death", "die", "injure", "injured", "injury",
     "wound", "wounded", "victim", "bodies", "fatality", "casualty", "toll", "hurt",
     "hospitalised", "hospitalized", "missing"}
)  # fmt: skip
# word -> head lemmas after which it names something else, also through a preposition:
# "opened fire", "came under fire", and the arson of a riot or a raid ("set fire to shops",
# "set houses on fire"), which a report on a fire would not call its event alone.
_NOT_AFTER = {"fire": frozenset({"open", "return", "exchange", "draw", "cease", "come", "set"})}
# word -> nouns it names a kind of, in a compound: the firefighters who answer every
# disaster ("the fire brigade said", "fire crews cut them free") tell of no fire.
_RESPONDERS = {
    # And the means of fighting or escaping fires ("fire-fighting equipment", "fire exits",
    # "a fire safety audit"), which a report on a fire names of the building it tells of.
    "fire": frozenset({
        "brigade", "service", "department", "station", "crew", "engine", "truck", "officer",
        "chief", "fighter", "fight", "fighting", "safety", "extinguisher", "alarm", "exit",
        "escape", "hydrant", "door", "drill", "audit", "certificate", "clearance", "code",
    })
}  # fmt: skip
# word -> next words after which it is a verb of something else, however a headline is
# tagged: "police fire tear gas", "protesters storm parliament"; never after an article or a
# possessive ("the storm", "a fire"), and never a preposition ("Fire at market kills 12").
_NOT_BEFORE = {
    "fire": frozenset({
        "tear", "teargas", "gas", "shot", "shots", "bullet", "bullets", "rubber", "live",
        "warning", "water", "rocket", "rockets", "round", "rounds", "pellet", "pellets",
        "cannon", "mortar", "mortars",
    }),
    "storm": frozenset({
        "parliament", "palace", "headquarters", "compound", "prison", "embassy", "capitol",
        "offices",
    }),
    # "troops crush mutiny": putting down a revolt, no crowd crush.
    "crush": frozenset({
        "mutiny", "revolt", "rebellion", "uprising", "protest", "protests", "dissent", "coup",
        "rebels", "opposition",
    }),
    # "hospitals were flooded with patients", "inundated with calls".
    "flooded": frozenset({"with"}),
    "inundated": frozenset({"with"}),
}  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
# Word pairs that name no event: "shops closed in protest" tells how, not of a protest;
# "called it a political lynching": a figure of speech; "fire-fighting equipment" is no war.
_IDIOMS = frozenset({
    ("in", "protest"), ("political", "lynching"), ("media", "lynching"), ("-", "fighting"),
})  # fmt: skip
# What tells a time by an event to come, which is no event of the report.
_UNTIL = frozenset({"before", "until", "till"})
# word -> what it names no event "of": an "outbreak of violence" is no epidemic.
_NOT_OF = {
    "outbreak": frozenset({
        "violence", "fighting", "clashes", "hostilities", "unrest", "war", "riots", "rioting",
    }),
}  # fmt: skip


def has_casualty(tokens: list[Token]) -> bool:
    return any(t.lower_ in DEATH_OR_INJURY or t.lemma_ in DEATH_OR_INJURY for t in tokens)


BY_WORD = {word: row for row in reversed(EVENT_TYPES) for word in row.words}


def type_of_token(token: Token) -> EventType | None:
    """The event type `token` names, or None. A verb names one only in the very form a row
    lists ("collapsed"): "stormed the parliament" is no storm."""
    if token.pos_ == "VERB":
        forms: tuple[str, ...] = (token.lower_,)
    else:
        # A capitalised plural ("Floods in ...") is often tagged a proper noun and keeps its
        # "s" in the lemma.
        forms = (token.lower_, token.lemma_.lower(), token.lower_.removesuffix("s"))
    if not any(form in BY_WORD for form in forms):
        return None  # most words: the checks below read their neighbours
    if token.i > 0 and (token.nbor(-1).lower_, token.lower_) in _IDIOMS:
        return None
    if token.dep_ == "pobj" and token.head.lower_ in _UNTIL:
        return None  # "cases peak in the dry months before the rains": a season, no event
    for form in forms:
        row = BY_WORD.get(form)
        if row is not None:
            head = token.head.head if token.head.dep_ == "prep" else token.head
            if head.lemma_.lower() in _NOT_AFTER.get(form, frozenset()):
                return None
            if token.dep_ in ("compound", "npadvmod") and token.head.lemma_.lower() in (
                _RESPONDERS.get(form, frozenset())
            ):
                return None
            following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
            preceding = token.nbor(-1).lower_ if token.i > 0 else ""
            if _used_as_verb(form, preceding, following) or _of_another(token, form):
                return None
            return row
    return None


def _of_another(token: Token, form: str) -> bool:
    doc, after = token.doc, token.i + 2
    return (
        form in _NOT_OF
        and after < len(doc)
        and doc[after - 1].lower_ == "of"
        and doc[after].lower_ in _NOT_OF[form]
    )


def type_of_title_word(words: list[str], index: int) -> EventType | None:
    """The event type the `index`-th lowercase word of a headline names, or None; a headline
    is read from its words alone (its tags are unreliable), with the same exceptions as
    `type_of_token`: "Gunmen open fire", "Police fire tear gas", "Shops shut in protest"."""
    word = words[index]
    form = word if word in BY_WORD else word.removesuffix("s")
    row = BY_WORD.get(form)
    before = words[index - 1] if index > 0 else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    if (
        row is None
        or _used_as_verb(form, before, after)
        or any(_inflected(before, verb) for verb in _NOT_AFTER.get(form, frozenset()))
        or after.removesuffix("s") in _RESPONDERS.get(form, frozenset())
        or (before, word) in _IDIOMS
    ):
        return None
    return row


# Endings of a verb's forms in a headline: "opens", "opened", "setting" (not "settlement").
_ENDINGS = frozenset({"", "s", "d", "ed", "es", "ing", "n", "ting"})


def _inflected(word: str, verb: str) -> bool:
    return word.startswith(verb) and word[len(verb) :] in _ENDINGS


def _used_as_verb(form: str, before: str, after: str) -> bool:
    """ "police fire tear gas", "police fire on strikers", "crowds storm parliament": the
    word's verb, by the words around it; and a word that names an event only as the start of
    a hyphened one ("a cave-in", not "a cave")."""
    if form in _ONLY_BEFORE:
        return after not in _ONLY_BEFORE[form]
    if form == "fire" and before in _FIRING:
        return True
    return before not in _DETERMINERS and after in _NOT_BEFORE.get(form, frozenset())


# "Police fire on strikers", "troops fire into a crowd" (a headline's slug drops the "on"):
# gunfire, as "opened fire" is.
_FIRING = frozenset({"police", "troops", "soldiers", "forces", "gunmen", "officers", "guards"})

# Words that name an event only before these: the tokenizer splits "cave-in" (a headline's
# words, which lose the hyphen, never name it); a shaft "caved in".
_ONLY_BEFORE = {"cave": frozenset({"-"}), "caved": frozenset({"in"})}
