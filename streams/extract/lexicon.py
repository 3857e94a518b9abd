"""Word classes the figure rules read: which words name a casualty metric, and which a scope."""

from schemas.claim import Metric

# Verbs whose patient is counted (passive subject or active object).
PATIENT_VERBS: dict[str, Metric] = {
    "kill": "deaths", "murder": "deaths", "execute": "deaths", "slay": "deaths",
    "martyr": "deaths",  # "42 people were martyred"
    "massacre": "deaths", "slaughter": "deaths", "behead": "deaths", "decapitate": "deaths",
    "lynch": "deaths", "assassinate": "deaths",
    # Said with "down" only: "gunmen gunned down 42 passengers", "mowed down by gunfire".
    "gun": "deaths", "mow": "deaths",
    "injure": "injured", "wound": "injured", "hurt": "injured", "hospitalise": "injured",
    "hospitalize": "injured", "maim": "injured",
    "arrest": "arrested", "detain": "arrested", "hold": "arrested", "apprehend": "arrested",
    "jail": "arrested", "imprison": "arrested", "round": "arrested", "nab": "arrested",
    "catch": "arrested",
    "recapture": "arrested",  # escaped prisoners taken back
    "sicken": "injured",  # "the liquor sickened 40 people": poisoned, counted with the hurt
    "abduct": "missing", "kidnap": "missing",  # taken, and missing until freed or found
}  # fmt: skip
# Verbs whose subject is counted whatever the voice.
EXPERIENCER_VERBS: dict[str, Metric] = {
    "die": "deaths", "perish": "deaths", "drown": "deaths", "succumb": "deaths",
}  # fmt: skip
# Nouns that are the metric themselves ("164 deaths", "6,000 arrests").
METRIC_NOUNS: dict[str, Metric] = {
    "death": "deaths", "fatality": "deaths", "dead": "deaths", "body": "deaths",
    "toll": "deaths", "life": "deaths", "corpse": "deaths", "killing": "deaths",
    "injury": "injured", "injured": "injured", "wounded": "injured",
    # "2,004 admissions for heatstroke", "hospitalisations passed 1,600".
    "admission": "injured", "hospitalisation": "injured", "hospitalization": "injured",
    "arrest": "arrested", "detention": "arrested", "detainee": "arrested",
    "arrested": "arrested", "detained": "arrested", "deceased": "deaths", "martyr": "deaths",
    "remain": "deaths", "remains": "deaths",  # "93 remains were identified"
    "disappearance": "missing", "abduction": "missing",
    "interpellation": "arrested",  # "86 interpellations", as translated French reports say
}  # fmt: skip
# Predicative or reduced-relative words after a counted noun ("26 people dead", "2,000 wounded").
STATE_WORDS: dict[str, Metric] = {
    "dead": "deaths", "killed": "deaths", "died": "deaths", "deceased": "deaths",
    "drowned": "deaths",  # "70 migrants drowned when ...", read as a reduced relative
    "martyred": "deaths", "massacred": "deaths", "slaughtered": "deaths", "beheaded": "deaths",
    "lynched": "deaths",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "hospitalised": "injured",
    "hospitalized": "injured",
    "arrested": "arrested", "detained": "arrested", "apprehended": "arrested", "jailed": "arrested",
    "recaptured": "arrested",
}  # fmt: skip
# Nouns of a count that name no metric ("the toll", "the number of"); the words around say which.
RUNNING_NOUNS = frozenset({"total", "tally", "toll"})
TALLY_NOUNS = RUNNING_NOUNS | {"number", "figure", "count"}
# Verbs that state a running total: "the toll rose to 164", "deaths reached 50".
# Also verbs that set it: "revised the toll to 24", "bringing the toll to 28".
TOTAL_VERBS = {
    "rise", "reach", "climb", "stand", "hit", "increase", "jump", "top", "exceed", "surpass",
    "be", "grow", "soar", "mount", "pass", "near", "update", "revise", "bring", "become",
    "put", "raise", "take", "lift", "push", "correct", "lower", "adjust", "surge", "swell",
    "go", "number", "amount",  # "the toll amounts to 211"
    "total",  # "deaths totalled 112"
    "remain", "stay",  # "the number of missing remains at 46"
    # Counts that fall as well (the missing, as people are found).
    "fall", "drop", "decline", "decrease", "shrink", "dip", "cut", "reduce",
}  # fmt: skip
# What collapsed buildings leave, that people are trapped under or freed from.
RUINS = frozenset({"rubble", "debris", "ruins", "wreckage"})
# Where the hurt are treated and the dead kept: "taken to the city hospital", "the morgue in X".
CARE_PLACES = frozenset({"hospital", "clinic", "infirmary", "morgue", "mortuary"})
# Who gives care: "hospitals treated 120 people", "clinics admitted 63".
CARERS = frozenset({"hospital", "clinic", "doctor", "medic", "paramedic", "surgeon"})
# "48 people were receiving treatment", "needed medical help" (help etc. only when medical).
CARE_VERBS = {"receive", "need", "require", "seek", "get", "undergo"}
CARE_NOUNS = {"treatment", "care", "attention", "help", "aid", "assistance"}
# "17 were taken to hospital with injuries", "people with gunshot wounds".
INJURIES = {"injury", "wound", "burn", "fracture", "bruise"}
# "taken into custody", "held in detention".
CUSTODY = {"custody", "detention", "jail", "prison"}
# Pronouns that open a relative clause about a person.
RELATIVE_PRONOUNS = frozenset({"who", "whom", "that"})
# Tags of a finite verb or auxiliary: a clause of its own, not a participle.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Nouns that name countable people; anything else counted ("20 planes") is not a casualty.
PEOPLE = {
    "people", "person", "individual", "civilian", "resident", "villager", "bystander",
    "protester", "protestor", "demonstrator", "rioter", "activist", "participant", "marcher",
    "police", "policeman", "policemen", "officer", "soldier", "troop", "serviceman",
    "servicemen", "guard", "personnel", "force", "agent", "gendarme", "trooper", "member",
    "child", "children", "minor", "kid", "boy", "girl", "teenager", "infant", "baby", "student",
    "foreigner", "national", "tourist", "expatriate", "migrant", "refugee", "citizen",
    "man", "men", "woman", "women", "worker", "miner", "passenger", "journalist", "reporter",
    "militant", "fighter", "insurgent", "gunman", "gunmen", "attacker", "suspect", "victim",
    "pilgrim", "worshipper", "inhabitant", "employee", "prisoner", "inmate", "rebel", "looter",
    "mutineer",
    "supporter", "opponent", "dissident", "leader", "official", "teacher", "doctor", "patient",
    "pedestrian", "shopper", "casualty", "youth", "others", "more", "martyr", "guide",
    "contractor", "organiser", "organizer", "farmer", "driver", "trader", "inspector",
    "militiaman", "militiamen", "fisherman", "fishermen", "labourer", "laborer", "herder",
    "crew", "crewman", "crewmen", "sailor", "shepherd", "nurse", "firefighter", "volunteer",
    "escapee", "fugitive", "convict", "tenant", "occupant", "pupil", "monk", "nun",
    "rescuer", "fireman", "firemen", "medic", "paramedic", "climber", "hiker", "trekker",
    "skier", "swimmer", "diver", "camper", "visitor", "guest", "spectator", "fan", "commuter",
    "motorist", "cyclist", "holidaymaker", "worshiper", "churchgoer", "vendor", "shopkeeper",
    "surgeon", "physician", "islander", "survivor",
    # The other side's fighters, whom the scopes count as militants.
    "terrorist", "assailant", "bomber", "jihadist", "extremist", "combatant",
    # Staff of a firm, whom investigations of a disaster arrest.
    "director", "engineer", "consultant", "manager", "executive", "owner", "staff", "staffer",
    "subcontractor", "architect",
    "neighbour", "neighbor", "deckhand", "schoolboy", "schoolgirl", "schoolchild", "mourner",
    "tribesman", "tribesmen", "technician", "operator", "porter", "caterer", "cook", "waiter",
    "traveller", "traveler", "wayfarer", "hostage", "captive", "customer", "teller", "cashier",
    "clerk",
    # Suspects by their trade, whom raids arrest.
    "smuggler", "trafficker", "bootlegger", "distributor", "seller", "dealer", "bartender",
    "accomplice", "kidnapper", "robber", "thief", "poacher", "middleman",
}  # fmt: skip
# Words that make a count one of people missing ("59 abducted or missing"), which is never a
# count of dead or hurt.
MISSING_WORDS = {
    "missing", "unaccounted", "disappeared", "abducted", "untraced", "uncontactable", "unreachable",
}  # fmt: skip
# People counted for their tie to the victims, never victims themselves: "162 family members
# of victims gave DNA samples", "30 relatives of the dead".
RELATIVES = {"relative", "family", "kin", "parent", "sibling", "spouse", "widow", "orphan"}
# One's kin, each one person: "her son, 22, was among the dead".
KIN = {
    "son", "daughter", "nephew", "niece", "grandson", "granddaughter", "grandchild", "husband",
    "wife", "brother", "sister", "father", "mother", "cousin", "uncle", "aunt", "grandfather",
    "grandmother", "stepson", "stepdaughter", "fiance", "fiancee",
}  # fmt: skip
SCOPES: dict[str, str] = {
    "protester": "protesters", "protestor": "protesters", "demonstrator": "protesters",
    "rioter": "protesters", "marcher": "protesters", "participant": "protesters",
    "police": "security_forces", "policeman": "security_forces",
    "policemen": "security_forces", "officer": "security_forces", "soldier": "security_forces",
    "troop": "security_forces", "serviceman": "security_forces",
    "servicemen": "security_forces", "guard": "security_forces", "gendarme": "security_forces",
    "trooper": "security_forces", "security": "security_forces",
    "force": "security_forces", "enforcement": "security_forces",
    # The other side of an attack or a battle: "seven soldiers and 15 militants died".
    "militant": "militants", "insurgent": "militants", "attacker": "militants",
    "gunman": "militants", "gunmen": "militants", "assailant": "militants",
    "terrorist": "militants", "bomber": "militants", "rebel": "militants",
    "civilian": "civilians", "bystander": "civilians", "passer": "civilians",
    "citizen": "civilians",
    "child": "children", "children": "children", "minor": "children", "kid": "children",
    "boy": "children", "girl": "children", "teenager": "children", "infant": "children",
    "baby": "children",
    "foreigner": "foreigners", "foreign": "foreigners", "tourist": "foreigners",
    "expatriate": "foreigners", "nationals": "foreigners",
    "journalist": "journalists", "reporter": "journalists",
    "inmate": "prisoners", "prisoner": "prisoners", "escapee": "prisoners",
    "convict": "prisoners",
}  # fmt: skip
# Groups that overlap the others (a child may be a protester, "79 inmates caught" after a
# jailbreak are some of the arrested): never added to them.
OVERLAPPING_GROUPS = ("children", "foreigners", "journalists", "prisoners")
# Parts that are neither a group nor a place; none is ever the running total.
PART_SCOPES = (
    "in_hospital",  # "46 have been brought to the city hospital", "still being treated"
    "critical",  # "six in serious condition", "three in intensive care"
    "at_scene",  # "15 died at the scene", "on the spot"
    "one_day",  # "26 arrested on Tuesday evening" beside a larger running figure
    "added",  # "five more bodies were recovered", "another 12 deaths": the latest additions
    "subset",  # "including five who looted a bank", "among the dead were two guards"
    "elsewhere",  # "elsewhere in the country, nine were killed": beside a place named before
    "discharged",  # "doctors discharged 38 wounded residents": out of care
)
# Given names written short, part of the name they open: "Md. X" (Mohammad, as South Asian
# reports write it), "Ma. X" (María, as Philippine ones do).
GIVEN_SHORT = frozenset({"Md.", "Mohd.", "Mst.", "Ma."})
