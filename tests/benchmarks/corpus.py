"""A deterministic corpus of synthetic crisis articles for the benchmarks, as JSON Lines.

`python -m tests.benchmarks.corpus --articles N --seed S --out PATH`

Several incidents run at once (protests, floods, earthquakes, bombings, wars, crackdowns in
different countries). Each one's tolls rise over time and are reported the way news reports
them: exact, "more than", "about", vague words, split scopes, an inflated figure later declared
an error, a stale lower figure with no correction. Officials are dismissed, resign or are
arrested under several spellings. Noise paragraphs carry numbers that are not casualties
(economy, population, money, dates). Everything is composed from the vocabularies below, so
the same seed always gives the same bytes.
"""

import argparse
import datetime as dt
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

MIN_WORDS = 300
MAX_WORDS = 1200
START = dt.datetime(2023, 3, 1, 6, 0, tzinfo=dt.UTC)
SPAN_DAYS = 60

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# country, demonym, capital, other cities
COUNTRIES = (
    ("Peru", "Peruvian", "Lima", ("Arequipa", "Cusco", "Puno", "Juliaca")),
    ("Kenya", "Kenyan", "Nairobi", ("Mombasa", "Kisumu", "Nakuru", "Eldoret")),
    ("Pakistan", "Pakistani", "Islamabad", ("Karachi", "Lahore", "Peshawar", "Quetta")),
    ("Turkey", "Turkish", "Ankara", ("Izmir", "Gaziantep", "Adana", "Malatya")),
    ("Sudan", "Sudanese", "Khartoum", ("Omdurman", "Port Sudan", "Kassala", "El Obeid")),
    ("Bangladesh", "Bangladeshi", "Dhaka", ("Chittagong", "Sylhet", "Khulna", "Rajshahi")),
    ("Iran", "Iranian", "Tehran", ("Isfahan", "Shiraz", "Tabriz", "Mashhad")),
    ("Nigeria", "Nigerian", "Abuja", ("Lagos", "Kano", "Maiduguri", "Ibadan")),
    ("Ecuador", "Ecuadorian", "Quito", ("Guayaquil", "Cuenca", "Manta", "Esmeraldas")),
    ("Myanmar", "Myanmar", "Naypyidaw", ("Yangon", "Mandalay", "Sagaing", "Bago")),
    ("Georgia", "Georgian", "Tbilisi", ("Batumi", "Kutaisi", "Rustavi", "Zugdidi")),
    ("Mozambique", "Mozambican", "Maputo", ("Beira", "Nampula", "Pemba", "Quelimane")),
)


@dataclass(frozen=True)
class Kind:
    """A kind of incident: its nouns, and who is counted among the dead."""

    name: str
    event: str
    headline_nouns: tuple[str, ...]
    scopes: tuple[str, str]
    causes: tuple[str, ...]
    arrests: bool


KINDS = (
    Kind(
        "protests", "the protests", ("protests", "unrest", "demonstrations", "riots"),
        ("protesters", "police officers"),
        ("in clashes with police", "when security forces opened fire"),
        True,
    ),
    Kind(
        "floods", "the floods", ("floods", "flooding", "flash floods", "monsoon floods"),
        ("residents", "rescue workers"),
        ("when rivers burst their banks", "in landslides and floods"),
        False,
    ),
    Kind(
        "earthquake", "the earthquake", ("earthquake", "quake", "tremor"),
        ("residents", "children"), ("when buildings collapsed", "under the rubble"),
        False,
    ),
    Kind(
        "bombing", "the bombing", ("bombing", "blast", "suicide attack", "explosion"),
        ("civilians", "soldiers"), ("in the blast", "when a bomb went off near a checkpoint"),
        True,
    ),
    Kind(
        "war", "the fighting", ("fighting", "clashes", "offensive", "shelling"),
        ("civilians", "soldiers"), ("in shelling", "in air strikes and street fighting"),
        False,
    ),
    Kind(
        "crackdown", "the crackdown", ("crackdown", "raids", "mass arrests"),
        ("demonstrators", "students"), ("in police custody", "during the raids"),
        True,
    ),
)  # fmt: skip

GIVEN_NAMES = (
    "Arman", "Baurzhan", "Dilnoza", "Eldor", "Farrukh", "Gulnara", "Hamid", "Ilyas", "Jamshid",
    "Karim", "Laila", "Murat", "Nodira", "Oleg", "Parviz", "Rustam", "Saida", "Timur", "Yusuf",
    "Zarina", "Amadou", "Chidi", "Esteban", "Mariela", "Renata", "Tomas", "Wanjiru", "Kofi",
)  # fmt: skip
SURNAMES = (
    "Kadyrbekov", "Yusupova", "Kholmatov", "Sharipov", "Akhmedov", "Rakhimova", "Zhakupov",
    "Mirzayev", "Tursunov", "Abdullayev", "Okonkwo", "Mwangi", "Quispe", "Huaman", "Castellanos",
    "Villaverde", "Demirkaya", "Khorasani", "Chowdhury", "Beridze", "Nkurunziza", "Osei",
)  # fmt: skip
ROLES = (
    "interior minister", "police chief", "regional governor", "head of the security service",
    "deputy prime minister", "mayor", "army commander", "emergency services chief",
    "health minister", "prosecutor general",
)  # fmt: skip
CHARGES = (
    "abuse of office", "negligence", "high treason", "embezzlement", "inciting violence",
    "obstruction of justice",
)  # fmt: skip
OFFICIAL_SOURCES = (
    "the health ministry", "the interior ministry", "police", "local officials",
    "the emergency services", "a government spokesperson", "hospital officials",
    "the prosecutor's office", "a rights group", "the Red Cross", "state television",
)  # fmt: skip
OUTLETS = (
    "The Morning Ledger", "Continental Wire", "Harbor Daily", "Meridian News", "Northgate Post",
    "The Evening Courier", "Atlas Report", "Riverside Tribune",
)  # fmt: skip
VAGUE = {
    "deaths": ("dozens", "scores", "several", "hundreds"),
    "injured": ("hundreds", "dozens", "scores"),
    "arrested": ("hundreds", "thousands", "dozens"),
}


def variants(name: str) -> tuple[str, ...]:
    """The ways outlets spell one person: transliteration, an accent, a typo, the surname."""
    given, surname = name.split(" ", 1)
    spelled = (
        surname.replace("kh", "h").replace("Kh", "H"),
        surname.replace("y", "i").replace("ov", "ev", 1),
        surname.replace("a", "á", 1),
        surname[:-1] + surname[-1] * 2 if surname[-1] in "vn" else surname.replace("u", "ou", 1),
    )
    distinct = tuple(dict.fromkeys(s for s in spelled if s != surname))
    return (name, surname, *(f"{given} {s}" for s in distinct), f"{given[0]}. {surname}")


@dataclass
class Official:
    name: str
    role: str
    action: str  # what will happen to them: dismissed, resigned or arrested
    day: int
    charge: str


@dataclass
class Incident:
    country: str
    demonym: str
    capital: str
    city: str
    kind: Kind
    start_day: int
    days: int
    leader: str
    officials: list[Official]
    peaks: dict[str, int]
    pending_error: dict[str, int] = field(default_factory=dict)

    def toll(self, metric: str, day: float) -> int:
        """The true figure on a day: a saturating rise from the first reports to the peak."""
        progress = min(max(day / self.days, 0.0), 1.0)
        share = 0.15 + 0.85 * (1 - (1 - progress) ** 2)
        return max(1, round(self.peaks[metric] * share))


def _incidents(rng: random.Random, count: int) -> list[Incident]:
    countries = rng.sample(COUNTRIES, count)
    incidents = []
    for index, (country, demonym, capital, cities) in enumerate(countries):
        kind = KINDS[index % len(KINDS)]
        people = rng.sample([f"{g} {s}" for g in GIVEN_NAMES for s in SURNAMES], 4)
        days = rng.randint(10, 30)
        officials = [
            Official(
                name,
                rng.choice(ROLES),
                rng.choice(("dismissed", "resigned", "arrested")),
                rng.randint(1, days - 1),
                rng.choice(CHARGES),
            )
            for name in people[1:]
        ]
        peaks = {
            "deaths": rng.choice((40, 90, 160, 240, 600, 1800)),
            "injured": rng.choice((200, 450, 900, 2500)),
            "arrested": rng.choice((300, 1200, 4000, 8000)) if kind.arrests else 0,
        }
        incidents.append(
            Incident(
                country, demonym, capital, rng.choice(cities), kind,
                rng.randint(0, SPAN_DAYS - days), days, people[0], officials, peaks,
            )
        )  # fmt: skip
    return incidents


def _number(rng: random.Random, value: int) -> str:
    """Digits with separators, or words for small numbers now and then."""
    small = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
    small |= {9: "nine", 10: "ten", 12: "twelve", 20: "twenty"}
    if value in small and rng.random() < 0.5:
        return small[value]
    return f"{value:,}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _round_down(value: int) -> int:
    step = 10 if value < 200 else 50 if value < 1000 else 100
    return max(step, value - value % step)


class Writer:
    """Composes one article about one incident on one day."""

    def __init__(self, rng: random.Random, incident: Incident, day: float) -> None:
        self.rng = rng
        self.incident = incident
        self.day = day
        self.when = START + dt.timedelta(days=incident.start_day + day)
        self._deck: list[Background] = []

    def weekday(self, back: int = 0) -> str:
        return WEEKDAYS[(self.when - dt.timedelta(days=back)).weekday()]

    def source(self) -> str:
        return self.rng.choice(OFFICIAL_SOURCES)

    def place(self) -> str:
        incident = self.incident
        return self.rng.choice((incident.city, incident.capital, f"the {incident.city} region"))

    def figure(self, metric: str) -> str:
        """One sentence reporting a metric, in one of the ways news reports it."""
        rng, incident = self.rng, self.incident
        value = incident.toll(metric, self.day)
        verb = {"deaths": "killed", "injured": "injured", "arrested": "arrested"}[metric]
        noun = {"deaths": "dead", "injured": "wounded", "arrested": "detained"}[metric]
        roll = rng.random()
        if metric in incident.pending_error:
            wrong = incident.pending_error.pop(metric)
            return (
                f"The earlier figure of {wrong:,} {noun} was an error; the toll is {value:,}, "
                f"{self.source()} said on {self.weekday()}."
            )
        if metric == "deaths" and roll < 0.05 and self.day > 1:
            # an inflated figure, corrected by the next article on this incident
            wrong = value * rng.randint(2, 4)
            incident.pending_error[metric] = wrong
            return (
                f"At least {wrong:,} people were {verb}, {self.source()} said, citing early "
                f"reports."
            )
        if roll < 0.12 and self.day > 2:
            stale = max(1, round(value * rng.uniform(0.4, 0.8)))
            return f"{_cap(self.source())} put the number of {noun} at {stale:,}."
        if roll < 0.3 and metric != "arrested":
            first, second = incident.kind.scopes
            part = rng.randint(1, max(1, value - 1))
            return (
                f"{_cap(_number(rng, part))} {first} and {_number(rng, value - part)} "
                f"{second} were {verb} {rng.choice(incident.kind.causes)}, "
                f"according to {self.source()}."
            )
        if roll < 0.42:
            word = rng.choice(VAGUE[metric])
            people = "people" if word == "several" else "of people"
            return f"{_cap(word)} {people} were {verb} in {self.place()}."
        if roll < 0.55:
            return (
                f"More than {_round_down(value):,} people have been {verb} since "
                f"{incident.kind.event} began, {self.source()} said on "
                f"{self.weekday(rng.randint(0, 1))}."
            )
        if roll < 0.68:
            return f"About {_round_down(value):,} people were {verb}, {self.source()} said."
        if metric == "deaths" and roll < 0.82:
            return (
                f"The death toll has risen to {_number(rng, value)}, {self.source()} said "
                f"on {self.weekday()}."
            )
        return f"{_cap(self.source())} said {_number(rng, value)} people had been {verb}."

    def action(self, official: Official) -> str:
        rng = self.rng
        name = rng.choice(variants(official.name))
        when = self.weekday(min(rng.randint(0, 2), max(0, int(self.day) - official.day)))
        if official.action == "dismissed":
            return rng.choice(
                (
                    f"President {self.incident.leader} dismissed {official.role} {name} on {when}.",
                    f"{name}, the {official.role}, was sacked on {when} over the handling of "
                    f"{self.incident.kind.event}.",
                )
            )
        if official.action == "resigned":
            return rng.choice(
                (
                    f"{_cap(official.role)} {name} resigned on {when}, accepting "
                    f"responsibility for the response.",
                    f"{name} stepped down as {official.role} on {when}.",
                )
            )
        return rng.choice(
            (
                f"Former {official.role} {name} was arrested on {when} on suspicion of "
                f"{official.charge}.",
                f"Investigators detained {name}, the former {official.role}, on {when} on a "
                f"charge of {official.charge}.",
            )
        )

    def quote(self) -> str:
        rng = self.rng
        speaker = rng.choice(SPEAKERS)
        said = rng.choice(QUOTES).rstrip(".")
        return f'"{said}," {speaker} in {self.place()} told reporters.'

    def lead(self) -> list[str]:
        incident, kind = self.incident, self.incident.kind
        sentences = [
            f"{_cap(self.place())}, {incident.country} — The {incident.demonym} "
            f"authorities struggled on {self.weekday()} to contain the aftermath of "
            f"{kind.event} in {incident.city}.",
            self.figure("deaths"),
            self.figure("injured"),
        ]
        if kind.arrests:
            sentences.append(self.figure("arrested"))
        return sentences

    def paragraphs(self) -> Iterator[str]:
        """The lead first, then story and background paragraphs in an order that varies."""
        rng, incident = self.rng, self.incident
        yield " ".join(self.lead())
        metrics = ["deaths", "injured"] + (["arrested"] if incident.kind.arrests else [])
        story: list[Callable[[], str]] = [
            lambda: " ".join((self.figure(rng.choice(metrics)), self.quote())),
            lambda: " ".join((self.figure("deaths"), self.response())),
            lambda: " ".join((self.quote(), self.quote())),
        ]
        done = [o for o in incident.officials if o.day <= self.day]
        story += [partial(self.action, official) for official in done]
        rng.shuffle(story)
        for make in story:
            yield make()
            if rng.random() < 0.5:
                yield self.background()
        later = (self.regional, self.timeline, story[0])
        while True:
            yield self.background()
            yield rng.choice(later)()

    def regional(self) -> str:
        """A figure for one place, the way local reports break a toll down."""
        rng, incident = self.rng, self.incident
        metric = rng.choice(("deaths", "injured"))
        share = max(1, round(incident.toll(metric, self.day) * rng.uniform(0.1, 0.4)))
        verb = "killed" if metric == "deaths" else "hurt"
        town = rng.choice((incident.city, incident.capital))
        return (
            f"In {town} alone, {share:,} people were {verb}, {self.source()} said. {self.quote()}"
        )

    def timeline(self) -> str:
        rng, incident = self.rng, self.incident
        began = self.weekday(min(int(self.day), 6) + 1)
        trigger = rng.choice(TRIGGERS[incident.kind.name])
        return (
            f"{_cap(incident.kind.event)} began on {began} {trigger}. By {self.weekday()}, "
            f"{rng.choice(('reporters', 'residents', 'aid workers'))} described "
            f"{rng.choice(('a city on edge', 'empty streets', 'long queues at hospitals'))}."
        )

    def background(self) -> str:
        """Two to four sentences whose numbers are not casualty figures."""
        if len(self._deck) < 4:
            self._deck = list(BACKGROUND)
            self.rng.shuffle(self._deck)
        count = self.rng.randint(2, 4)
        drawn, self._deck = self._deck[:count], self._deck[count:]
        return " ".join(make(self.rng, self.incident, self.when) for make in drawn)

    def response(self) -> str:
        rng, incident = self.rng, self.incident
        after = rng.choice(
            ("checkpoints remained", "a curfew stayed in force", "schools stayed closed")
        )
        return (
            f"The government declared {rng.choice(('three', 'five', 'seven'))} days of "
            f"mourning and ordered an inquiry into {incident.kind.event}. Officials said order "
            f"had been restored in {incident.city}, though {after}."
        )


TRIGGERS = {
    "protests": ("after a rise in fuel prices", "over a disputed election result"),
    "floods": ("after days of torrential rain", "when a dam upstream overflowed"),
    "earthquake": ("shortly before dawn", "in the middle of the working day"),
    "bombing": ("near a crowded market", "outside a government building"),
    "war": ("with an assault on border towns", "after a ceasefire collapsed"),
    "crackdown": ("after a call for a general strike", "when police raided opposition offices"),
}
SPEAKERS = (
    "a shopkeeper", "a nurse", "a teacher", "a taxi driver", "a student", "a retired engineer",
    "a volunteer medic", "a market trader", "a local councillor",
)  # fmt: skip
QUOTES = (
    "We did not sleep at all. Everyone was outside, waiting for news.",
    "Nobody came to help us for hours. We used our hands.",
    "The streets are empty now, but people are afraid of what comes next.",
    "My brother is still missing. The hospitals have no lists.",
    "We want answers, not promises.",
    "I have lived here all my life and I have never seen anything like this.",
    "The water came in the night and took everything we had.",
    "They told us to stay indoors, but nobody told us for how long.",
    "Prices doubled in a week. People cannot buy bread.",
    "We are counting our neighbours one by one.",
)
Background = Callable[[random.Random, Incident, dt.datetime], str]


def _growth(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"The {incident.demonym} economy grew {rng.randint(1, 6)}.{rng.randint(0, 9)} percent "
        f"last year, according to the statistics office."
    )


def _rate(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return f"The central bank held its key rate at {rng.randint(3, 18)} percent on {_day(when)}."


def _exports(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"Exports rose {rng.randint(2, 40)} percent to {rng.randint(2, 90)} billion dollars in "
        f"{when.year - 1}, led by {rng.choice(('copper', 'textiles', 'gas', 'coffee', 'fish'))}."
    )


def _inflation(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    month = (when - dt.timedelta(days=40)).strftime("%B")
    return f"Inflation stood at {rng.randint(2, 30)}.{rng.randint(0, 9)} percent in {month}."


def _population(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"{incident.city}, home to about {rng.randint(10, 60) / 10:.1f} million people, lies "
        f"{rng.randint(40, 900)} kilometres from {incident.capital}."
    )


def _schools(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"Some {rng.randint(10, 95)} percent of the region's {rng.randint(200, 3000):,} "
        f"schools reopened in {when.year - rng.randint(1, 4)} after repairs."
    )


def _aid(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return f"Donors have pledged {rng.randint(5, 900)} million dollars in aid so far."


def _budget(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"The government set aside {rng.randint(2, 80):,} billion in local currency for "
        f"reconstruction, about {rng.randint(1, 9)}.{rng.randint(1, 9)} percent of output."
    )


def _history(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    year = rng.randint(1948, 1995)
    trouble = rng.choice(("strikes", "floods", "border clashes", "a long drought"))
    return (
        f"{incident.country} has known hard times before: in {year}, {trouble} paralysed the "
        f"country for {rng.randint(2, 11)} weeks."
    )


def _elections(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    due = when + dt.timedelta(days=rng.randint(90, 500))
    return f"Elections are due on {due.strftime('%B')} {due.day}, {due.year}."


def _statement(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"Foreign ministers from {rng.randint(3, 27)} countries issued a joint statement on "
        f"{_day(when)} urging restraint."
    )


def _un(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"The United Nations said it had {rng.randint(2, 40)} staff in {incident.country} and "
        f"could send {rng.randint(5, 60)} tonnes of supplies within {rng.randint(2, 14)} days."
    )


def _stocks(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"The main stock index fell {rng.randint(1, 9)}.{rng.randint(0, 9)} percent on "
        f"{_day(when)}, and the currency slipped to {rng.randint(20, 900)} per dollar."
    )


def _flights(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"About {rng.randint(3, 70)} flights were cancelled at the airport in "
        f"{incident.capital}, affecting some {rng.randint(2, 40) * 1000:,} passengers."
    )


def _roads(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"The highway to {incident.city} reopened after {rng.randint(2, 30)} hours, and "
        f"{rng.randint(100, 900)} trucks queued at the border."
    )


def _power(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"Power was restored to {rng.randint(20, 99)} percent of homes, the utility said, "
        f"after {rng.randint(3, 40)} substations were repaired."
    )


def _internet(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"Internet access was cut for {rng.randint(2, 120)} hours, a monitoring group said, "
        f"the {rng.choice(('first', 'second', 'third'))} shutdown this year."
    )


def _census(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"The last census, in {when.year - rng.randint(2, 9)}, counted "
        f"{rng.randint(5, 220)} million people, {rng.randint(20, 70)} percent of them under 30."
    )


def _fuel(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"Fuel prices rose {rng.randint(10, 120)} percent in {when.year - 1}, and a litre of "
        f"diesel now costs {rng.randint(1, 3)}.{rng.randint(10, 99)} dollars."
    )


def _anniversary(rng: random.Random, incident: Incident, when: dt.datetime) -> str:
    return (
        f"The unrest comes {rng.randint(2, 30)} years after the {incident.capital} accords, "
        f"signed on {WEEKDAYS[rng.randint(0, 6)]}, {MONTHS[rng.randint(0, 11)]} "
        f"{rng.randint(1, 28)}, {rng.randint(1990, 2015)}."
    )


MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
BACKGROUND: tuple[Background, ...] = (
    _growth, _rate, _exports, _inflation, _population, _schools, _aid, _budget, _history,
    _elections, _statement, _un, _stocks, _flights, _roads, _power, _internet, _census, _fuel,
    _anniversary,
)  # fmt: skip


def _day(when: dt.datetime) -> str:
    return WEEKDAYS[when.weekday()]


def _words(text: str) -> int:
    return len(text.split())


def _body(writer: Writer, target: int) -> str:
    kept: list[str] = []
    words = 0
    for paragraph in writer.paragraphs():
        size = _words(paragraph)
        if words + size > MAX_WORDS:
            if words >= MIN_WORDS:
                break
            continue
        kept.append(paragraph)
        words += size
        if words >= target:
            break
    return "\n\n".join(kept)


def generate(count: int, seed: int, incidents: int = 8) -> list[dict[str, Any]]:
    """`count` article records in publication order, spread over `incidents` incidents."""
    rng = random.Random(seed)
    stories = _incidents(rng, min(incidents, len(COUNTRIES)))
    planned = sorted(
        (story.start_day + day, index, day)
        for index, story in enumerate(stories)
        for day in (rng.uniform(0, story.days) for _ in range(count // len(stories) + 1))
    )
    chosen = sorted(rng.sample(planned, count))
    records = []
    for number, (_, index, day) in enumerate(chosen):
        story = stories[index]
        writer = Writer(rng, story, day)
        published = writer.when.replace(microsecond=0)
        noun = rng.choice(story.kind.headline_nouns)
        title = rng.choice(
            (
                f"Toll rises in {story.country} {noun}",
                f"{story.city}: {noun} leave dead and injured",
                f"{story.demonym} officials under pressure after {noun}",
            )
        )
        outlet = rng.choice(OUTLETS)
        article_id = f"bench-{seed}-{number:06d}"
        records.append(
            {
                "id": article_id,
                "published_at": published.isoformat(),
                "title": title,
                "body": _body(writer, rng.randint(MIN_WORDS + 20, MAX_WORDS - 50)),
                "outlet": outlet,
                "url": f"https://{outlet.lower().replace(' ', '-')}.example/{article_id}",
                "language": "en",
            }
        )
    return records


def write_corpus(path: Path, count: int, seed: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in generate(count, seed))
    path.write_text("".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("bench-results/corpus.jsonl"))
    args = parser.parse_args(argv)
    write_corpus(args.out, args.articles, args.seed)
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
