"""Action constructions read as spaCy DependencyMatcher rows, one row a construction.

Each row names the trigger node, the node acted on ("target"), the action (looked up by the
lemma of one node, the trigger unless the row says otherwise), and an invented sentence the
row must read with the subject it must find there; tests run every row's sentence. A new
construction is a new row. `actions.py` resolves each target to a person or body the same way
for every row, and checks that the trigger is asserted.
"""

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab
from thinc.types import Ints2d

from schemas.claim import Action
from streams.extract.lexicon import RELATIVE_PRONOUNS
from streams.names.canonical import BODY_WORDS

# Nouns of actions, shared by the rows below and the announced actions of actions.py.
ACTION_NOUNS: dict[str, Action] = {
    "dismissal": "dismissed", "removal": "dismissed", "ouster": "dismissed",
    "sacking": "dismissed", "resignation": "resigned",
    "arrest": "arrested", "detention": "detained", "release": "released",
    "appointment": "appointed",
}  # fmt: skip
# Read when they name their subject: "X's resignation", "the suspension of X".
# "the cessation of X as delegate", as translated reports say.
NOUN_ACTIONS: dict[str, Action] = {
    **ACTION_NOUNS, "suspension": "dismissed", "cessation": "dismissed", "charging": "charged",
}  # fmt: skip
# Who the police name before a charge: "named as suspects", "identified the bomber as X".
SUSPECTS = [
    "suspect", "accused", "bomber", "attacker", "gunman", "assailant", "perpetrator",
    "culprit", "mastermind", "shooter", "ringleader",
]  # fmt: skip
# Words that make suspects of the people they describe: "the accused shareholders, X and Y".
_CALLED_SUSPECTS = ["accuse", "accused", "suspect", "suspected"]
# Words that make a role a suspect's: "named X as the suspected leader", "the alleged gunman".
SUSPECTED = ["suspected", "alleged", "presumed", "accused"]
# Roles that "alleged" makes no suspect's: "the alleged victim, X".
_NO_OFFENDERS = ["victim", "survivor", "witness", "target", "hostage", "whistleblower"]
# Who leads an armed group, and the groups, as a report on an attack names them: "the
# leader of the attackers", "the organiser of the group".
_LEADERS = ["leader", "ringleader", "organiser", "organizer", "commander", "head", "chief"]
_ARMED_GROUPS = [
    "attacker", "gunman", "militant", "assailant", "raider", "insurgent", "fighter", "gang",
    "cell", "bomber",
]  # fmt: skip
# Verbs that treat someone as a suspect: "named X as a suspect", "questioned as a suspect".
# "determined X as a suspect", "designated", "presented", as translated reports say.
_AS_A_SUSPECT = [
    "name", "identify", "list", "summon", "treat", "consider", "question", "interrogate",
    "determine", "designate", "declare", "present",
]  # fmt: skip
# Verbs that open a case, or a court that takes one up: "filed a case against X", "the court
# admitted a complaint against X".
_OPENING_CASES = ["open", "launch", "file", "bring", "initiate", "accept", "admit", "submit"]
# What is opened against someone; "filed three counts of negligence against X".
_PROCEEDINGS = [
    "proceeding", "proceedings", "case", "charge", "lawsuit", "chargesheet", "sheet", "count",
]  # fmt: skip
# What one is discharged from as a dismissal: "discharged from the force" (not "from hospital").
_FORCES = ["force", "police", "army", "military", "service", "navy", "corps", "regiment"]
# Documents of a prosecution, which accuse the people they charge: "the indictment accuses X".
_CHARGE_SHEETS = ["sheet", "chargesheet", "indictment", "charge"]
# Posts that head something, which an assembly elects someone to in a crisis.
_HEADS = ["president", "premier", "chancellor", "governor", "mayor", "speaker", "chairman"]
# Posts one is named to: "was named acting prime minister", "confirmed X as speaker".
POSTS = [
    "president", "minister", "premier", "chancellor", "governor", "mayor", "chief", "head",
    "director", "commissioner", "secretary", "chairman", "chairwoman", "chair", "chairperson",
    "speaker", "commander", "ambassador", "judge", "justice", "adviser", "advisor", "inspector",
    "superintendent", "member", "leader", "deputy", "prosecutor", "envoy", "administrator",
    "successor", "caretaker", "spokesman", "spokesperson", "general", "officer", "nominee",
    "coordinator", "manager", "supervisor", "representative", "czar", "tsar", "ceo",
]  # fmt: skip
# Verbs that choose someone for a post: "confirmed X as speaker", "installed X as governor"
# (lemmatised "instal").
# "posted as commissioner": a civil servant sent to a post, as South Asian reports say.
_CHOOSING = [
    "name", "confirm", "elect", "choose", "select", "designate", "instal", "pick", "post",
]  # fmt: skip
# "was promoted to head the ministry".
_NAMING = ["name", "appoint", "choose", "select", "designate", "pick", "tap", "promote"]
# What someone is named to do: "was named to lead the inquiry", "picked X to head the agency".
_LEADING = ["lead", "head", "run", "chair", "oversee", "replace", "succeed"]
# Who is given a post's duties without its title: "assigned X to take charge of Y".
_ASSIGNING = ["assign", "task", "entrust", "depute", "name", "appoint", "designate"]
_TAKING_CHARGE = ["take", "assume", "carry", "perform", "discharge"]
_CHARGES_TAKEN = ["charge", "duty", "duties", "function", "functions", "responsibility"]
# Posts one becomes only by appointment or election, not "became a leader of the protests".
_OFFICES = ["president", "minister", "premier", "chancellor", "governor", "mayor", "speaker"]
ASSEMBLIES = [
    "parliament", "house", "assembly", "cabinet", "government", "council", "legislature",
    "senate", "congress", "board", "commission", "committee",
]  # fmt: skip
_ACTED_ON = {"IN": ["nsubjpass", "dobj"]}
# Those who capture a suspect ("captured by migration agents"), not soldiers or gunmen, whose
# captives are prisoners of war or hostages.
# Words, not lemmas: the lemmatiser leaves a capitalised "Police" as it is.
_LAW_OFFICERS = [
    "police", "policeman", "policemen", "policewoman", "officer", "officers", "agent", "agents",
    "detective", "detectives", "investigator", "investigators", "authorities", "gendarmes",
    "guard", "guards", "constable", "constables", "interpol",
]  # fmt: skip
# Those whose accusation names a suspect: "police accused X of ...", "prosecutors accuse X".
_ACCUSERS = [*_LAW_OFFICERS, "prosecutor", "prosecutors", "prosecution"]
_PLACES_OF_CUSTODY = ["custody", "detention", "jail", "prison", "remand"]
# Verbs a court orders someone held by: "ordered X to be detained".
_DETAINING = ["detain", "jail", "remand", "imprison"]
# Verbs of being held on remand: "is being questioned on remand", "remains on remand".
_ON_REMAND = ["be", "remain", "stay", "question", "interrogate", "hold", "keep"]
# Where the police bring someone they hold: "produced before a magistrate".
COURTS = ["court", "magistrate", "judge", "tribunal"]
# A body just formed, whose head is thereby appointed: "an interim council headed by X", "a
# five-member panel chaired by X"; not "the caretaker cabinet, headed by X", one that stands.
# Documents that name the accused: "named in the case", "nominated in the FIR", "named in
# arrest warrants".
CASES = [
    "case", "fir", "complaint", "chargesheet", "indictment", "reference", "warrant", "warrants",
]  # fmt: skip
# A body that heads a new one appoints no one: "a committee headed by the health ministry".
_NOT_HEADS = sorted(BODY_WORDS)
_PORTFOLIOS = ["docket", "portfolio", "ministry", "department"]
_FRESH = ["interim", "new", "caretaker", "transitional", "provisional", "member", "probe"]
# Bodies set up to look into a crisis, whose members are thereby appointed: "members of the
# inquiry commission" (not an "investigation meeting" someone chairs).
_INQUIRIES = [*_FRESH, "inquiry", "investigation", "investigative"]
_POST_DEPS = ["oprd", "attr", "dobj"]
# An action only spoken of: "the potential release of X".
_UNREAL = frozenset({"potential", "possible", "proposed", "planned", "expected", "imminent"})
_PASSIVE = {"DEP": "auxpass"}
# Someone's successor: "her replacement, X", "his successor is X"; not one only spoken of.
SUCCESSORS = ["successor", "replacement"]
_MAYBE = _UNREAL | {"likely", "probable"}
# A going announced as not to come, or only on a condition: "announced that she would not
# resign", "would resign if the inquiry found fault".
_NOT = frozenset({"not", "never", "if", "unless"})
# "placed under suspension", "placed under detention" ("under arrest" and "under house
# arrest" are custody to actions.py).
# "placed under examination" is the formal charge of French law ("mis en examen"), as
# translated reports say.
_PLACED_UNDER: dict[str, Action] = {
    "detention": "detained", "suspension": "dismissed", "examination": "charged",
}  # fmt: skip
# What was done to those a report then names: "Those arrested were identified as X".
_HELD_NAMED: dict[str, Action] = {
    "arrest": "arrested", "apprehend": "arrested", "nab": "arrested", "detain": "detained",
    "hold": "detained", "charge": "charged",
}  # fmt: skip
# What was done to a group, some of whom a report then names: "the officers suspended on
# Monday, including X".
_ONES_HELD: dict[str, Action] = {
    "arrest": "arrested", "detain": "detained", "charge": "charged", "suspend": "dismissed",
    "dismiss": "dismissed", "sack": "dismissed",
}  # fmt: skip
# "sent on remand", "placed on leave" or "on suspension" (an official suspended).
_SENT_ON: dict[str, Action] = {
    "remand": "detained", "leave": "dismissed", "suspension": "dismissed",
}  # fmt: skip
# What a firm holds that a regulator suspends: "suspended X's mining licence".
PERMITS = ["licence", "license", "permit", "certificate", "registration", "accreditation"]
# What one is stripped of: "stripped of his post", "of his command".
_STRIPPED_OF = ["post", "position", "role", "office", "duty", "title", "portfolio", "command"]
# What one gives up of one's own: "gave up her seat", "relinquished his post".
_OWN_POSTS = ["seat", "post", "position", "office", "job", "role", "portfolio", "command"]
# What an official is taken off: "taken off duty", "off the roster".
_DUTIES = ["duty", "duties", "roster", "rota", "shift", "case"]


def _verb(lemmas: list[str], **attrs: Any) -> dict[str, Any]:
    return {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": lemmas}, **attrs}}


def _child(parent: str, node: str, **attrs: Any) -> dict[str, Any]:
    return {"LEFT_ID": parent, "REL_OP": ">", "RIGHT_ID": node, "RIGHT_ATTRS": attrs}


def _parent(child: str, node: str, **attrs: Any) -> dict[str, Any]:
    return {"LEFT_ID": child, "REL_OP": "<", "RIGHT_ID": node, "RIGHT_ATTRS": attrs}


def _before(word: str, node: str, **attrs: Any) -> dict[str, Any]:
    """The word right before `word`, whatever the parse makes of either."""
    return {"LEFT_ID": word, "REL_OP": ";", "RIGHT_ID": node, "RIGHT_ATTRS": attrs}


def _below(ancestor: str, node: str, **attrs: Any) -> dict[str, Any]:
    """A node anywhere under `ancestor`: on it or, as the parser may hang it, on a word of it."""
    return {"LEFT_ID": ancestor, "REL_OP": ">>", "RIGHT_ID": node, "RIGHT_ATTRS": attrs}


@dataclass(frozen=True)
class Row:
    name: str
    # Lemma of the `key` node -> action; a row read `after` a sentence takes, instead, the
    # action that sentence tells, and its lemmas only say which key words it reads.
    actions: Mapping[str, Action]
    pattern: list[dict[str, Any]]
    example: str
    expected: tuple[Action, str]
    key: str = "trigger"
    # Lemmas the trigger, the key node or the post may not govern, or their words: "held
    # responsible" is blame and "held by gunmen" a kidnapping, not custody; "named X as the
    # suspected leader" is no appointment.
    without: frozenset[str] = frozenset()
    # Read only when nothing else in the article is said of the subject: being called a
    # suspect beside an arrest is the arrest, being replaced after resigning the resignation.
    weak: bool = False
    detail: str | None = None
    # Whether the names listed with the target share the action; not "X (released), Y".
    listed: bool = True
    # Lemmas one of which the sentence before must hold, and the action the first one tells:
    # "Among them is X" reads only after a sentence on arrests, detentions or suspensions.
    after: Mapping[str, Action] = field(default_factory=dict)
    # Two nodes with no verb between them: a node found only by its place in the sentence.
    verbless: tuple[str, str] | None = None


# A sentence before on arrests or suspensions, which "them" in the next one refers to, and
# what it tells was done to them.
_HELD_BEFORE: Mapping[str, Action] = {
    "arrest": "arrested", "detain": "detained", "detention": "detained", "custody": "detained",
    "abduction": "detained", "abduct": "detained",
    "suspend": "dismissed", "suspension": "dismissed", "interdict": "dismissed",
}  # fmt: skip


def _named_as(pronouns: list[str], dep: str) -> list[dict[str, Any]]:
    """ "They were named as X", "named them as X": the pronoun, the passive subject or the
    object (one pattern cannot take both), is the key node "pronoun"; the names after "as" the
    target."""
    return [
        _verb(["name", "identify"]),
        _child("trigger", "pronoun", DEP=dep, LOWER={"IN": pronouns}),
        _child("trigger", "as", DEP="prep", LOWER="as"),
        _child("as", "target", DEP="pobj"),
    ]


def _forced(going: list[str]) -> list[dict[str, Any]]:
    """Someone made to go ("was forced to X"), whose going is the node "going"."""
    return [
        _verb(["force", "compel", "pressure", "pressurise", "pressurize", "oblige"]),
        _child("trigger", "aux", **_PASSIVE),
        _child("trigger", "going", DEP="xcomp", LEMMA={"IN": going}),
        _child("trigger", "target", DEP="nsubjpass"),
    ]


# "would resign", "was stepping down": a going to come, or under way.
_TO_COME = ["will", "would", "'ll", "is", "'s", "was", "are", "were", "am", "'m"]


def _announced(going: list[str]) -> list[dict[str, Any]]:
    """A going announced for later ("announced that she would resign", "that he was leaving
    office"): the announcement is the news, whatever the tense of the going, whose node is
    "going"."""
    return [
        _verb(["announce", "confirm", "declare"]),
        _child("trigger", "going", DEP="ccomp", LEMMA={"IN": going}),
        _child("going", "will", DEP="aux", LOWER={"IN": _TO_COME}),
        _child("going", "target", DEP="nsubj"),
    ]


def _opened(cases: list[str], preposition: str) -> list[dict[str, Any]]:
    """A case opened against a name, an investigation into one: the preposition hangs on the
    case or, as the parser often has it, on the verb."""
    return [
        _verb(_OPENING_CASES),
        _child("trigger", "case", DEP="dobj", LEMMA={"IN": cases}),
        _below("trigger", preposition, DEP="prep", LOWER=preposition),
        _child(preposition, "target", DEP="pobj", POS="PROPN"),
    ]


def _custody_ordered(places: list[str]) -> list[dict[str, Any]]:
    """Custody ordered for a name, the custody the node "place"."""
    return [
        _verb(["order", "decree", "impose"]),
        _child("trigger", "place", DEP="dobj", LEMMA={"IN": places}),
        # On the custody, on the verb, or on a word after them ("without bail for X").
        _below("trigger", "for", DEP="prep", LOWER="for"),
        _child("for", "target", DEP="pobj"),
    ]


def _one(lemma: str, action: Action) -> dict[str, Action]:
    return {lemma: action}


def _one_of_them() -> list[dict[str, Any]]:
    """A verb of naming a suspect, its target, and "as one of" (what follows is the rows')."""
    return [
        _verb(_AS_A_SUSPECT),
        _child("trigger", "as", DEP="prep", LOWER="as"),
        _child("as", "one", DEP="pobj", LOWER="one"),
        _child("one", "of", DEP="prep", LOWER="of"),
        _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj", "oprd"]}),
    ]


def _each(lemmas: list[str], action: Action) -> dict[str, Action]:
    return dict.fromkeys(lemmas, action)


ROWS: tuple[Row, ...] = (
    Row(
        "noun with a possessive name",
        NOUN_ACTIONS,
        [
            _verb(list(NOUN_ACTIONS), POS="NOUN"),
            _child("trigger", "target", DEP="poss", POS="PROPN"),
        ],
        "Mara Quint's resignation came after a week of street protests.",
        ("resigned", "Mara Quint"),
        without=_UNREAL,
    ),
    Row(
        "noun of a name or a body",
        NOUN_ACTIONS,
        [
            _verb(list(NOUN_ACTIONS), POS="NOUN"),
            _child("trigger", "of", DEP="prep", LOWER="of"),
            _child("of", "target", DEP="pobj", POS={"IN": ["PROPN", "NOUN"]}),
        ],
        "The unrest led to the resignation of Prime Minister Tobias Renner.",
        ("resigned", "Tobias Renner"),
        without=_UNREAL,
    ),
    Row(
        "noun of a name after its day or term",
        NOUN_ACTIONS,
        [
            _verb(list(NOUN_ACTIONS), POS="NOUN"),
            _child("trigger", "when", DEP="prep", LOWER={"IN": ["on", "for"]}),
            _child("when", "day", DEP="pobj", ENT_TYPE="DATE"),
            _child("day", "of", DEP="prep", LOWER="of"),
            _child("of", "target", DEP="pobj", POS={"IN": ["PROPN", "NOUN"]}),
        ],
        "The dismissal on Monday of the regional police chief, Ida Varga, was welcomed.",
        ("dismissed", "Ida Varga"),
        without=_UNREAL,
    ),
    Row(
        "held, passive",
        _one("hold", "detained"),
        [
            _verb(["hold"], TAG="VBN"),
            _child("trigger", "aux", **_PASSIVE),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "A senior union organiser, Dario Pellegrini, was also held, officials said.",
        ("detained", "Dario Pellegrini"),
        without=frozenset(
            {"responsible", "accountable", "liable", "hostage", "captive"}
            | {"gunman", "militant", "kidnapper", "abductor", "captor", "rebel", "insurgent"}
        ),
    ),
    Row(
        "left a police station",
        _one("leave", "released"),
        [
            _verb(["leave"]),
            _child("trigger", "target", DEP="nsubj"),
            _child("trigger", "place", DEP="dobj", LEMMA="station"),
            _child("place", "police", DEP="compound", LEMMA="police"),
        ],
        "Student organiser Ilka Brandt left the Harbourside police station on Monday night.",
        ("released", "Ilka Brandt"),
    ),
    Row(
        "left custody",
        _one("leave", "released"),
        [
            _verb(["leave"]),
            _child("trigger", "target", DEP="nsubj"),
            _child("trigger", "place", DEP="dobj", LEMMA={"IN": _PLACES_OF_CUSTODY}),
        ],
        "After nine days, the blogger Tomasz Wrona left custody without charge.",
        ("released", "Tomasz Wrona"),
    ),
    Row(
        "picked up, rounded up",
        _each(["pick", "round"], "arrested"),
        [
            _verb(["pick", "round"]),
            _child("trigger", "up", DEP="prt", LOWER="up"),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "Plain-clothes officers picked up Joaquim Ferreira outside his home.",
        ("arrested", "Joaquim Ferreira"),
    ),
    Row(
        "handed over to the police",
        _one("hand", "arrested"),
        [
            _verb(["hand"]),
            _child("trigger", "over", DEP="prt", LOWER="over"),
            _child("trigger", "to", DEP={"IN": ["prep", "dative"]}, LOWER="to"),
            _child("to", "police", DEP="pobj", LEMMA={"IN": ["police", "authority", "army"]}),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "Villagers handed Piotr Wasik over to the police after the blast.",
        ("arrested", "Piotr Wasik"),
    ),
    Row(
        "captured by the police",
        _each(["capture", "catch"], "arrested"),
        [
            _verb(["capture", "catch"]),
            _child("trigger", "by", DEP="agent"),
            _child("by", "police", DEP="pobj", LOWER={"IN": _LAW_OFFICERS}),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "The ferry's owner, Anton Velkov, was captured by border agents on Sunday.",
        ("arrested", "Anton Velkov"),
    ),
    Row(
        "the police captured a name",
        _one("capture", "arrested"),
        [
            _verb(["capture"]),
            _child("trigger", "police", DEP="nsubj", LOWER={"IN": _LAW_OFFICERS}),
            _child("trigger", "target", DEP="dobj"),
        ],
        "Police captured the ferry's owner, Anton Velkov, at a farmhouse.",
        ("arrested", "Anton Velkov"),
    ),
    Row(
        # As reports translated from Spanish say of an arrest: "la captura de".
        "the police announced the capture of a name",
        _one("capture", "arrested"),
        [
            {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "capture", "POS": "NOUN"}},
            _parent("trigger", "announced", LEMMA={"IN": ["announce", "confirm", "report"]}),
            _child("announced", "police", DEP="nsubj", LOWER={"IN": _LAW_OFFICERS}),
            _child("trigger", "of", DEP="prep", LOWER="of"),
            _child("of", "target", DEP="pobj"),
        ],
        "Police in Cali announced on Friday the capture of Dario Mesa, alias 'El Zurdo'.",
        ("arrested", "Dario Mesa"),
    ),
    Row(
        "sent or taken to jail",
        _each(["send", "take"], "detained"),
        [
            _verb(["send", "take"]),
            _child("trigger", "to", DEP={"IN": ["prep", "dative"]}, LOWER="to"),
            _child("to", "place", DEP="pobj", LEMMA={"IN": _PLACES_OF_CUSTODY}),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "A magistrate sent Oskar Lindqvist to jail pending his trial.",
        ("detained", "Oskar Lindqvist"),
    ),
    Row(
        # "attached to police lines": an officer taken off a post, as South Asian reports say.
        "attached to police lines",
        _each(["attach", "close"], "dismissed"),
        [
            _verb(["attach", "close"]),
            _child("trigger", "to", DEP="prep", LOWER="to"),
            _child("to", "lines", DEP="pobj", LEMMA="line"),
            _child("lines", "police", DEP="compound", LOWER="police"),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "Station officer Rafiq Alam was attached to police lines after the clash.",
        ("dismissed", "Rafiq Alam"),
    ),
    Row(
        "put behind bars",
        _each(["put", "throw", "send", "land"], "detained"),
        [
            _verb(["put", "throw", "send", "land"]),
            _child("trigger", "behind", DEP="prep", LOWER="behind"),
            _child("behind", "bars", DEP="pobj", LOWER="bars"),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "Lorry driver Pavel Orlik was put behind bars on Friday.",
        ("detained", "Pavel Orlik"),
    ),
    Row(
        # Held on a charge is charged with it; the custody is read by its own rows.
        "held on a charge",
        _one("charge", "charged"),
        [
            _verb(["be", "remain", "hold", "remand", "keep", "jail"]),
            _child("trigger", "on", DEP="prep", LOWER="on"),
            _child("on", "charge", DEP="pobj", LEMMA="charge"),
            _child("trigger", "target", DEP={"IN": ["nsubj", "nsubjpass"]}),
        ],
        "The mine's director, Ruben Tallis, is in custody on a culpable homicide charge.",
        ("charged", "Ruben Tallis"),
        key="charge",
    ),
    Row(
        "custody ordered for a name",
        # "ordered provisional prison for X", as translated reports say.
        _each(_PLACES_OF_CUSTODY, "detained"),
        _custody_ordered(_PLACES_OF_CUSTODY),
        "The judge ordered provisional prison for the ferry captain, Anders Holm.",
        ("detained", "Anders Holm"),
        key="place",
    ),
    Row(
        # Not an arrest ordered for a name, which a warrant would authorise.
        "house arrest ordered for a name",
        _one("arrest", "detained"),
        [
            *_custody_ordered(["arrest"]),
            _child("place", "house", DEP="compound", LOWER="house"),
        ],
        "The judge ordered house arrest for the ferry captain, Anders Holm.",
        ("detained", "Anders Holm"),
        key="place",
    ),
    Row(
        # "ordered X into pre-trial arrest for 30 days", as translated reports say.
        "ordered into custody",
        {"arrest": "arrested", "custody": "detained", "detention": "detained"},
        [
            _verb(["order", "send", "remand"]),
            _child("trigger", "target", DEP="dobj"),
            _below("trigger", "into", DEP="prep", LOWER="into"),
            _child("into", "place", DEP="pobj", LEMMA={"IN": ["arrest", "custody", "detention"]}),
        ],
        "The court ordered Anders Holm into pre-trial arrest for 30 days.",
        ("arrested", "Anders Holm"),
        key="place",
    ),
    Row(
        # "ordered 18 months of preventive detention against X", as translated reports say.
        "custody ordered against a name",
        _each(_PLACES_OF_CUSTODY, "detained"),
        [
            _verb(["order", "decree", "impose"]),
            _below("trigger", "place", LEMMA={"IN": _PLACES_OF_CUSTODY}),
            _below("trigger", "against", DEP="prep", LOWER="against"),
            _child("against", "target", DEP="pobj"),
        ],
        "The judge ordered 18 months of preventive detention against Anders Holm.",
        ("detained", "Anders Holm"),
        key="place",
    ),
    Row(
        "ordered held in custody",
        _each(_PLACES_OF_CUSTODY, "detained"),
        [
            _verb(["order"]),
            _child("trigger", "target", DEP="dobj"),
            _child("trigger", "held", DEP="xcomp", LEMMA={"IN": ["hold", "keep", "remand"]}),
            _child("held", "in", DEP="prep", LOWER="in"),
            _child("in", "place", DEP="pobj", LEMMA={"IN": _PLACES_OF_CUSTODY}),
        ],
        "The court ordered Anders Holm to be held in pre-trial detention for three months.",
        ("detained", "Anders Holm"),
        key="place",
    ),
    Row(
        # Sent for trial: "referred to the criminal court", as prosecutions announce a charge.
        "referred to a court",
        _one("refer", "charged"),
        [
            _verb(["refer"]),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
            _child("trigger", "to", DEP="prep", LOWER="to"),
            _child("to", "court", DEP="pobj", LEMMA={"IN": ["court", "trial", "tribunal"]}),
        ],
        "Anders Holm, 34, and Ivo Prasek, 51, were referred to the criminal court.",
        ("charged", "Anders Holm"),
    ),
    Row(
        "ordered detained",
        _each(_DETAINING, "detained"),
        [
            _verb(["order"]),
            _child("trigger", "target", DEP="dobj"),
            _child("trigger", "held", DEP="xcomp", LEMMA={"IN": _DETAINING}),
            _child("held", "be", DEP="auxpass"),
        ],
        "Prosecutors ordered the driver, Anders Holm, to be detained for four days.",
        ("detained", "Anders Holm"),
        key="held",
    ),
    Row(
        # Triggered by the noun, rarer than the verb, so that few sentences run the row.
        "under arrest",
        _one("arrest", "detained"),
        [
            _verb(["arrest"], DEP="pobj"),
            _parent("trigger", "under", DEP="prep", LOWER="under"),
            _parent("under", "be", LEMMA={"IN": ["be", "remain", "stay"]}),
            _child("be", "target", DEP="nsubj"),
        ],
        "The ferry captain, Anders Holm, remains under house arrest.",
        ("detained", "Anders Holm"),
    ),
    Row(
        # House arrest in other words: "is confined to his home", "confined to her residence".
        "confined to one's home",
        _one("confine", "detained"),
        [
            _verb(["confine"]),
            _child("trigger", "to", DEP="prep", LOWER="to"),
            _child("to", "place", DEP="pobj", LEMMA={"IN": ["home", "house", "residence"]}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "The party leader, Anders Holm, is still confined to his home in the capital.",
        ("detained", "Anders Holm"),
    ),
    Row(
        "a name set off as under arrest",
        _one("arrest", "detained"),
        [
            _verb(["arrest"], DEP="pobj"),
            _parent("trigger", "under", DEP="prep", LOWER="under"),
            _parent("under", "target", POS="PROPN"),
            _before("under", "comma", ORTH=","),
        ],
        "Party leader Anders Holm, under house arrest since March, was summoned by a judge.",
        ("detained", "Anders Holm"),
    ),
    Row(
        "placed under suspension or detention",
        _PLACED_UNDER,
        [
            _verb(["place", "put"]),
            _child("trigger", "target", DEP=_ACTED_ON),
            _child("trigger", "under", DEP="prep", LOWER="under"),
            _child("under", "state", DEP="pobj", LEMMA={"IN": list(_PLACED_UNDER)}),
        ],
        "The port's director, Ines Valdor, was placed under suspension on Friday.",
        ("dismissed", "Ines Valdor"),
        key="state",
    ),
    Row(
        # "placed under suspension officer X and two clerks, Y and Z": the parser joins the
        # state to the name after it.
        "placed under suspension, the name after it",
        _PLACED_UNDER,
        [
            _verb(["place", "put"]),
            _child("trigger", "under", DEP="prep", LOWER="under"),
            _child("under", "target", DEP="pobj"),
            _below("target", "state", DEP="compound", LEMMA={"IN": list(_PLACED_UNDER)}),
        ],
        "The council on Monday placed under suspension revenue officer Arun Mehta.",
        ("dismissed", "Arun Mehta"),
        key="state",
    ),
    Row(
        "walked or set free",
        _each(["walk", "set"], "released"),
        [
            _verb(["walk", "set"]),
            _child("trigger", "free", DEP={"IN": ["acomp", "oprd", "advcl"]}, LOWER="free"),
            # Who walked, who was set free, or whom someone set free.
            _child("trigger", "target", DEP={"IN": ["nsubj", "nsubjpass", "dobj"]}),
        ],
        "Rafael Quintero walked free on Monday after 40 days in detention.",
        ("released", "Rafael Quintero"),
    ),
    Row(
        "walked out of prison",
        _one("walk", "released"),
        [
            _verb(["walk"]),
            _child("trigger", "out", DEP={"IN": ["prep", "prt", "advmod"]}, LOWER="out"),
            _child("out", "of", DEP="prep", LOWER="of"),
            _child("of", "place", DEP="pobj", LEMMA={"IN": _PLACES_OF_CUSTODY}),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Rafael Quintero walked out of the city prison on Wednesday evening.",
        ("released", "Rafael Quintero"),
    ),
    Row(
        "sent on remand or on leave",
        _SENT_ON,
        [
            _verb(["send", "place", "put"]),
            _child("trigger", "target", DEP=_ACTED_ON),
            _child("trigger", "on", DEP={"IN": ["prep", "prt"]}, LOWER="on"),
            # "on remand" as the parser has it: the noun under "on", or the verb's object.
            _below("trigger", "state", DEP={"IN": ["pobj", "dobj"]}, LEMMA={"IN": list(_SENT_ON)}),
        ],
        "The court sent the accused, Pavel Orlik, on a ten-day remand.",
        ("detained", "Pavel Orlik"),
        key="state",
    ),
    Row(
        # An official taken off duty pending an inquiry, as Indonesian reports say.
        "placed on non-active status",
        _each(["place", "put"], "dismissed"),
        [
            _verb(["place", "put"]),
            _child("trigger", "target", DEP=_ACTED_ON),
            _below("trigger", "status", DEP="pobj", LEMMA="status"),
            _child("status", "kind", DEP="amod", LOWER={"IN": ["non", "inactive", "nonactive"]}),
        ],
        "The regent placed the district's school inspector, Wayan Sudra, on non-active status.",
        ("dismissed", "Wayan Sudra"),
    ),
    Row(
        # Leave that is not the official's choice: a suspension.
        "on administrative leave",
        _each(["be", "remain", "stay"], "dismissed"),
        [
            _verb(["be", "remain", "stay"]),
            _child("trigger", "on", DEP="prep", LOWER="on"),
            _child("on", "leave", DEP="pobj", LEMMA="leave"),
            _child(
                "leave",
                "kind",
                DEP="amod",
                LOWER={"IN": ["administrative", "compulsory", "forced"]},
            ),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "The county's emergency director, Ola Brenner, remains on administrative leave.",
        ("dismissed", "Ola Brenner"),
    ),
    Row(
        "remains on suspension",
        _each(["be", "remain", "stay"], "dismissed"),
        [
            _verb(["be", "remain", "stay"]),
            _child("trigger", "on", DEP="prep", LOWER={"IN": ["on", "under"]}),
            _child("on", "state", DEP="pobj", LEMMA="suspension"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "The harbour master, Edvin Sarr, remains on suspension while the inquiry runs.",
        ("dismissed", "Edvin Sarr"),
    ),
    Row(
        # A firm that "has had its licence suspended".
        "had its licence suspended",
        _each(["suspend"], "dismissed"),
        [
            _verb(["have"]),
            _child("trigger", "suspended", DEP={"IN": ["ccomp", "xcomp", "dobj"]}, LEMMA="suspend"),
            _below("suspended", "permit", LEMMA={"IN": PERMITS}),
            _child("permit", "its", DEP="poss", LOWER="its"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Dravo Mining has had its operating licence suspended.",
        ("dismissed", "Dravo Mining"),
        key="suspended",
    ),
    Row(
        "out on bail",
        _each(["be", "remain"], "released"),
        [
            _verb(["be", "remain"]),
            _child("trigger", "out", DEP={"IN": ["advmod", "prt", "acomp"]}, LOWER="out"),
            _child("trigger", "on", DEP="prep", LOWER="on"),
            _child("on", "bail", DEP="pobj", LOWER="bail"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "The ferry's owner, Jonas Amadu, has been out on bail since May 3.",
        ("released", "Jonas Amadu"),
    ),
    Row(
        # Booked into a jail, as American reports say of an arrest.
        "booked into jail",
        _each(["book"], "arrested"),
        [
            _verb(["book"]),
            _child("trigger", "into", DEP="prep", LOWER="into"),
            _child("into", "jail", DEP="pobj", LOWER={"IN": ["jail", "custody", "prison"]}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "Dale Ruark was booked into the county jail on Tuesday night.",
        ("arrested", "Dale Ruark"),
    ),
    Row(
        # An official stood down while an inquiry runs, as the schema's suspension.
        "taken off duty",
        _one("take", "dismissed"),
        [
            _verb(["take"]),
            _child("trigger", "target", DEP=_ACTED_ON),
            _child("trigger", "off", DEP={"IN": ["prep", "prt"]}, LOWER="off"),
            _below("trigger", "duty", DEP={"IN": ["pobj", "dobj"]}, LEMMA={"IN": _DUTIES}),
        ],
        "The tower supervisor, Renate Oswald, was taken off duty pending the inquiry.",
        ("dismissed", "Renate Oswald"),
    ),
    Row(
        "a licence to practise suspended",
        _each(["suspend", "revoke", "withdraw"], "dismissed"),
        [
            _verb(["suspend", "revoke", "withdraw"]),
            _child("trigger", "licence", DEP="dobj", LEMMA={"IN": ["licence", "license"]}),
            _child("licence", "of", DEP="prep", LOWER="of"),
            _child("of", "target", DEP="pobj"),
        ],
        "The medical council suspended the licence of Dr. Anton Reyes for a year.",
        ("dismissed", "Anton Reyes"),
    ),
    Row(
        "produced or presented before a court",
        {"produce": "detained", "present": "detained"},
        [
            _verb(["produce", "present"]),
            _child("trigger", "target", DEP=_ACTED_ON),
            _child("trigger", "before", DEP="prep", LOWER={"IN": ["before", "in", "at"]}),
            _child("before", "court", DEP="pobj", LEMMA={"IN": COURTS}),
        ],
        "Police produced Stellan Rask before a magistrate on Friday.",
        ("detained", "Stellan Rask"),
    ),
    Row(
        "arrest warrant issued for a name",
        _one("warrant", "charged"),
        [
            _verb(["warrant"]),
            _child("trigger", "arrest", DEP="compound", LEMMA="arrest"),
            _parent("trigger", "issue", LEMMA="issue"),
            _child("issue", "for", DEP={"IN": ["prep", "dative"]}, LOWER="for"),
            _child("for", "target", DEP="pobj"),
        ],
        "An arrest warrant was issued on Monday for Henrik Dalsgaard.",
        ("charged", "Henrik Dalsgaard"),
        detail="arrest warrant",
    ),
    Row(
        "arrest warrant for a name",
        _one("warrant", "charged"),
        [
            _verb(["warrant"]),
            _child("trigger", "arrest", DEP="compound", LEMMA="arrest"),
            _child("trigger", "for", DEP="prep", LOWER="for"),
            _child("for", "target", DEP="pobj"),
        ],
        "The court issued an arrest warrant for Henrik Dalsgaard on Monday.",
        ("charged", "Henrik Dalsgaard"),
        detail="arrest warrant",
    ),
    Row(
        "warrant for the arrest of a name",
        _one("warrant", "charged"),
        [
            _verb(["warrant"]),
            _child("trigger", "for", DEP="prep", LOWER="for"),
            _child("for", "arrest", DEP="pobj", LEMMA="arrest"),
            _child("arrest", "of", DEP="prep", LOWER="of"),
            _child("of", "target", DEP="pobj"),
        ],
        "The court issued a warrant for the arrest of Henrik Dalsgaard.",
        ("charged", "Henrik Dalsgaard"),
        detail="arrest warrant",
    ),
    Row(
        "warrant issued for the arrest of a name",
        _one("warrant", "charged"),
        [
            _verb(["warrant"], DEP={"IN": ["nsubjpass", "dobj"]}),
            _parent("trigger", "issue", LEMMA="issue"),
            _child("issue", "for", DEP="prep", LOWER="for"),
            _child("for", "arrest", DEP="pobj", LEMMA="arrest"),
            _child("arrest", "of", DEP="prep", LOWER="of"),
            _child("of", "target", DEP="pobj"),
        ],
        "A warrant was issued on Monday for the arrest of Henrik Dalsgaard.",
        ("charged", "Henrik Dalsgaard"),
        detail="arrest warrant",
    ),
    Row(
        "named or identified as a suspect",
        _each(_AS_A_SUSPECT, "charged"),
        [
            _verb(_AS_A_SUSPECT),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "suspect", DEP="pobj", LEMMA={"IN": SUSPECTS}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj", "oprd"]}),
        ],
        "Police named Rhea Castellano as the main suspect in the robbery.",
        ("charged", "Rhea Castellano"),
        detail="named as suspect",
    ),
    Row(
        # Being wanted makes a suspect; beside an arrest, the arrest tells more.
        "wanted",
        _one("want", "charged"),
        [
            _verb(["want"], TAG="VBN"),
            _child("trigger", "passive", **_PASSIVE),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "Dorian Velasquez is wanted by police over the collapse.",
        ("charged", "Dorian Velasquez"),
        weak=True,
        detail="wanted by police",
    ),
    Row(
        # By the police: one "sought for comment" by reporters is no suspect.
        "sought by the police",
        _one("seek", "charged"),
        [
            _verb(["seek"], TAG="VBN"),
            _child("trigger", "target", DEP="nsubjpass"),
            _child("trigger", "by", DEP="agent"),
            _child("by", "searcher", DEP="pobj", LOWER={"IN": _LAW_OFFICERS}),
        ],
        "The site's owner, Dorian Velasquez, is being sought by police and has not commented.",
        ("charged", "Dorian Velasquez"),
        weak=True,
        detail="wanted by police",
    ),
    Row(
        "the police searching for a name",
        _each(["search", "hunt", "look"], "charged"),
        [
            _verb(["search", "hunt", "look"]),
            # Rescuers search for the missing; the police, for suspects.
            _child("trigger", "searcher", DEP="nsubj", LOWER={"IN": _LAW_OFFICERS}),
            _child("trigger", "for", DEP="prep", LOWER="for"),
            _child("for", "target", DEP="pobj"),
        ],
        "Police are searching for Dorian Velasquez, who they say paid for the work.",
        ("charged", "Dorian Velasquez"),
        weak=True,
        detail="wanted by police",
    ),
    Row(
        # "remains charged": the parser reads the participle as an adjective of "remain". A
        # name, not a pronoun: "He remains charged" after a sentence on the judge who freed him.
        "remains charged",
        _one("charge", "charged"),
        [
            _verb(["charge"], DEP="acomp"),
            _parent("trigger", "remain", LEMMA={"IN": ["remain", "stay"]}),
            _child("remain", "target", DEP="nsubj", POS="PROPN"),
        ],
        "Lena Okafor remains charged with fraud, her lawyer said.",
        ("charged", "Lena Okafor"),
    ),
    Row(
        "absconding",
        _one("abscond", "charged"),
        [
            _verb(["abscond"]),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Police say the contractor, Dorian Velasquez, is still absconding.",
        ("charged", "Dorian Velasquez"),
        weak=True,
        detail="wanted by police",
    ),
    Row(
        # After words set off beside the name, the parser may hang "as" on a later verb: the
        # first "as" after the name, with no verb between, is the naming's.
        "named, with words beside the name, as a suspect",
        _each(_AS_A_SUSPECT, "charged"),
        [
            _verb(_AS_A_SUSPECT),
            _child("trigger", "target", DEP={"IN": ["dobj", "oprd"]}),
            {"LEFT_ID": "target", "REL_OP": ".*", "RIGHT_ID": "as", "RIGHT_ATTRS": {"LOWER": "as"}},
            _child("as", "suspect", DEP="pobj", LEMMA={"IN": SUSPECTS}),
        ],
        "Police named Rhea Castellano, 24, from Varn, as a suspect after footage showed her.",
        ("charged", "Rhea Castellano"),
        detail="named as suspect",
        verbless=("target", "as"),
    ),
    Row(
        # "X, whom police named as a suspect,": the parser hangs "named" on "police" and leaves
        # "whom" out of it; the "whom" right before the namer is the target.
        "whom the police named as a suspect, the clause split",
        _each(_AS_A_SUSPECT, "charged"),
        [
            _verb(_AS_A_SUSPECT, DEP="acl", TAG="VBN"),
            _parent("trigger", "namer", POS="NOUN"),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "suspect", DEP="pobj", LEMMA={"IN": SUSPECTS}),
            _before("namer", "target", LOWER="whom"),
        ],
        "Lena Hartig, whom police named as a suspect on Saturday, was found in Ulm.",
        ("charged", "Lena Hartig"),
        detail="named as suspect",
    ),
    Row(
        # "X, the trader police named as the ringleader,": without "whom" the parser makes one
        # noun of "the trader police", set beside the name, and hangs "named" on it.
        "the man police named as a suspect, the namer beside the name",
        _each(_AS_A_SUSPECT, "charged"),
        [
            _verb(_AS_A_SUSPECT, DEP="acl", TAG="VBN"),
            _parent("trigger", "namer", DEP="appos", POS="NOUN"),
            _child("namer", "described", DEP="compound", POS="NOUN"),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "suspect", DEP="pobj", LEMMA={"IN": SUSPECTS}),
            _parent("namer", "target", POS="PROPN"),
        ],
        "Osei Mensah, the trader police named as the suspected ringleader, was caught.",
        ("charged", "Osei Mensah"),
        detail="named as suspect",
    ),
    Row(
        # "X and Y, the two men police have named as suspects,": the names and "the two men
        # police" both made subjects of "named".
        "the men police have named as suspects, the names its second subject",
        _each(_AS_A_SUSPECT, "charged"),
        [
            _verb(_AS_A_SUSPECT, TAG="VBN"),
            _child("trigger", "namer", DEP="nsubj", POS="NOUN"),
            _child("namer", "described", DEP="compound", POS="NOUN"),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "suspect", DEP="pobj", LEMMA={"IN": SUSPECTS}),
            _child("trigger", "target", DEP="nsubj", POS="PROPN"),
        ],
        "Tom Baraka and Eli Mwangi, the two men police have named as suspects, are at large.",
        ("charged", "Tom Baraka"),
        detail="named as suspect",
    ),
    Row(
        "added to a case as an accused",
        _one("add", "charged"),
        [
            _verb(["add"]),
            _child("trigger", "to", DEP="prep", LOWER="to"),
            _child("to", "case", DEP="pobj", LOWER={"IN": CASES}),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "suspect", DEP="pobj", LEMMA={"IN": SUSPECTS}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "Police added Manoj Kale to the FIR as an accused on Friday.",
        ("charged", "Manoj Kale"),
        detail="named as suspect",
    ),
    Row(
        "is or remains a suspect",
        _one("suspect", "charged"),
        [
            _verb(["be", "remain"]),
            _child("trigger", "suspect", DEP="attr", LEMMA="suspect"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "The caretaker, Bela Szabo, remains a suspect in the blaze.",
        ("charged", "Bela Szabo"),
        key="suspect",
        detail="named as suspect",
    ),
    Row(
        "is suspected of a crime",
        _one("suspect", "charged"),
        [
            _verb(["suspect"]),
            _child("trigger", "aux", **_PASSIVE),
            _child("trigger", "of", DEP="prep", LOWER="of"),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "Prosecutors said Mira Tallis was suspected of negligence.",
        ("charged", "Mira Tallis"),
        weak=True,
        detail="named as suspect",
    ),
    Row(
        "is a suspect, sharing a coordinated verb's subject",
        _one("suspect", "charged"),
        [
            _verb(["be", "remain"], DEP="conj"),
            _child("trigger", "suspect", DEP="attr", LEMMA="suspect"),
            _parent("trigger", "first"),
            _child("first", "target", DEP={"IN": ["nsubj", "nsubjpass"]}),
        ],
        "The site manager, Bela Szabo, was dismissed on Monday and is now a suspect.",
        ("charged", "Bela Szabo"),
        key="suspect",
        detail="named as suspect",
    ),
    Row(
        "named as the suspected one",
        _each(_AS_A_SUSPECT, "charged"),
        [
            _verb(_AS_A_SUSPECT),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "one", DEP="pobj"),
            _child("one", "called", DEP="amod", LOWER={"IN": SUSPECTED}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj", "oprd"]}),
        ],
        "Police named Tomas Quill, 33, as the suspected leader of the gang.",
        ("charged", "Tomas Quill"),
        detail="named as suspect",
    ),
    Row(
        "named as one of the suspects",
        _each(_AS_A_SUSPECT, "charged"),
        [*_one_of_them(), _child("of", "suspect", DEP="pobj", LEMMA={"IN": SUSPECTS})],
        "Police named Omar Delic as one of the suspects in the arson.",
        ("charged", "Omar Delic"),
        detail="named as suspect",
    ),
    Row(
        "named as one of the suspected ones",
        _each(_AS_A_SUSPECT, "charged"),
        [
            *_one_of_them(),
            _child("of", "ones", DEP="pobj"),
            _child("ones", "called", DEP="amod", LOWER={"IN": SUSPECTED}),
        ],
        "Prosecutors named Ivo Brankov, who escaped, as one of the suspected organisers.",
        ("charged", "Ivo Brankov"),
        detail="named as suspect",
    ),
    Row(
        "summoned to testify as a suspect",
        _each(["summon", "cite"], "charged"),
        [
            _verb(["summon", "cite"]),
            _child("trigger", "testify", DEP="xcomp", LEMMA={"IN": ["testify", "appear"]}),
            _child("testify", "as", DEP="prep", LOWER="as"),
            _child("as", "suspect", DEP="pobj", LEMMA={"IN": [*SUSPECTS, "defendant"]}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "The judge summoned Ilse Marwick to testify as a suspect in the flood inquiry.",
        ("charged", "Ilse Marwick"),
        detail="named as suspect",
    ),
    Row(
        "summoned as a person under investigation",
        _each(["summon", "cite", "call"], "charged"),
        [
            _verb(["summon", "cite", "call"]),
            # On the verb, or on "to testify": "called X to testify as an investigated party".
            _below("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "person", DEP="pobj"),
            _child("person", "investigated", DEP="amod", LOWER={"IN": ["investigated", "accused"]}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "Former regional minister Ilse Marwick was summoned as an investigated person.",
        ("charged", "Ilse Marwick"),
        detail="named as suspect",
    ),
    Row(
        "summoned as investigated",
        _each(["summon", "cite", "call"], "charged"),
        [
            _verb(["summon", "cite", "call"]),
            _child(
                "trigger", "investigated", DEP="advcl", LOWER={"IN": ["investigated", "accused"]}
            ),
            _child("investigated", "as", DEP="mark", LOWER="as"),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "A judge summoned the former mayor Ilse Marwick as investigated for the blaze.",
        ("charged", "Ilse Marwick"),
        detail="named as suspect",
    ),
    Row(
        "convicted or sentenced",
        _each(["convict", "sentence"], "charged"),
        [
            _verb(["convict", "sentence"], POS="VERB"),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "A court convicted the site manager Tomas Weller of negligence on Monday.",
        ("charged", "Tomas Weller"),
        detail="convicted",
    ),
    Row(
        "accused by a charge sheet",
        _one("accuse", "charged"),
        [
            _verb(["accuse"]),
            _child("trigger", "sheet", DEP="nsubj", LEMMA={"IN": _CHARGE_SHEETS}),
            _child("trigger", "target", DEP="dobj"),
        ],
        "A charge sheet filed on Monday accuses Rafael Ostrow and Dina Kell of negligence.",
        ("charged", "Dina Kell"),
    ),
    Row(
        "named by a charge sheet",
        _one("name", "charged"),
        [
            _verb(["name", "list"]),
            _child("trigger", "sheet", DEP="nsubj", LEMMA={"IN": _CHARGE_SHEETS}),
            _child("trigger", "target", DEP="dobj"),
        ],
        "The indictment names Rafael Ostrow and Dina Kell.",
        ("charged", "Dina Kell"),
    ),
    Row(
        # "The indictment, accepted by a court on Monday, names X": the parser hangs "names" on
        # the document as an apposition once a clause parts them.
        "named by a charge sheet a clause before",
        _one("name", "charged"),
        [
            _verb(["name", "list"], DEP="appos"),
            _parent("trigger", "sheet", LEMMA={"IN": _CHARGE_SHEETS}),
            # Its object, however the parser reads the names that follow it.
            _child("trigger", "target", DEP={"IN": ["dobj", "appos", "npadvmod", "dep"]}),
        ],
        "The indictment, accepted by a court on Monday, names the firm's owner Rafael Ostrow.",
        ("charged", "Rafael Ostrow"),
    ),
    Row(
        "a charge sheet accusing",
        _one("accuse", "charged"),
        [
            _verb(["accuse"], DEP="acl"),
            _parent("trigger", "sheet", LEMMA={"IN": _CHARGE_SHEETS}),
            _child("trigger", "target", DEP="dobj"),
        ],
        "Police filed a charge sheet accusing the ferry's owner, Rafiq Alam, of negligence.",
        ("charged", "Rafiq Alam"),
    ),
    Row(
        # "Police accused X of supplying the methanol": an accusation by those who would charge.
        "accused by the police or prosecutors",
        _one("accuse", "charged"),
        [
            _verb(["accuse"]),
            _child("trigger", "accuser", DEP="nsubj", LOWER={"IN": _ACCUSERS}),
            # A name, or who it is: "X, whom prosecutors accuse of planning the riot".
            _child("trigger", "target", DEP="dobj", POS={"IN": ["PROPN", "PRON"]}),
            _child("trigger", "of", DEP="prep", LOWER="of"),
        ],
        "Prosecutors accuse Tarik Osmani of planning the riot.",
        ("charged", "Tarik Osmani"),
        detail="named as suspect",
    ),
    Row(
        "formally accused",
        _one("accuse", "charged"),
        [
            _verb(["accuse"]),
            _child("trigger", "formally", DEP="advmod", LOWER={"IN": ["formally", "officially"]}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "Ilse Marwick has been formally accused of manslaughter.",
        ("charged", "Ilse Marwick"),
    ),
    Row(
        "lost a post",
        _one("lose", "dismissed"),
        [
            _verb(["lose"]),
            _child("trigger", "job", DEP="dobj", LEMMA={"IN": ["job", "post", "position"]}),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Oskar Lind lost his job as emergency chief after the floods.",
        ("dismissed", "Oskar Lind"),
    ),
    Row(
        "discharged from a force",
        _one("discharge", "dismissed"),
        [
            _verb(["discharge"]),
            _child("trigger", "from", DEP="prep", LOWER="from"),
            _child("from", "force", DEP="pobj", LEMMA={"IN": _FORCES}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "Inspector Bela Szabo was dishonourably discharged from the force on Friday.",
        ("dismissed", "Bela Szabo"),
    ),
    Row(
        "dropped from a government",
        _one("drop", "dismissed"),
        [
            _verb(["drop"]),
            _child("trigger", "aux", **_PASSIVE),
            _child("trigger", "from", DEP="prep", LOWER="from"),
            _child("from", "body", DEP="pobj", LEMMA={"IN": [*ASSEMBLIES, "post"]}),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "Oskar Lind was dropped from the cabinet in Friday's reshuffle.",
        ("dismissed", "Oskar Lind"),
    ),
    Row(
        "left out of a government",
        _one("leave", "dismissed"),
        [
            _verb(["leave"]),
            _child("trigger", "aux", **_PASSIVE),
            _child("trigger", "out", DEP={"IN": ["prep", "prt", "advmod"]}, LOWER="out"),
            _below("trigger", "of", DEP="prep", LOWER="of"),
            _child("of", "body", DEP="pobj", LEMMA={"IN": ASSEMBLIES}),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "The health minister, Oskar Lind, was left out of the new cabinet.",
        ("dismissed", "Oskar Lind"),
    ),
    Row(
        "dropped a name from a government",
        _one("drop", "dismissed"),
        [
            _verb(["drop"]),
            _child("trigger", "from", DEP="prep", LOWER="from"),
            _child("from", "body", DEP="pobj", LEMMA={"IN": [*ASSEMBLIES, "post"]}),
            _child("trigger", "target", DEP="dobj"),
        ],
        "The president dropped Interior Minister Oskar Lind from the cabinet.",
        ("dismissed", "Oskar Lind"),
    ),
    Row(
        "ordered to stand trial",
        _one("order", "charged"),
        [
            _verb(["order"]),
            _child("trigger", "stand", DEP="xcomp", LEMMA="stand"),
            _child("stand", "trial", DEP="dobj", LEMMA="trial"),
            _child("trigger", "target", DEP={"IN": ["dobj", "nsubjpass"]}),
        ],
        "A judge ordered the site manager Tomas Weller to stand trial.",
        ("charged", "Tomas Weller"),
    ),
    Row(
        "let go",
        _one("let", "dismissed"),
        [
            _verb(["let"]),
            _child("trigger", "aux", **_PASSIVE),
            _child("trigger", "go", DEP="xcomp", LEMMA="go"),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "Oskar Lind was let go by the water agency on Friday.",
        ("dismissed", "Oskar Lind"),
    ),
    Row(
        "stripped of a post",
        _one("strip", "dismissed"),
        [
            _verb(["strip"]),
            # On the verb or, as the parser may hang it, on the one stripped.
            _below("trigger", "of", DEP="prep", LOWER="of"),
            # "office", not "post": the node named "post" gives a row's role, and "his post"
            # is none ("stripped of his post as police chief").
            _child("of", "office", DEP="pobj", LEMMA={"IN": _STRIPPED_OF}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "Regional minister Oskar Lind was stripped of his post on Friday.",
        ("dismissed", "Oskar Lind"),
    ),
    Row(
        "named a suspect",
        _each(["name", "declare"], "charged"),
        [
            _verb(["name", "declare"]),
            _child("trigger", "suspect", DEP="oprd", LEMMA={"IN": SUSPECTS}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "Tomas Ekdahl has been named a suspect.",
        ("charged", "Tomas Ekdahl"),
        detail="named as suspect",
    ),
    Row(
        # The name set off after the suspect is read as that suspect's.
        "named a suspect, then the name",
        _each(["name"], "charged"),
        [
            _verb(["name"]),
            _child("trigger", "subject", DEP="nsubj"),
            _child("trigger", "target", DEP={"IN": ["dobj", "oprd"]}, LEMMA={"IN": SUSPECTS}),
        ],
        "Prosecutors on Monday named a third suspect, Cornel Banea, a site manager.",
        ("charged", "Cornel Banea"),
        detail="named as suspect",
    ),
    Row(
        "the suspect identified as a name",
        _each(["name", "identify"], "charged"),
        [
            _verb(["name", "identify"]),
            _child("trigger", "suspect", DEP=_ACTED_ON, LEMMA={"IN": SUSPECTS}),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "target", DEP="pobj", POS="PROPN"),
        ],
        "Investigators have identified the bomber as Yusuf Demirtas.",
        ("charged", "Yusuf Demirtas"),
        detail="named as suspect",
    ),
    Row(
        # "Those arrested were identified as X (29) and Y (34)": the police report's list.
        "those held identified as names",
        _HELD_NAMED,
        [
            _verb(["name", "identify"]),
            # Or the object: "identified the arrested men as X, 34, and Y, 29".
            _child("trigger", "held", DEP={"IN": ["nsubjpass", "dobj"]}),
            _child("held", "acted", DEP={"IN": ["acl", "amod"]}, LEMMA={"IN": list(_HELD_NAMED)}),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "target", DEP="pobj", POS="PROPN"),
        ],
        "Those detained were identified as Ilya Brenner (44) and Kasia Wolny (31).",
        ("detained", "Kasia Wolny"),
        key="acted",
    ),
    Row(
        "those held include names",
        _HELD_NAMED,
        [
            _verb(["include"]),
            _child("trigger", "held", DEP="nsubj", LOWER={"IN": ["those", "people", "persons"]}),
            _child("held", "acted", DEP={"IN": ["acl", "amod"]}, LEMMA={"IN": list(_HELD_NAMED)}),
            _child("trigger", "target", DEP="dobj", POS="PROPN"),
        ],
        "Those arrested include Ilya Brenner, a teacher, and Kasia Wolny.",
        ("arrested", "Kasia Wolny"),
        key="acted",
    ),
    Row(
        "those held are names",
        _HELD_NAMED,
        [
            _verb(["be"]),
            _child("trigger", "held", DEP="nsubj", LOWER={"IN": ["those", "people", "persons"]}),
            _child("held", "acted", DEP={"IN": ["acl", "amod"]}, LEMMA={"IN": list(_HELD_NAMED)}),
            _child("trigger", "target", DEP="attr"),
        ],
        "Those arrested are the plant's manager, Rafael Ostrow, and its safety officer, Dina Kell.",
        ("arrested", "Dina Kell"),
        key="acted",
    ),
    Row(
        "the people held, including names",
        _ONES_HELD,
        [
            _verb(list(_ONES_HELD), DEP="acl", TAG="VBN"),
            _parent("trigger", "group", POS="NOUN"),
            _child("group", "including", DEP="prep", LOWER="including"),
            _child("including", "target", DEP="pobj"),
        ],
        "He joins the nine officers suspended on Monday, including their commander, Bela Szabo.",
        ("dismissed", "Bela Szabo"),
    ),
    Row(
        "suspects named, their names listed",
        _each(["name", "identify"], "charged"),
        [
            _verb(["name", "identify"]),
            # The names follow in apposition or after a colon, where actions.py reads them.
            _child(
                "trigger",
                "target",
                DEP={"IN": ["dobj", "nsubjpass"]},
                LEMMA={"IN": SUSPECTS},
                TAG="NNS",
            ),
        ],
        "Police named two suspects on Friday: Ilya Brenner, 44, and his cousin, Kasia Wolny.",
        ("charged", "Kasia Wolny"),
        detail="named as suspect",
    ),
    Row(
        "a name with a suspect in apposition",
        _each(SUSPECTS, "charged"),
        [_verb(SUSPECTS, DEP="appos"), _parent("trigger", "target", POS="PROPN")],
        "The group published a photograph of Nils Aberg, the gunman behind the raid.",
        ("charged", "Nils Aberg"),
        weak=True,
        detail="named as suspect",
    ),
    Row(
        "people called accused, named in apposition",
        _each(_CALLED_SUSPECTS, "charged"),
        [
            _verb(_CALLED_SUSPECTS, DEP="amod"),
            _parent("trigger", "people", POS="NOUN"),
            _child("people", "target", DEP="appos", POS="PROPN"),
        ],
        "The accused partners, Tom Vardell and Enna Lorque, appeared in court on Monday.",
        ("charged", "Enna Lorque"),
        weak=True,
        detail="named as suspect",
    ),
    Row(
        "face allegations",
        _one("face", "charged"),
        [
            _verb(["face"]),
            _child(
                "trigger",
                "allegations",
                DEP="dobj",
                LEMMA={"IN": ["allegation", "accusation", "investigation", "inquiry", "probe"]},
            ),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Two shareholders, Piet Mosso and Lars Fenwick, face allegations of fraud.",
        ("charged", "Lars Fenwick"),
        weak=True,
        detail="named as suspect",
    ),
    Row(
        "a suspect with a name in apposition",
        _each(SUSPECTS, "charged"),
        [_verb(SUSPECTS), _child("trigger", "target", DEP="appos", POS="PROPN")],
        "Investigators released a sketch of the alleged gunman, Nils Aberg.",
        ("charged", "Nils Aberg"),
        weak=True,
        detail="named as suspect",
    ),
    Row(
        # "The sixth suspect, board member X, the owner's son, is abroad": the parser may hang
        # the name anywhere.
        "a suspect with a name set off after it",
        _each(SUSPECTS, "charged"),
        [
            _verb(SUSPECTS, TAG="NN"),
            {
                "LEFT_ID": "trigger",
                "REL_OP": ".",
                "RIGHT_ID": "comma",
                "RIGHT_ATTRS": {"ORTH": ","},
            },
            {
                "LEFT_ID": "comma",
                "REL_OP": ".*",
                "RIGHT_ID": "target",
                "RIGHT_ATTRS": {"ENT_TYPE": "PERSON", "POS": "PROPN"},
            },
        ],
        "The sixth suspect, board member Nils Aberg, the owner's nephew, is abroad.",
        ("charged", "Nils Aberg"),
        weak=True,
        detail="named as suspect",
        verbless=("trigger", "target"),
    ),
    Row(
        # "a second alleged organiser, X", "the suspected driver, X": any role so called.
        "a role called alleged, with a name in apposition",
        _each(SUSPECTED, "charged"),
        [
            {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LOWER": {"IN": SUSPECTED}, "DEP": "amod"}},
            _parent("trigger", "role", POS="NOUN", LEMMA={"NOT_IN": _NO_OFFENDERS}),
            _child("role", "target", DEP="appos", POS="PROPN"),
        ],
        "Police are searching for a second alleged organiser, Mirko Sandor, 29.",
        ("charged", "Mirko Sandor"),
        weak=True,
        detail="named as suspect",
    ),
    Row(
        # "named the leader of the attackers as X": the role the namer gives, the name after.
        "named the leader of the attackers as",
        _each(["name", "identify"], "charged"),
        [
            _verb(["name", "identify"]),
            _child("trigger", "role", DEP="dobj", LEMMA={"IN": _LEADERS}),
            _child("role", "of", DEP="prep", LOWER="of"),
            _child("of", "group", DEP="pobj", LEMMA={"IN": _ARMED_GROUPS}),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "target", DEP="pobj", POS="PROPN"),
        ],
        "Security services named the leader of the attackers as Rustam Vakil.",
        ("charged", "Rustam Vakil"),
        weak=True,
        detail="named as suspect",
    ),
    Row(
        "replaced: the one replaced",
        _one("replace", "dismissed"),
        [_verb(["replace"]), _child("trigger", "target", DEP=_ACTED_ON)],
        "The harbour master, Ilse Marwick, was replaced on Monday.",
        ("dismissed", "Ilse Marwick"),
        weak=True,
    ),
    Row(
        "replaced by a name",
        _one("replace", "appointed"),
        [
            _verb(["replace"]),
            _child("trigger", "by", DEP="agent"),
            _child("by", "target", DEP="pobj", POS="PROPN"),
        ],
        "The harbour master was replaced by Ilse Marwick on Monday.",
        ("appointed", "Ilse Marwick"),
    ),
    Row(
        "replaced with a name",
        _one("replace", "appointed"),
        [
            _verb(["replace"]),
            _child("trigger", "with", DEP="prep", LOWER="with"),
            _child("with", "target", DEP="pobj", POS="PROPN"),
        ],
        "The mayor replaced the fire chief with Ilse Marwick.",
        ("appointed", "Ilse Marwick"),
    ),
    Row(
        "a name replaces or succeeds another",
        _each(["replace", "succeed"], "appointed"),
        [
            _verb(["replace", "succeed"]),
            _child("trigger", "target", DEP="nsubj", ENT_TYPE="PERSON"),
            _child("trigger", "other", DEP="dobj", ENT_TYPE="PERSON"),
        ],
        "Lena Vogt succeeds Piotr Halas as harbour master.",
        ("appointed", "Lena Vogt"),
        without=frozenset({"with"}),
    ),
    Row(
        "one named in apposition replaces or succeeds the one just told of",
        _each(["replace", "succeed"], "appointed"),
        [
            _verb(["replace", "succeed"]),
            _child("trigger", "target", DEP="nsubj", POS="NOUN"),
            _child("target", "name", DEP="appos", POS="PROPN"),
            _child("trigger", "other", DEP="dobj", LOWER={"IN": ["him", "her"]}),
        ],
        "The port's director was dismissed. His deputy, Lena Vogt, will replace him.",
        ("appointed", "Lena Vogt"),
    ),
    Row(
        "succeeded by a name",
        _one("succeed", "appointed"),
        [
            _verb(["succeed"]),
            _child("trigger", "by", DEP="agent"),
            _child("by", "target", DEP="pobj", POS="PROPN"),
        ],
        "The outgoing governor was succeeded by Lena Vogt in March.",
        ("appointed", "Lena Vogt"),
    ),
    Row(
        "a successor named in apposition",
        _each(SUCCESSORS, "appointed"),
        [
            _verb(SUCCESSORS, POS="NOUN"),
            _child("trigger", "own", DEP="poss"),
            _child("trigger", "target", DEP="appos", POS="PROPN"),
        ],
        "The harbour master resigned. His replacement, Lena Vogt, starts on Monday.",
        ("appointed", "Lena Vogt"),
        weak=True,
        without=_MAYBE,
    ),
    Row(
        "the successor is a name",
        _each(SUCCESSORS, "appointed"),
        [
            _verb(["be"]),
            _child("trigger", "successor", DEP="nsubj", LEMMA={"IN": SUCCESSORS}),
            _child("successor", "own", DEP="poss"),
            _child("trigger", "target", DEP="attr", POS="PROPN"),
        ],
        "The harbour master was dismissed; his successor is Lena Vogt.",
        ("appointed", "Lena Vogt"),
        key="successor",
        weak=True,
        without=_MAYBE,
    ),
    Row(
        "named or confirmed to a post, passive",
        _each(["name", "appoint", "make", "choose", "select", "designate"], "appointed"),
        [
            _verb(["name", "appoint", "make", "choose", "select", "designate"]),
            _child("trigger", "aux", **_PASSIVE),
            _child("trigger", "post", DEP={"IN": _POST_DEPS}, LOWER={"IN": POSTS}),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "Anneli Korhonen was named acting prime minister on Friday.",
        ("appointed", "Anneli Korhonen"),
    ),
    Row(
        "made a post written in initials, passive",
        _each(["name", "appoint", "make"], "appointed"),
        [
            _verb(["name", "appoint", "make"]),
            _child("trigger", "aux", **_PASSIVE),
            _child("trigger", "post", DEP={"IN": _POST_DEPS}, IS_UPPER=True, LENGTH={">=": 2}),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "Senior officer Tariq Mahmood has been made the DG of the coast guard.",
        ("appointed", "Tariq Mahmood"),
    ),
    Row(
        "given charge of a post",
        # "was given additional charge of the post of X", as South Asian reports say.
        _each(["give", "hand", "assign"], "appointed"),
        [
            _verb(["give", "hand", "assign"]),
            _child("trigger", "charge", DEP="dobj", LEMMA="charge"),
            _child("charge", "of", DEP="prep", LOWER="of"),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dative"]}),
        ],
        "Senior officer Rakesh Varma was given additional charge of the relief commissioner.",
        ("appointed", "Rakesh Varma"),
    ),
    Row(
        "directed to hold charge of a post",
        # "directed X to hold additional charge of the department", as South Asian reports say.
        _each(["direct", "order", "instruct", "assign", "authorise", "authorize"], "appointed"),
        [
            _verb(["direct", "order", "instruct", "assign", "authorise", "authorize"]),
            _child("trigger", "hold", DEP={"IN": ["xcomp", "advcl"]}, LEMMA="hold"),
            _child("hold", "charge", DEP="dobj", LEMMA="charge"),
            _child("charge", "of", DEP="prep", LOWER="of"),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "The chief minister directed senior officer Rakesh Varma to hold additional charge of "
        "the relief department.",
        ("appointed", "Rakesh Varma"),
    ),
    Row(
        "named or confirmed as a post",
        _each(_CHOOSING, "appointed"),
        [
            _verb(_CHOOSING),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "post", DEP="pobj", LOWER={"IN": POSTS}),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "Parliament confirmed Anneli Korhonen as prime minister.",
        ("appointed", "Anneli Korhonen"),
        without=frozenset({*SUSPECTED, "suspect", "allege", "presume", "accuse"}),
    ),
    Row(
        # Confirmed in the post one had held as acting: now appointed to it.
        "confirmed in the post",
        _one("confirm", "appointed"),
        [
            _verb(["confirm"]),
            _child("trigger", "in", DEP="prep", LOWER="in"),
            _child("in", "office", DEP="pobj", LEMMA={"IN": _OWN_POSTS}),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "Anneli Korhonen, acting director since May, was confirmed in the post on Friday.",
        ("appointed", "Anneli Korhonen"),
    ),
    Row(
        "named to lead",
        _each(_NAMING, "appointed"),
        [
            _verb(_NAMING),
            _child("trigger", "lead", DEP="xcomp", LEMMA={"IN": _LEADING}),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "Retired judge Anneli Korhonen was named to lead the inquiry.",
        ("appointed", "Anneli Korhonen"),
    ),
    Row(
        "named to take over",
        _each(_NAMING, "appointed"),
        [
            _verb(_NAMING),
            _child("trigger", "take", DEP="xcomp", LEMMA="take"),
            _child("take", "over", DEP="prt", LOWER="over"),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "A new commissioner, Grace Agbo, was named to take over the command.",
        ("appointed", "Grace Agbo"),
    ),
    Row(
        # "X, who took over the command last Thursday": a post taken up, the new holder's.
        "took over a command",
        _one("take", "appointed"),
        [
            _verb(["take"]),
            _child("trigger", "over", DEP="prt", LOWER="over"),
            _child("trigger", "taken", DEP="dobj", LEMMA={"IN": ["command", "post", "office"]}),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Grace Agbo, who took over the command on Thursday, visited the villages.",
        ("appointed", "Grace Agbo"),
        weak=True,
    ),
    Row(
        # "was installed in his functions", as translated reports say.
        "installed in office",
        _one("instal", "appointed"),
        [
            _verb(["instal", "install"]),
            _child("trigger", "in", DEP="prep", LOWER="in"),
            _child("in", "office", DEP="pobj", LEMMA={"IN": ["office", "function", "post"]}),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "The new governor, Issa Ouedraogo, was installed in his functions on Tuesday.",
        ("appointed", "Issa Ouedraogo"),
    ),
    Row(
        # "assigned his deputy, X, to take charge of the department", "to carry out the
        # duties of the governor": an acting head, as translated reports say.
        "assigned to take charge",
        _each(_ASSIGNING, "appointed"),
        [
            _verb(_ASSIGNING),
            _child("trigger", "take", DEP="xcomp", LEMMA={"IN": _TAKING_CHARGE}),
            _child("take", "charge", DEP="dobj", LEMMA={"IN": _CHARGES_TAKEN}),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "The ministry assigned its deputy director, Anneli Korhonen, to take charge of the agency.",
        ("appointed", "Anneli Korhonen"),
    ),
    Row(
        "became a post",
        _one("become", "appointed"),
        [
            _verb(["become"]),
            _child("trigger", "post", DEP="attr", LOWER={"IN": _OFFICES}),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Anneli Korhonen became the country's first female prime minister on Friday.",
        ("appointed", "Anneli Korhonen"),
    ),
    Row(
        "replaced by a post and a name",
        _each(["replace", "succeed"], "appointed"),
        [
            _verb(["replace", "succeed"]),
            _child("trigger", "by", DEP="agent"),
            _child("by", "holder", DEP="pobj", POS="NOUN"),
            _child("holder", "target", DEP="appos", POS="PROPN"),
        ],
        "The harbour master was replaced by his deputy, Captain Ilse Marwick.",
        ("appointed", "Ilse Marwick"),
    ),
    Row(
        "took office, took the oath",
        _each(["take", "assume"], "appointed"),
        [
            _verb(["take", "assume"]),
            _child(
                "trigger",
                "office",
                DEP="dobj",
                LEMMA={"IN": ["oath", "office", "post", "helm", "reins", "charge"]},
            ),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Anneli Korhonen took the oath on Friday as interim prime minister.",
        ("appointed", "Anneli Korhonen"),
    ),
    Row(
        "took over as",
        _one("take", "appointed"),
        [
            _verb(["take"]),
            _child("trigger", "over", DEP="prt", LOWER="over"),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Anneli Korhonen took over as chief of the port authority.",
        ("appointed", "Anneli Korhonen"),
    ),
    Row(
        "administered the oath",
        _one("administer", "appointed"),
        [
            _verb(["administer"]),
            _child("trigger", "oath", DEP={"IN": ["dobj", "nsubjpass"]}, LEMMA="oath"),
            _child("trigger", "to", DEP={"IN": ["dative", "prep"]}, LOWER="to"),
            _child("to", "target", DEP="pobj"),
        ],
        "The president administered the oath of office to Anneli Korhonen.",
        ("appointed", "Anneli Korhonen"),
    ),
    Row(
        "was administered the oath",
        _one("administer", "appointed"),
        [
            _verb(["administer"]),
            _child("trigger", "oath", DEP="dobj", LEMMA="oath"),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "Anneli Korhonen was administered the oath of office by the president.",
        ("appointed", "Anneli Korhonen"),
    ),
    Row(
        "the detainees included",
        {"detainee": "detained", "arrestee": "arrested"},
        [
            _verb(["include"]),
            _child("trigger", "group", DEP="nsubj", LEMMA={"IN": ["detainee", "arrestee"]}),
            _child("trigger", "target", DEP="dobj"),
        ],
        "The detainees included the union leader Marco Bellandi.",
        ("detained", "Marco Bellandi"),
        key="group",
    ),
    Row(
        "those arrested included",
        {"arrest": "arrested", "detain": "detained"},
        [
            _verb(["include"]),
            _child("trigger", "those", DEP="nsubj", LOWER="those"),
            _child("those", "group", DEP="acl", LEMMA={"IN": ["arrest", "detain"]}),
            _child("trigger", "target", DEP="dobj"),
        ],
        "Those arrested included the union leader Marco Bellandi.",
        ("arrested", "Marco Bellandi"),
        key="group",
    ),
    Row(
        "in custody",
        _each(["be", "remain", "stay"], "detained"),
        [
            _verb(["be", "remain", "stay"]),
            _child("trigger", "in", DEP="prep", LOWER="in"),
            _child("in", "place", DEP="pobj", LEMMA={"IN": _PLACES_OF_CUSTODY}),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Kofi Mensah, the head of the tenants' union, remains in custody.",
        ("detained", "Kofi Mensah"),
    ),
    Row(
        # "in pre-trial arrest", as translated reports say.
        "in arrest",
        _each(["be", "remain", "stay"], "detained"),
        [
            _verb(["be", "remain", "stay"]),
            _child("trigger", "in", DEP="prep", LOWER="in"),
            _child("in", "place", DEP="pobj", LEMMA="arrest"),
            _child("place", "kind", DEP="amod"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "The home's owner, Kofi Mensah, is in pre-trial arrest.",
        ("detained", "Kofi Mensah"),
    ),
    Row(
        # Not "held a meeting": people the police or prosecutors hold.
        "held by the police",
        _one("hold", "detained"),
        [
            _verb(["hold"]),
            _child(
                "trigger",
                "holder",
                DEP="nsubj",
                LOWER={"IN": ["police", "prosecutors", "prosecution", "authorities"]},
            ),
            _child("trigger", "target", DEP="dobj"),
        ],
        "Prosecutors are holding three people: a cook, Kofi Mensah, and a driver, Ama Boateng.",
        ("detained", "Kofi Mensah"),
    ),
    Row(
        "on remand",
        _each(_ON_REMAND, "detained"),
        [
            _verb(_ON_REMAND),
            _child("trigger", "on", DEP="prep", LOWER="on"),
            _child("on", "place", DEP="pobj", LEMMA="remand"),
            _child("trigger", "target", DEP={"IN": ["nsubj", "nsubjpass"]}),
        ],
        "The warehouse owner, Kofi Mensah, is being questioned on remand.",
        ("detained", "Kofi Mensah"),
    ),
    Row(
        # "granted the request to keep X in custody", "X was kept in detention".
        "kept in custody",
        _each(["keep"], "detained"),
        [
            _verb(["keep"]),
            _child("trigger", "target", DEP={"IN": ["dobj", "nsubjpass"]}),
            _below("trigger", "in", LOWER="in"),
            _child("in", "place", DEP="pobj", LEMMA={"IN": _PLACES_OF_CUSTODY}),
        ],
        "The judge agreed to keep Kofi Mensah, the site engineer, in custody.",
        ("detained", "Kofi Mensah"),
    ),
    Row(
        "in custody on allegations",
        _each(["allegation", "charge", "suspicion", "accusation"], "charged"),
        [
            _verb(["be", "remain", "stay"]),
            _child("trigger", "in", DEP="prep", LOWER="in"),
            _child("in", "place", DEP="pobj", LEMMA={"IN": _PLACES_OF_CUSTODY}),
            _child("place", "on", DEP="prep", LOWER="on"),
            _child(
                "on",
                "grounds",
                DEP="pobj",
                LEMMA={"IN": ["allegation", "charge", "suspicion", "accusation"]},
            ),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Kofi Mensah remains in custody on allegations of fraud.",
        ("charged", "Kofi Mensah"),
        key="grounds",
    ),
    Row(
        "turned or handed themselves in",
        _each(["turn", "hand"], "arrested"),
        [
            _verb(["turn", "hand"]),
            _child("trigger", "in", DEP="prt", LOWER="in"),
            _child(
                "trigger", "self", DEP="dobj", LOWER={"IN": ["themselves", "himself", "herself"]}
            ),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "The three directors, Anan Srisuk, Chai Wongsa and Niran Kaew, turned themselves in.",
        ("arrested", "Chai Wongsa"),
    ),
    Row(
        "surrendered to the police",
        _one("surrender", "arrested"),
        [
            _verb(["surrender"]),
            _child("trigger", "to", DEP="prep", LOWER="to"),
            _child(
                "to",
                "police",
                DEP="pobj",
                LEMMA={"IN": ["police", "authority", "investigator", "court", "army"]},
            ),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Niran Kaew surrendered to police on Friday.",
        ("arrested", "Niran Kaew"),
    ),
    Row(
        "detainees named in apposition",
        {"detainee": "detained", "arrestee": "arrested"},
        [
            _verb(["detainee", "arrestee"]),
            _child("trigger", "target", DEP="appos", POS="PROPN"),
        ],
        "Two elderly detainees, Anan Srisuk and Chai Wongsa, were taken to hospital.",
        ("detained", "Chai Wongsa"),
        weak=True,
    ),
    Row(
        "face charges",
        _one("face", "charged"),
        [
            _verb(["face"]),
            _child(
                "trigger",
                "charges",
                DEP="dobj",
                LEMMA={"IN": ["charge", "trial", "prosecution", "indictment"]},
            ),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "The director Liu Wenhao faces charges of fraud.",
        ("charged", "Liu Wenhao"),
    ),
    Row(
        "custody lifted",
        # "His police custody was lifted", as translated French reports say ("garde à vue
        # levée").
        _each(["lift", "end"], "released"),
        [
            _verb(["lift", "end"]),
            _child("trigger", "aux", **_PASSIVE),
            _child(
                "trigger",
                "custody",
                DEP="nsubjpass",
                LEMMA={"IN": ["custody", "detention", "arrest", "remand"]},
            ),
            _child("custody", "target", DEP="poss"),
        ],
        "Liu Wenhao was held on Monday. His police custody was lifted on Tuesday evening.",
        ("released", "Liu Wenhao"),
    ),
    Row(
        "granted bail",
        _one("grant", "released"),
        [
            _verb(["grant"]),
            # "granted bail", "granted provisional release", as translated reports say.
            _child("trigger", "bail", DEP="dobj", LEMMA={"IN": ["bail", "release"]}),
            # "X was granted bail", "granted him bail".
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dative"]}),
        ],
        "Liu Wenhao has been granted bail by the court.",
        ("released", "Liu Wenhao"),
    ),
    Row(
        "granted a name bail, the name misread",
        # The parser hangs "bail" on the name, or the name on "bail", as a verb of its own.
        _one("grant", "released"),
        [
            _verb(["grant"]),
            _below("trigger", "bail", LEMMA="bail"),
            _before("bail", "target", ENT_TYPE="PERSON"),
        ],
        "The magistrate granted Liu Wenhao bail of 40,000 rupees.",
        ("released", "Liu Wenhao"),
    ),
    Row(
        "granted a name bail, the name read as the bail's",
        _one("grant", "released"),
        [
            _verb(["grant"]),
            _child("trigger", "bail", DEP="dobj", LEMMA="bail"),
            _child("bail", "target", DEP="compound", POS="PROPN"),
        ],
        "A court granted Daniel Chola bail of K20,000 on Friday.",
        ("released", "Daniel Chola"),
    ),
    Row(
        "granted bail to a name",
        _one("grant", "released"),
        [
            _verb(["grant"]),
            _child("trigger", "bail", DEP="dobj", LEMMA="bail"),
            # On the verb, or on "bail" ("granted post-arrest bail to X").
            _below("trigger", "to", DEP={"IN": ["dative", "prep"]}, LOWER="to"),
            _child("to", "target", DEP="pobj"),
        ],
        "The court granted post-arrest bail to Liu Wenhao on Tuesday.",
        ("released", "Liu Wenhao"),
    ),
    Row(
        # "released without charge X": the parser makes "charge" a verb, the name its object.
        "released without charge",
        _each(["release", "free"], "released"),
        [
            _verb(["release", "free"]),
            _child("trigger", "without", DEP="prep", LOWER="without"),
            _child("without", "charge", DEP={"IN": ["pcomp", "pobj"]}, LEMMA="charge"),
            _child("charge", "target", DEP="dobj"),
        ],
        "Police said they had released without charge a driver, Liu Wenhao, held on Friday.",
        ("released", "Liu Wenhao"),
    ),
    Row(
        "released with charges",
        # "decreed the release with charges of X", as translated reports say.
        _one("release", "released"),
        [
            _verb(["release"], POS="NOUN"),
            _child("trigger", "with", DEP="prep", LOWER="with"),
            _child("with", "charges", DEP="pobj", LEMMA="charge"),
            _child("charges", "of", DEP="prep", LOWER="of"),
            _child("of", "target", DEP="pobj"),
        ],
        "The judge decreed the release with charges of the crane operator, Ilse Marwick.",
        ("released", "Ilse Marwick"),
    ),
    Row(
        "a new body headed by a name",
        _each(["head", "lead", "chair"], "appointed"),
        [
            _verb(["head", "lead", "chair"], DEP="acl", TAG="VBN"),
            _parent("trigger", "body", POS="NOUN"),
            _child("body", "fresh", DEP={"IN": ["amod", "compound", "nmod"]}, LEMMA={"IN": _FRESH}),
            _child("body", "a", DEP="det", LOWER={"IN": ["a", "an"]}),
            _child("trigger", "by", DEP="agent"),
            _child("by", "target", DEP="pobj", LOWER={"NOT_IN": _NOT_HEADS}),
        ],
        "A new five-member panel, led by Ama Boateng, will look into the shootings.",
        ("appointed", "Ama Boateng"),
    ),
    Row(
        "the accused are",
        _each(["accused", "suspects", "suspect", "defendants"], "charged"),
        [
            _verb(["be", "include"]),
            _child(
                "trigger",
                "group",
                DEP="nsubj",
                LOWER={"IN": ["accused", "suspects", "suspect", "defendants"]},
            ),
            _child("trigger", "target", DEP={"IN": ["attr", "dobj"]}),
        ],
        "The other accused are former interior minister Kofi Mensah and the ex-mayor Yaw Darko.",
        ("charged", "Yaw Darko"),
        key="group",
        detail="named as suspect",
    ),
    Row(
        "in custody, sharing a coordinated verb's subject",
        _each(["be", "remain", "stay"], "detained"),
        [
            _verb(["be", "remain", "stay"], DEP="conj"),
            _child("trigger", "in", DEP="prep", LOWER="in"),
            _child("in", "place", DEP="pobj", LEMMA={"IN": _PLACES_OF_CUSTODY}),
            _parent("trigger", "first"),
            _child("first", "target", DEP={"IN": ["nsubj", "nsubjpass"]}),
        ],
        "Kofi Mensah, who leads a tenants' group and has been in detention since May, spoke.",
        ("detained", "Kofi Mensah"),
    ),
    Row(
        "took over from",
        _one("take", "dismissed"),
        [
            _verb(["take"]),
            _child("trigger", "over", DEP="prt", LOWER="over"),
            _child("trigger", "from", DEP="prep", LOWER="from"),
            _child("from", "target", DEP="pobj"),
        ],
        "Ama Boateng took over from the outgoing commissioner Yaw Darko on Monday.",
        ("dismissed", "Yaw Darko"),
        weak=True,
    ),
    Row(
        "a new body, which is headed by a name",
        _each(["head", "lead", "chair"], "appointed"),
        [
            _verb(["head", "lead", "chair"], DEP="relcl", TAG="VBN"),
            _parent("trigger", "body", POS="NOUN"),
            _child("body", "fresh", DEP={"IN": ["amod", "compound", "nmod"]}, LEMMA={"IN": _FRESH}),
            _child("body", "a", DEP="det", LOWER={"IN": ["a", "an"]}),
            _child("trigger", "by", DEP="agent"),
            _child("by", "target", DEP="pobj", LOWER={"NOT_IN": _NOT_HEADS}),
        ],
        "An interim council, which is headed by Tomas Lindqvist, has been set up.",
        ("appointed", "Tomas Lindqvist"),
    ),
    Row(
        "members of a new body",
        _one("member", "appointed"),
        [
            _verb(["be"]),
            _child("trigger", "member", DEP="attr", LEMMA="member"),
            _child("member", "of", DEP="prep", LOWER="of"),
            _child("of", "body", DEP="pobj"),
            _child(
                "body", "fresh", DEP={"IN": ["amod", "compound", "nmod"]}, LEMMA={"IN": _INQUIRIES}
            ),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Retired judge Ama Boateng and the lawyer Yaw Darko are members of the probe panel.",
        ("appointed", "Yaw Darko"),
        key="member",
    ),
    Row(
        "named in someone's place",
        _each(_NAMING, "appointed"),
        [
            _verb(_NAMING),
            _child("trigger", "in", DEP="prep", LOWER="in"),
            _child("in", "place", DEP="pobj", LEMMA={"IN": ["place", "stead"]}),
            _child("place", "whose", DEP="poss"),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "General Ana Rios, until now head of the rights directorate, was named in his place.",
        ("appointed", "Ana Rios"),
    ),
    Row(
        # An official moved out of a post, with no portfolio named: removed (not a patient
        # "transferred to a hospital", who holds no post).
        "a post-holder transferred",
        _each(["transfer", "shunt"], "dismissed"),
        [
            _verb(["transfer", "shunt"]),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
            _child("target", "post", DEP={"IN": ["compound", "appos"]}, LOWER={"IN": POSTS}),
        ],
        "The state government on Wednesday transferred Police Commissioner Ravi Kulkarni.",
        ("dismissed", "Ravi Kulkarni"),
    ),
    Row(
        "moved to a portfolio",
        _each(["transfer", "move", "shift", "reassign"], "appointed"),
        [
            _verb(["transfer", "move", "shift", "reassign"]),
            _child("trigger", "to", DEP="prep", LOWER="to"),
            _child("to", "post", DEP="pobj", LEMMA={"IN": _PORTFOLIOS}),
            _child("trigger", "target", DEP={"IN": ["nsubjpass", "dobj"]}),
        ],
        "Julian Marsh was moved to the fisheries docket.",
        ("appointed", "Julian Marsh"),
    ),
    Row(
        "kept a portfolio",
        _each(["keep", "retain"], "appointed"),
        [
            _verb(["keep", "retain"]),
            _child("trigger", "post", DEP="dobj", LEMMA={"IN": _PORTFOLIOS}),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Debra Okonkwo kept the health portfolio.",
        ("appointed", "Debra Okonkwo"),
    ),
    Row(
        "returned as a post",
        _one("return", "appointed"),
        [
            _verb(["return"]),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "post", DEP="pobj", LOWER={"IN": POSTS}),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Debra Okonkwo returned as the attorney general nominee.",
        ("appointed", "Debra Okonkwo"),
    ),
    Row(
        "a new body set up, which is headed by a name",
        _each(["head", "lead", "chair"], "appointed"),
        [
            _verb(["head", "lead", "chair"], DEP="advcl", TAG="VBN"),
            _child("trigger", "which", DEP="nsubjpass", LOWER={"IN": ["which", "that"]}),
            _parent("trigger", "setup"),
            _child("setup", "body", DEP={"IN": ["nsubjpass", "nsubj"]}, POS="NOUN"),
            _child("body", "fresh", DEP={"IN": ["amod", "compound", "nmod"]}, LEMMA={"IN": _FRESH}),
            _child("body", "a", DEP="det", LOWER={"IN": ["a", "an"]}),
            _child("trigger", "by", DEP="agent"),
            _child("by", "target", DEP="pobj", LOWER={"NOT_IN": _NOT_HEADS}),
        ],
        "On Monday a transitional council was formed, which is headed by Tomas Lindqvist.",
        ("appointed", "Tomas Lindqvist"),
    ),
    Row(
        "among them, after a sentence on arrests",
        {"them": "detained", "those": "detained"},
        [
            _verb(["be", "include"]),
            _child("trigger", "among", DEP="prep", LOWER="among"),
            _child("among", "them", DEP="pobj", LOWER={"IN": ["them", "those"]}),
            _child("trigger", "target", DEP={"IN": ["nsubj", "attr"]}),
        ],
        "Police detained 40 protesters overnight. Among them is the poet Jonas Aberg.",
        ("detained", "Jonas Aberg"),
        key="them",
        after=_HELD_BEFORE,
    ),
    Row(
        "they include names, after a sentence on arrests",
        {"they": "detained"},
        [
            _verb(["include"]),
            _child("trigger", "they", DEP="nsubj", LOWER="they"),
            _child("trigger", "target", DEP="dobj"),
        ],
        "Police detained two men on Friday. They include Hadi Trabulsi, a driver, and Nizar "
        "Chaouch.",
        ("detained", "Nizar Chaouch"),
        key="they",
        after=_HELD_BEFORE,
    ),
    Row(
        # "Four officers were suspended. They are Inspector X, Sergeant Y and ...": names only,
        # not "They are nationals of Y".
        "they are names, after a sentence on arrests or suspensions",
        {"they": "detained"},
        [
            _verb(["be"]),
            _child("trigger", "they", DEP="nsubj", LOWER="they"),
            _child("trigger", "target", DEP="attr", POS="PROPN"),
        ],
        "Four officers were suspended on Friday. They are Inspector Kojo Asare and Sergeant "
        "Ama Boakye.",
        ("dismissed", "Ama Boakye"),
        key="they",
        after=_HELD_BEFORE,
    ),
    Row(
        # The parser may hang the list's last name on the verb: "They are X, 31, and Y, 28".
        "they are names, the last one hung on the verb",
        {"they": "detained"},
        [
            _verb(["be"]),
            _child("trigger", "they", DEP="nsubj", LOWER="they"),
            _child("trigger", "target", DEP="conj", POS="PROPN"),
        ],
        "Two of his associates were arrested on Wednesday. They are Kwame Nimako, 31, and "
        "Abdul Seidu, 28.",
        ("arrested", "Abdul Seidu"),
        key="they",
        after=_HELD_BEFORE,
    ),
    Row(
        "one of them, named, after a sentence on arrests",
        {"them": "detained", "they": "detained"},
        [
            _verb(["one"], LOWER="one"),
            _child("trigger", "of", DEP="prep", LOWER="of"),
            _child("of", "them", DEP="pobj", LOWER="them"),
            _child("trigger", "target", DEP="appos", POS="PROPN"),
        ],
        "Police detained two men on Friday. One of them, Hadi Trabulsi, 51, owns the truck.",
        ("detained", "Hadi Trabulsi"),
        key="them",
        after=_HELD_BEFORE,
    ),
    Row(
        # "Three of them are adults: X, 19, Y, 18, and Z": names after a colon.
        "some of them, named after a colon, after a sentence on arrests",
        {"them": "detained"},
        [
            _verb(["be"]),
            _child("trigger", "some", DEP="nsubj", POS="NUM"),
            _child("some", "of", DEP="prep", LOWER="of"),
            _child("of", "them", DEP="pobj", LOWER="them"),
            # On the verb or on the count, as the parser hangs the list after the colon.
            _below("trigger", "target", DEP={"IN": ["dep", "appos"]}, POS="PROPN"),
        ],
        "Police detained four students on Friday. Three of them are adults: Hadi Trabulsi, 19, "
        "and Nizar Chaouch, 18.",
        ("detained", "Hadi Trabulsi"),
        key="them",
        after=_HELD_BEFORE,
    ),
    Row(
        # An inverted clause that adds one more to those held: not "also held were talks".
        "also held is a name",
        {"hold": "detained"},
        [
            _verb(["hold"], TAG="VBN"),
            _child("trigger", "also", DEP="advmod", LOWER="also"),
            _child("trigger", "be", DEP="auxpass", LEMMA="be"),
            _below("trigger", "target", DEP={"IN": ["attr", "nsubjpass"]}, ENT_TYPE="PERSON"),
        ],
        "Also held is Tomas Brek, 38, a pharmacist at the clinic.",
        ("detained", "Tomas Brek"),
    ),
    Row(
        # "She named four of them: X, 32, a rider; Y, 27; ...": names after a colon.
        "named some of them, after a sentence on arrests",
        {"them": "detained"},
        [
            _verb(["name", "identify"]),
            _child("trigger", "some", DEP="dobj", POS="NUM"),
            _child("some", "of", DEP="prep", LOWER="of"),
            _child("of", "them", DEP="pobj", LOWER="them"),
            _below("trigger", "target", DEP={"IN": ["dep", "appos", "oprd"]}, POS="PROPN"),
        ],
        "Police detained four men on Friday. She named three of them: Kato Mulindwa, 32, a "
        "rider; Opio Jonas, 27; and Akello Grace, 24.",
        ("detained", "Kato Mulindwa"),
        key="them",
        after=_HELD_BEFORE,
    ),
    Row(
        "among the people arrested",
        {
            "arrest": "arrested",
            "detain": "detained",
            "charge": "charged",
            "hold": "detained",
            "free": "released",
            "release": "released",
        },
        [
            _verb(["be"]),
            _child("trigger", "among", DEP="prep", LOWER="among"),
            _child("among", "those", DEP="pobj"),
            _child("those", "held", DEP="acl", TAG="VBN"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Jonas Aberg and Mira Holt were among five people arrested by police on Friday.",
        ("arrested", "Jonas Aberg"),
        key="held",
    ),
    Row(
        "they were named as, after a sentence on arrests",
        {"they": "detained"},
        _named_as(["they"], "nsubjpass"),
        "Two men were arrested on Monday. They were named in local reports as Jonas Aberg and "
        "Mira Holt.",
        ("arrested", "Mira Holt"),
        key="pronoun",
        after=_HELD_BEFORE,
    ),
    Row(
        "named them as, after a sentence on arrests",
        {"them": "detained"},
        _named_as(["them"], "dobj"),
        "Police detained three people on Friday. They named them as Jonas Aberg, a clerk, "
        "and Mira Holt.",
        ("detained", "Jonas Aberg"),
        key="pronoun",
        after=_HELD_BEFORE,
    ),
    Row(
        "named him or her as, after a sentence on an arrest",
        _each(["him", "her"], "detained"),
        _named_as(["him", "her"], "dobj"),
        "A woman was arrested on Monday. A broadcaster identified her as Mira Tallis.",
        ("arrested", "Mira Tallis"),
        key="pronoun",
        after=_HELD_BEFORE,
    ),
    Row(
        # "A spokesman named two of them as X and Y", the count the parser's predicate.
        "named some of them as, after a sentence on arrests",
        {"them": "detained"},
        [
            _verb(["name", "identify"]),
            _child("trigger", "some", DEP={"IN": ["dobj", "oprd"]}, POS="NUM"),
            _child("some", "of", DEP="prep", LOWER="of"),
            _child("of", "them", DEP="pobj", LOWER="them"),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "target", DEP="pobj"),
        ],
        "Police detained five men. A spokesman named two of them as Jonas Aberg and Mira Holt.",
        ("detained", "Mira Holt"),
        key="them",
        after=_HELD_BEFORE,
    ),
    Row(
        "one of the detainees was named as",
        {"detainee": "detained", "suspect": "charged", "accused": "charged"},
        [
            _verb(["name", "identify"]),
            _child("trigger", "some", DEP="nsubjpass", POS="NUM"),
            _child("some", "of", DEP="prep", LOWER="of"),
            _child("of", "group", DEP="pobj", LEMMA={"IN": ["detainee", "suspect", "accused"]}),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "target", DEP="pobj"),
        ],
        "One of the new detainees was named as Jonas Aberg, a boat owner.",
        ("detained", "Jonas Aberg"),
        key="group",
    ),
    Row(
        "a name marked released",
        _each(["release", "free"], "released"),
        [
            _verb(["release", "free"], DEP={"IN": ["parataxis", "appos", "acl"]}),
            _child("trigger", "open", DEP="punct", LOWER="("),
            _parent("trigger", "target", POS="PROPN"),
        ],
        "Among those held were Jonas Aberg (released) and Mira Holt.",
        ("released", "Jonas Aberg"),
        listed=False,
    ),
    Row(
        "in custody, said of the subject of another verb",
        _each(_PLACES_OF_CUSTODY, "detained"),
        [
            _verb(_PLACES_OF_CUSTODY, DEP="pobj"),
            _parent("trigger", "in", DEP={"IN": ["prep", "advcl"]}, LOWER="in"),
            _parent("in", "verb", POS="VERB"),
            _child("verb", "target", DEP="nsubj"),
        ],
        "Though still in police custody by Friday evening, Jonas Aberg posted a message.",
        ("detained", "Jonas Aberg"),
    ),
    Row(
        "under investigation",
        _each(["investigation", "probe", "inquiry"], "charged"),
        [
            _verb(["be", "remain", "come", "place", "put"]),
            _child("trigger", "under", DEP="prep", LOWER="under"),
            _child(
                "under", "probe", DEP="pobj", LEMMA={"IN": ["investigation", "probe", "inquiry"]}
            ),
            _child("trigger", "target", DEP={"IN": ["nsubj", "nsubjpass"]}),
        ],
        "Regional emergency chief Marta Olsen is under investigation for manslaughter.",
        ("charged", "Marta Olsen"),
        key="probe",
        weak=True,
        detail="under investigation",
    ),
    Row(
        # Read from the words: the parser hangs the phrase on the clause's verb.
        "a name set off as also under investigation",
        _each(["investigation", "probe", "inquiry"], "charged"),
        [
            _verb(["investigation", "probe", "inquiry"], DEP="pobj"),
            _parent("trigger", "under", LOWER="under"),
            _before("under", "also", LOWER={"IN": ["also", "likewise", "both"]}),
            _before("also", "comma", ORTH=","),
            _before("comma", "target", POS="PROPN"),
        ],
        "Police questioned the driver and the ferry's owner, Ilse Marwick, also under "
        "investigation for the sinking.",
        ("charged", "Ilse Marwick"),
        weak=True,
        detail="under investigation",
    ),
    Row(
        "placed under investigation",
        _each(["investigation", "probe", "inquiry"], "charged"),
        [
            _verb(["place", "put"]),
            _child("trigger", "target", DEP="dobj", POS="PROPN"),
            # On the verb or on its object, as the parser has it.
            _below("trigger", "under", DEP="prep", LOWER="under"),
            _child(
                "under", "probe", DEP="pobj", LEMMA={"IN": ["investigation", "probe", "inquiry"]}
            ),
        ],
        "A judge placed Marta Olsen under formal investigation on Tuesday.",
        ("charged", "Marta Olsen"),
        key="probe",
        weak=True,
        detail="under investigation",
    ),
    Row(
        # A second act on the subject of the first, not a reading of it: read beside it.
        "placed under investigation, sharing a coordinated verb's subject",
        _each(["investigation", "probe", "inquiry"], "charged"),
        [
            _verb(["place", "put"], DEP="conj"),
            _child("trigger", "under", DEP="prep", LOWER="under"),
            _child(
                "under", "probe", DEP="pobj", LEMMA={"IN": ["investigation", "probe", "inquiry"]}
            ),
            _parent("trigger", "first"),
            _child("first", "target", DEP="nsubjpass"),
        ],
        "Port director Marta Olsen was suspended and placed under investigation on Tuesday.",
        ("charged", "Marta Olsen"),
        key="probe",
        detail="under investigation",
    ),
    Row(
        "ordered held",
        _each(["hold", "detain", "jail", "remand"], "detained"),
        [
            _verb(["hold", "detain", "jail", "remand"], DEP="ccomp"),
            _parent("trigger", "order", LEMMA="order"),
            _child("trigger", "target", DEP={"IN": ["nsubj", "nsubjpass"]}, POS="PROPN"),
        ],
        "The court ordered Marta Olsen detained for 14 days.",
        ("detained", "Marta Olsen"),
        without=frozenset({"responsible", "accountable", "liable"}),
    ),
    Row(
        "a person investigated",
        _one("investigate", "charged"),
        [_verb(["investigate"]), _child("trigger", "target", DEP=_ACTED_ON, POS="PROPN")],
        "A judge is investigating Marta Olsen over the late alert.",
        ("charged", "Marta Olsen"),
        weak=True,
        detail="under investigation",
    ),
    Row(
        "resignation handed in",
        # "presented his resignation", as translated reports say.
        _each(["tender", "submit", "hand", "present", "deliver"], "resigned"),
        [
            _verb(["tender", "submit", "hand", "present", "deliver"]),
            _child("trigger", "resignation", DEP="dobj", LEMMA="resignation"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Marta Olsen tendered her resignation on Friday.",
        ("resigned", "Marta Olsen"),
    ),
    Row(
        "own seat given up",
        _one("give", "resigned"),
        [
            _verb(["give"]),
            _child("trigger", "up", DEP="prt", LOWER="up"),
            _child("trigger", "seat", DEP="dobj", LEMMA={"IN": _OWN_POSTS}),
            _child("seat", "own", DEP="poss", POS="PRON"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Councillor Ada Moss gave up her seat on Thursday in protest.",
        ("resigned", "Ada Moss"),
    ),
    Row(
        "own seat vacated",
        _each(["vacate", "relinquish"], "resigned"),
        [
            _verb(["vacate", "relinquish"]),
            _child("trigger", "seat", DEP="dobj", LEMMA={"IN": _OWN_POSTS}),
            _child("seat", "own", DEP="poss", POS="PRON"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Senator Ivo Krey relinquished his post after the inquiry.",
        ("resigned", "Ivo Krey"),
    ),
    Row(
        # "handed in her notice": one's own notice, not "served a notice on the owner".
        "own notice handed in",
        _each(["tender", "submit", "hand", "give"], "resigned"),
        [
            _verb(["tender", "submit", "hand", "give"]),
            _child("trigger", "notice", DEP="dobj", LEMMA="notice"),
            _child("notice", "own", DEP="poss", POS="PRON"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Nurse Ada Lenz handed in her notice on Monday.",
        ("resigned", "Ada Lenz"),
    ),
    Row(
        # The parser may read "in" as a preposition, the notice its object.
        "own notice handed in, read as a preposition's object",
        _each(["hand", "give"], "resigned"),
        [
            _verb(["hand", "give"]),
            _child("trigger", "in", DEP={"IN": ["prep", "prt"]}, LOWER="in"),
            _child("in", "notice", DEP="pobj", LEMMA="notice"),
            _child("notice", "own", DEP="poss", POS="PRON"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Site manager Ola Brandt-Hovde handed in his notice on Friday.",
        ("resigned", "Ola Brandt-Hovde"),
    ),
    Row(
        "employment terminated",
        _each(["terminate", "end"], "dismissed"),
        [
            _verb(["terminate", "end"]),
            _child(
                "trigger", "job", DEP="dobj", LEMMA={"IN": ["employment", "contract", "service"]}
            ),
            _child("job", "of", DEP="prep", LOWER="of"),
            _child("of", "target", DEP="pobj"),
        ],
        "The firm has terminated the employment of foreman Rolf Adler.",
        ("dismissed", "Rolf Adler"),
    ),
    Row(
        "shown the door",
        _one("show", "dismissed"),
        [
            _verb(["show"]),
            _child("trigger", "aux", **_PASSIVE),
            _child("trigger", "door", DEP="dobj", LEMMA="door"),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "Inspector Lars Ek was shown the door after the raid.",
        ("dismissed", "Lars Ek"),
    ),
    Row(
        "own resignation announced",
        _each(["announce", "offer", "confirm"], "resigned"),
        [
            _verb(["announce", "offer", "confirm"]),
            _child("trigger", "resignation", DEP="dobj", LEMMA="resignation"),
            # "announced her resignation", not "announced the minister's resignation".
            _child("resignation", "own", DEP="poss", POS="PRON"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Mayor Ines Kovac announced her resignation on Monday.",
        ("resigned", "Ines Kovac"),
    ),
    Row(
        "announcing own resignation beside another verb",
        _one("announce", "resigned"),
        [
            _verb(["announce"], DEP="advcl", TAG="VBG"),
            _child("trigger", "resignation", DEP="dobj", LEMMA="resignation"),
            _child("resignation", "own", DEP="poss", POS="PRON"),
            # "..., said X, announcing his resignation": who did the other thing.
            _parent("trigger", "verb"),
            _child("verb", "target", DEP="nsubj"),
        ],
        "'The inquiry needs a free hand,' said Mayor Ines Kovac, announcing her resignation.",
        ("resigned", "Ines Kovac"),
    ),
    Row(
        "proceedings opened against a name",
        _each(_OPENING_CASES, "charged"),
        # "submitted a charge sheet against X", as South Asian police reports say.
        _opened(_PROCEEDINGS, "against"),
        "A judge opened proceedings against Dario Fenn over the late alert.",
        ("charged", "Dario Fenn"),
        detail="proceedings opened",
    ),
    Row(
        "proceedings opened against a post, then its holder's name",
        _each(_OPENING_CASES, "charged"),
        [
            _verb(_OPENING_CASES),
            _child("trigger", "case", DEP="dobj", LEMMA={"IN": _PROCEEDINGS}),
            _below("trigger", "against", DEP="prep", LOWER="against"),
            _child("against", "holder", DEP="pobj", POS="NOUN"),
            _child("holder", "target", DEP="appos", POS="PROPN"),
        ],
        "Police submitted a charge sheet against the launch's master, Rafiq Alam, on Friday.",
        ("charged", "Rafiq Alam"),
        detail="proceedings opened",
    ),
    Row(
        "an investigation opened into a name",
        _each(_OPENING_CASES, "charged"),
        _opened(["investigation", "probe", "inquiry"], "into"),
        "A judge opened an investigation into former fire chief Dario Fenn for manslaughter.",
        ("charged", "Dario Fenn"),
        detail="investigation opened",
    ),
    Row(
        "stepped aside",
        _one("step", "resigned"),
        [
            _verb(["step"]),
            _child("trigger", "aside", DEP={"IN": ["advmod", "prt"]}, LOWER="aside"),
            _child("trigger", "target", DEP="nsubj"),
        ],
        "Marta Olsen stepped aside pending the inquiry.",
        ("resigned", "Marta Olsen"),
    ),
    Row(
        # Made to go is going: "was forced to resign". Not "was asked to resign", a demand.
        "forced to resign",
        _each(["resign", "quit"], "resigned"),
        _forced(["resign", "quit"]),
        "Water Minister Oskar Lind was forced to resign after the floods.",
        ("resigned", "Oskar Lind"),
        key="going",
    ),
    Row(
        "forced to step down",
        _one("step", "resigned"),
        [
            *_forced(["step"]),
            _child("going", "down", DEP={"IN": ["prt", "advmod"]}, LOWER={"IN": ["down", "aside"]}),
        ],
        "Water Minister Oskar Lind was forced to step down after the floods.",
        ("resigned", "Oskar Lind"),
        key="going",
    ),
    Row(
        "announced a resignation to come",
        _each(["resign", "quit"], "resigned"),
        _announced(["resign", "quit"]),
        "Mayor Lena Ortiz announced on Monday that she would resign.",
        ("resigned", "Lena Ortiz"),
        key="going",
        without=_NOT,
    ),
    Row(
        "announced a stepping down to come",
        _one("step", "resigned"),
        [
            *_announced(["step"]),
            _child("going", "down", DEP={"IN": ["prt", "advmod"]}, LOWER={"IN": ["down", "aside"]}),
        ],
        "Mayor Lena Ortiz announced that she will step down at the end of the month.",
        ("resigned", "Lena Ortiz"),
        key="going",
        without=_NOT,
    ),
    Row(
        "announced leaving office",
        _one("leave", "resigned"),
        [
            *_announced(["leave"]),
            _child("going", "office", DEP="dobj", LEMMA={"IN": ["office", "post", "position"]}),
        ],
        "Mayor Lena Ortiz announced that she would leave office at the end of the month.",
        ("resigned", "Lena Ortiz"),
        key="going",
        without=_NOT,
    ),
    Row(
        "named in a case",
        _each(["name", "nominate", "list"], "charged"),
        [
            _verb(["name", "nominate", "list"]),
            # On the verb or, as the parser may hang it, on a name named.
            _below("trigger", "in", DEP="prep", LOWER="in"),
            _child("in", "case", DEP="pobj", LOWER={"IN": CASES}),
            _child("trigger", "target", DEP=_ACTED_ON),
        ],
        "Tariq Mahmood was nominated in the FIR registered at the city police station.",
        ("charged", "Tariq Mahmood"),
        detail="named as suspect",
    ),
    Row(
        "a case that names a name",
        _each(["name", "list"], "charged"),
        [
            _verb(["name", "list"]),
            _child("trigger", "case", DEP="nsubj", LOWER={"IN": CASES}),
            _child("trigger", "target", DEP="dobj"),
        ],
        "The FIR also names the site's owner, Tariq Mahmood, and a contractor, Ali Raza.",
        ("charged", "Tariq Mahmood"),
        detail="named as suspect",
    ),
    Row(
        # Or in a clause on it with no pronoun for it ("X, the man police named as a
        # suspect"): a clause with one reads through the rows of named objects.
        "named as a suspect, said of a noun",
        _each(_AS_A_SUSPECT, "charged"),
        [
            _verb(
                _AS_A_SUSPECT,
                DEP={"IN": ["acl", "relcl", "parataxis"]},
                TAG={"IN": ["VBN", "VBD"]},
            ),
            _child("trigger", "as", DEP="prep", LOWER="as"),
            _child("as", "suspect", DEP="pobj", LEMMA={"IN": SUSPECTS}),
            _parent("trigger", "target", POS={"IN": ["NOUN", "PROPN"]}),
        ],
        "Former councillor Tariq Mahmood, named as a suspect in the complaint, was arrested.",
        ("charged", "Tariq Mahmood"),
        detail="named as suspect",
        without=RELATIVE_PRONOUNS | {"which"},
    ),
    Row(
        "named in a case, said of a noun",
        _each(["name", "nominate", "list"], "charged"),
        [
            _verb(["name", "nominate", "list"], DEP="acl", TAG="VBN"),
            _child("trigger", "in", DEP="prep", LOWER="in"),
            _child("in", "case", DEP="pobj", LOWER={"IN": CASES}),
            _parent("trigger", "target"),
        ],
        "The two men named in arrest warrants on Saturday, Tariq Mahmood and Ali Raza, fled.",
        ("charged", "Tariq Mahmood"),
        detail="named as suspect",
    ),
    Row(
        "elected to a post, passive",
        _one("elect", "appointed"),
        [
            _verb(["elect"]),
            _child("trigger", "aux", **_PASSIVE),
            # A seat won at an election is a biography, not a post filled in a crisis.
            _child("trigger", "post", DEP={"IN": _POST_DEPS}, LOWER={"IN": _HEADS}),
            _child("trigger", "target", DEP="nsubjpass"),
        ],
        "Anneli Korhonen was elected regional president by the assembly on Friday.",
        ("appointed", "Anneli Korhonen"),
    ),
    Row(
        "a body dissolved",
        _one("dissolve", "dismissed"),
        [_verb(["dissolve"]), _child("trigger", "target", DEP=_ACTED_ON, LOWER={"IN": ASSEMBLIES})],
        "The president dissolved the cabinet on Friday.",
        ("dismissed", "Cabinet of Freedonia"),
    ),
    Row(
        "a named body dissolved",
        _one("dissolve", "dismissed"),
        [
            _verb(["dissolve"]),
            _child("trigger", "target", DEP=_ACTED_ON, ENT_TYPE="ORG", POS="PROPN"),
        ],
        "The president dissolved the National Assembly on Friday.",
        ("dismissed", "National Assembly of Freedonia"),
    ),
)


@dataclass(frozen=True)
class Match:
    row: Row
    action: Action
    trigger: Token
    target: Token
    nodes: dict[str, Token] = field(default_factory=dict)


# The words a row's pattern needs, by the attribute they are read by: a node whose lemma or
# lowercase form is one of a set needs a token of that set in the sentence.
_WORD_ATTRS = ("LEMMA", "LOWER")


def _needed_words(row: Row) -> tuple[tuple[int, frozenset[str]], ...]:
    needed = []
    for node in row.pattern:
        for attr, value in node["RIGHT_ATTRS"].items():
            if attr in _WORD_ATTRS and isinstance(value, str):
                needed.append((_WORD_ATTRS.index(attr), frozenset({value})))
            elif attr in _WORD_ATTRS and isinstance(value, dict) and "IN" in value:
                needed.append((_WORD_ATTRS.index(attr), frozenset(value["IN"])))
    return tuple(needed)


_NEEDED = tuple(_needed_words(row) for row in ROWS)


# Rows by a word of the first set each needs, so a sentence looks at the rows its words may
# start; the rows that need no word run everywhere.
def _rows_by_word() -> dict[tuple[int, str], list[int]]:
    found: dict[tuple[int, str], list[int]] = defaultdict(list)
    for index, needed in enumerate(_NEEDED):
        attr, words = needed[0] if needed else (0, frozenset[str]())
        for word in words:
            found[attr, word].append(index)
    return found


_BY_WORD = _rows_by_word()
_EVERYWHERE = frozenset(i for i, needed in enumerate(_NEEDED) if not needed)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _target_deps(pattern: list[dict[str, Any]]) -> frozenset[str]:
    deps = next(p for p in pattern if p["RIGHT_ID"] == "target")["RIGHT_ATTRS"].get("DEP")
    return frozenset({deps} if isinstance(deps, str) else deps["IN"] if deps else ())


def _sharing_the_subject(pattern: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The row's pattern for a verb that shares the subject of the verb it is joined to: "was
    produced before a magistrate and sent to judicial custody", "apologised and handed in her
    notice". None for a row whose target is no subject of its trigger."""
    trigger, *rest = pattern
    target = next(p for p in rest if p["RIGHT_ID"] == "target")
    subjects = _SUBJECTS & _target_deps(pattern)
    if target["LEFT_ID"] != "trigger" or target["REL_OP"] != ">" or not subjects:
        return None
    if "DEP" in trigger["RIGHT_ATTRS"]:
        return None
    return [
        {**trigger, "RIGHT_ATTRS": {**trigger["RIGHT_ATTRS"], "DEP": "conj"}},
        _parent("trigger", "first", POS={"IN": ["VERB", "AUX"]}),
        {
            **target,
            "LEFT_ID": "first",
            "RIGHT_ATTRS": {**target["RIGHT_ATTRS"], "DEP": {"IN": sorted(subjects)}},
        },
        *(p for p in rest if p is not target),
    ]


# Each row's pattern, then (at the same index past the rows) its pattern for a verb sharing
# its subject, or None.
_PATTERNS = (
    *(row.pattern for row in ROWS),
    *(_sharing_the_subject(row.pattern) for row in ROWS),
)
# By pattern index: the words a trigger of its own would act on or be said of, which a
# verb sharing another's subject may not have.
_ACTED_ON_ALONE = (
    *(frozenset() for _ in ROWS),
    *(_target_deps(row.pattern) | _SUBJECTS | {"expl"} for row in ROWS),
)


@lru_cache(maxsize=256)
def _matcher(vocab: Vocab, patterns: tuple[int, ...]) -> DependencyMatcher:
    matcher = DependencyMatcher(vocab)
    for index in patterns:
        pattern = _PATTERNS[index]
        if pattern is not None:
            matcher.add(str(index), [pattern])
    return matcher


def matches(doc: Doc) -> list[Match]:
    """Every row that reads somewhere in `doc`, in text order of the trigger. Each sentence
    runs only the rows whose words it holds (`_NEEDED`): the matcher's cost grows with its rows
    and with the text it reads, and a dependency pattern never crosses a sentence."""
    found: list[Match] = []
    # A 2-D array of ids, whatever spaCy's stub says of its element type.
    parse = cast(Ints2d, doc.to_array(_PARSE))
    for sentence in doc.sents:
        words = ({t.lemma_ for t in sentence}, {t.lower_ for t in sentence})
        started = _EVERYWHERE.union(
            *(_BY_WORD.get((attr, w), ()) for attr in (0, 1) for w in words[attr])
        )
        rows = tuple(
            i for i in sorted(started) if all(choices & words[attr] for attr, choices in _NEEDED[i])
        )
        # Only a sentence with a verb joined to another has a subject to share.
        if any(t.dep_ == "conj" and t.pos_ == "VERB" for t in sentence):
            rows += tuple(len(ROWS) + i for i in rows)
        if rows:
            found.extend(_sentence_matches(doc, sentence, rows, parse))
    return sorted(found, key=lambda m: (m.trigger.i, m.target.i))


# What the rows read of a token beyond its word: copied into a sentence's own Doc.
_PARSE = [LEMMA, POS, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE]


def _sentence_doc(doc: Doc, sentence: Span, parse: Ints2d) -> Doc:
    """The sentence as a Doc of its own, for the matcher: `Span.as_doc`, which the matcher
    calls on a span, rebuilds the whole parse's entities and copies its user data for every
    sentence, a cost that grows with the square of the text."""
    words = [token.text for token in sentence]
    spaces = [bool(token.whitespace_) for token in sentence]
    own = Doc(doc.vocab, words=words, spaces=spaces)
    return own.from_array(_PARSE, parse[sentence.start : sentence.end])


def _sentence_matches(
    doc: Doc, sentence: Span, rows: tuple[int, ...], parse: Ints2d
) -> Iterator[Match]:
    for match_id, token_ids in _matcher(doc.vocab, rows)(_sentence_doc(doc, sentence, parse)):
        index = int(doc.vocab.strings[match_id])
        row = ROWS[index % len(ROWS)]
        pattern = _PATTERNS[index]
        assert pattern is not None
        nodes = {
            p["RIGHT_ID"]: doc[sentence.start + i] for p, i in zip(pattern, token_ids, strict=True)
        }
        trigger = nodes["trigger"]
        # A verb with a subject of its own, or its own one acted on, shares none: "X was
        # arrested and police sent Y to jail".
        if index >= len(ROWS) and any(c.dep_ in _ACTED_ON_ALONE[index] for c in trigger.children):
            continue
        key = nodes[row.key]
        action = row.actions.get(key.lemma_.lower()) or row.actions.get(key.lower_)
        held = {trigger, key, *([nodes["post"]] if "post" in nodes else [])}
        near = [w for node in held for c in node.children for w in (c, *c.children)]
        if action is None or any(w.lemma_.lower() in row.without for w in near):
            continue
        if row.after:
            before = list(doc[sentence.start - 1].sent) if sentence.start > 0 else []
            told = [row.after[t.lemma_.lower()] for t in before if t.lemma_.lower() in row.after]
            if not told:
                continue
            action = told[0]
        if row.verbless is not None and _verb_between(*(nodes[n] for n in row.verbless)):
            continue
        yield Match(row, action, trigger, nodes["target"], nodes)


def _verb_between(first: Token, last: Token) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in first.doc[first.i + 1 : last.i])
