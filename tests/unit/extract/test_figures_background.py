"""Figures that are no part of the event reported: people let go, a year's running count,
a long conflict's whole toll, a conjunct with its own verb; parts named by a predicate or as
foreign nationals; and breakdowns by place after a passive or a copula."""

import datetime as dt

import pytest
from spacy.language import Language

from schemas.article import Article
from schemas.claim import FigureClaim
from streams.clean.boilerplate import clean
from streams.extract.figures import find_figures
from streams.extract.pipeline import extract

PUBLISHED = dt.date(2025, 3, 14)


def figures(nlp: Language, text: str) -> list[tuple[str, str, int]]:
    return [(f.metric, f.scope, f.quantity.low) for f in find_figures(nlp(text), PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they had freed more than 400 of those held since the unrest began.",
        "The ministry said about 150 of those detained had been released on bail.",
        "Unions said at least 9 miners had died in accidents in the region this year.",
        "The insurgency has since killed more than 8,000 people, aid groups say.",
        # A long conflict's dead, and what a long history holds.
        "Thousands of people have died in the insurgency since it began.",
        "The valley has a long history of clan feuds that have claimed thousands of lives.",
        # A decade before this one.
        "In the 1990s, an outbreak across the region caused some 4,000 deaths, the WHO says.",
        # The same, in a sentence the parser leaves with no verb for its root.
        "In the 1980s, the epidemic of cholera which followed the war affected in particular "
        "the north, the islands and the countries of the coast, with several thousands of deaths.",
        "Hundreds have died in grazing disputes between the clans over the years.",
        "Dozens of people have drowned in the gorge in recent years.",
        # The event the reported one comes some time after is another event.
        "The shooting came three weeks after a car bomb outside a market in Dorlen killed 14 "
        "people, among them six pupils.",
        "The bombing came two days after riots in Tessin in which 12 people died.",
        # What a year compared with tells, in a clause of its own.
        "It is the worst flooding in the province since 1998, when the river burst its banks "
        "and killed 61 people.",
        # Hearsay the sentence calls false.
        "Rumours that 200 people had died in the stampede were false, officials said.",
        # People once missing and now found are missing no more.
        "Some 52 residents initially reported missing after the storm were located unharmed, "
        "police said.",
        "Divers found 12 missing fishermen alive on Sunday.",
        # A pronoun's clause with no date of its own tells of what the sentence before dated.
        "Officials compared the disaster with the great flood that swept the valley in 1987. "
        "It drowned at least 4,300 people.",
        "The last time a storm this strong reached the island was in 1974. It killed about 800.",
        # A clause dated years on from the year the sentence before gives, still before the
        # year of publication.
        "The region's last big outbreak, in 2016, killed more than 300 people. Three years "
        "later, an outbreak across the border in Dellmar killed more than 900.",
    ],
)
def test_background_counts_are_no_figures(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # An event dated in its own phrase days before the report's own.
        (
            "An illegal gold pit collapsed near Davoli on Saturday, killing at least eight "
            "miners. It was the second such disaster in under two weeks, following the Feb. 3 "
            "cave-in near Sarro that killed 31.",
            dt.date(2026, 2, 15),
            [8],
        ),
        # Deaths on a day before the report's event.
        (
            "An illegal gold pit collapsed near Davoli on Saturday, killing at least eight "
            "miners. At Sarro in the west, 31 died on February 3. Two more miners died on "
            "Sunday.",
            dt.date(2026, 2, 16),
            [8, 2],
        ),
        # Deaths "there", after a sentence on another day's event.
        (
            "Five people have died after an illegal mining pit caved in at Davoli on Saturday. "
            "On February 3, a pit at Sarro caved in. Thirty-one people died there and three "
            "were never found.",
            dt.date(2026, 2, 14),
            [5],
        ),
        # Several events counted together, and the note that sets such a count right.
        (
            "At least 16 people have died in the fire at an illegal tap in Arvo on Sunday. "
            "The government announced a plan after two fires at illegal taps in less than two "
            "weeks, which together have left 53 dead and dozens of injured. An earlier version "
            "of this dispatch indicated that the combined toll of the two fires was of 55 dead. "
            "The correct figure is 53.",
            dt.date(2026, 5, 30),
            [16],
        ),
        # "Another" event of its kind, in a report on a sudden event; "another" count is one.
        (
            "At least seven people died on Sunday in a fire at an illegal tap in Arvo. The "
            "country has not recovered from that of May 12 in Selva, where the fire of another "
            "illegal tap has caused a total of 37 dead. Another five people died on Monday.",
            dt.date(2026, 5, 26),
            [7, 5],
        ),
        # Not two blasts of one attack, nor a season's events with no count of them.
        (
            "Two blasts ripped through the market on Sunday, killing 40 people. Together the "
            "floods and landslides have killed 60 people this month.",
            dt.date(2026, 5, 30),
            [40, 60],
        ),
    ],
)
def test_another_days_event_or_several_events_keep_their_own_tolls(
    nlp: Language, body: str, published: dt.date, expected: list[int]
) -> None:
    at = dt.datetime.combine(published, dt.time(12), tzinfo=dt.UTC)
    article = Article(id="a", published_at=at, outlet="o", body=body)
    claims = extract(clean(article), nlp(body)).claims
    assert [c.value for c in claims if isinstance(c, FigureClaim)] == expected


def test_the_decade_of_the_news_is_no_earlier_one(nlp: Language) -> None:
    text = "In the 2020s alone, the river's floods have killed 40 people in the province."
    assert figures(nlp, text) == [("deaths", "total", 40)]


def test_an_earlier_event_elsewhere_is_another_events_toll(nlp: Language) -> None:
    text = (
        "A bomb killed 19 people at a bus stand in Multan on Sunday, police said. Earlier this "
        "month, a car bomb at a checkpoint in Karachi killed 8 people."
    )
    assert figures(nlp, text) == [("deaths", "total", 19)]


@pytest.mark.parametrize(
    "text",
    [
        # A year compared with, or a day, dates no other event.
        "The storm was the fiercest on record there since 1948. It killed at least 2,100.",
        "The storm struck the coast on Monday. It killed at least 2,100 people.",
    ],
)
def test_a_pronoun_after_a_dated_sentence_of_this_event_keeps_its_toll(
    nlp: Language, text: str
) -> None:
    assert figures(nlp, text) == [("deaths", "total", 2100)]


def test_a_disaster_compared_with_an_earlier_one_keeps_its_own_toll(nlp: Language) -> None:
    # A superlative set beside the cause: what it is measured against is another event.
    text = (
        "The typhoon, the strongest since Typhoon Merrow killed 90 people in 2009, has so far "
        "claimed 31 lives."
    )
    assert figures(nlp, text) == [("deaths", "total", 31)]


@pytest.mark.parametrize(
    ("text", "began", "expected"),
    [
        # A year on, the reported event's own toll dated to the month and year it began
        # ("about 1,200" is at least 1,080 in the table of vague words).
        ("The cyclone that hit the coast in August 2023 killed about 1,200 people.",
         dt.date(2023, 8, 1), [("deaths", "total", 1080)]),
        ("The floods last year killed 218 people in the province.", dt.date(2024, 11, 1),
         [("deaths", "total", 218)]),
        # Another event, of another month or year, stays history.
        ("The cyclone that hit the coast in August 2021 killed about 1,200 people.",
         dt.date(2023, 8, 1), []),
        ("The cyclone that hit the coast in August 2023 killed about 1,200 people.", None, []),
    ],
)  # fmt: skip
def test_a_follow_up_a_year_on_keeps_its_events_own_toll(
    nlp: Language, text: str, began: dt.date | None, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED, began=began)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == expected


def test_what_this_event_came_after_without_a_span_of_time_is_its_own_course(
    nlp: Language,
) -> None:
    found = figures(nlp, "The arrests came after protesters killed two officers.")
    assert found == [("deaths", "security_forces", 2)]


def test_a_conjunct_with_its_own_verb_shares_no_metric(nlp: Language) -> None:
    found = figures(
        nlp,
        "The number of injured has risen to 88, most of them in Lorne, and at least 12 "
        "people remain unaccounted for in the hills.",
    )
    assert found == [("injured", "total", 88), ("missing", "total", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 9 dead, 7 were civilians, the army said.",
            [("deaths", "total", 9), ("deaths", "civilians", 7)],
        ),
        (
            "Among the dead are five children and three Nepali nationals.",
            [("deaths", "children", 5), ("deaths", "foreigners", 3)],
        ),
        # Where they came from, with or without a proper name.
        (
            "The clashes killed 82 people. Of the dead, 23 were from the Varo clan and 59 were "
            "from the Kesh clan.",
            [("deaths", "total", 82), ("deaths", "subset", 23), ("deaths", "subset", 59)],
        ),
        (
            "The blast killed 30 people. Six of the dead were from one family.",
            [("deaths", "total", 30), ("deaths", "subset", 6)],
        ),
    ],
)
def test_parts_named_by_predicate_or_nationality(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Floods killed 40 people on Monday. Twelve deaths were recorded in Elmora and "
            "five in Tessin, the agency said.",
            [("deaths", "total", 40), ("deaths", "Elmora", 12), ("deaths", "Tessin", 5)],
        ),
        (
            "Protests left 30 people dead. Nine of the dead were in Lorca and four in Baena, "
            "officials said.",
            [("deaths", "total", 30), ("deaths", "Lorca", 9), ("deaths", "Baena", 4)],
        ),
        (
            "The quake killed 1,530 people. Officials said 912 of the dead were in Ordan "
            "province and 406 in Velm.",
            [("deaths", "total", 1530), ("deaths", "Ordan", 912), ("deaths", "Velm", 406)],
        ),
        # A place name the tagger reads as an adjective ("the Imilant region").
        (
            "The dead were counted region by region: 900 in the Lorca region, 452 in the "
            "Imilant region, 41 in the Bezar region.",
            [("deaths", "Lorca", 900), ("deaths", "Imilant", 452), ("deaths", "Bezar", 41)],
        ),
        # "Others" in a clause joined to a count in a place are in that place too.
        (
            "Three students were killed in Harlow Bay, and 35 others were injured, the "
            "hospital director said. Across the country, 210 people were injured.",
            [("deaths", "total", 3), ("injured", "Harlow Bay", 35), ("injured", "total", 210)],
        ),
    ],
)
def test_a_breakdown_by_place_after_a_passive_or_a_copula(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wave's toll "this year" is its own; a relative clause is on the noun before it,
        # past the date the parser hung between them.
        (
            "Police tied the rise in cases to the rallies earlier this year, which left over 25 "
            "people dead.",
            [("deaths", "total", 25)],
        ),
        # A year's attacks are a series, recalled beside the latest.
        (
            "The bombings earlier this year, which left 40 people dead, were claimed by the group.",
            [],
        ),
    ],
)
def test_a_wave_this_year_is_its_own(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("event", "text", "expected"),
    [
        # Another kind of hazard on a page about an earthquake: another story's headline.
        (
            "earthquake",
            "The earthquake killed 2,100 people. Flash flooding after days of rain kills 21 in the "
            "port town of Ferrak.",
            [("deaths", "total", 2100)],
        ),
        # The same headline run into the line before it, with no subject the parser found.
        (
            "earthquake",
            "The earthquake killed 2,100 people.\nWatch the video\nFlash flooding after days of "
            "rain kills 21 in the port town of Ferrak",
            [("deaths", "total", 2100)],
        ),
        # A hazard the reported one set off, or that set it off, is the same event.
        (
            "earthquake",
            "The quake killed 2,100. Landslides set off by the tremors killed 12 in the hills.",
            [("deaths", "total", 2100), ("deaths", "total", 12)],
        ),
        ("storm", "Floods killed 30 after the typhoon.", [("deaths", "total", 30)]),
        # A report on a bombing tells of no hazard of its own to tell apart.
        ("bombing", "Flash floods killed 9 in the valley.", [("deaths", "total", 9)]),
        # A season's running toll on a page about a roof that fell in its rain, and its part.
        (
            "collapse",
            "The roof collapsed during heavy monsoon rain, killing eight boys. Monsoon rains have "
            "killed at least 140 people across the country since June, including 52 in Arlo.",
            [("deaths", "children", 8)],
        ),
        # The rain that brought the roof down tells of the roof's own dead.
        (
            "collapse",
            "Heavy rains brought the roof of the dormitory down, killing eight boys.",
            [("deaths", "children", 8)],
        ),
        # A building the storm brought down: an event at one spot, a part of the toll.
        (
            "storm",
            "The dust storm killed 47 people across the north. The hoarding collapse has "
            "claimed nine lives, police said.",
            [("deaths", "total", 47), ("deaths", "subset", 9)],
        ),
        (
            "storm",
            "The dust storm killed 47 people across the north. The toll in the hoarding "
            "collapse rose to 10.",
            [("deaths", "total", 47), ("deaths", "subset", 10)],
        ),
        # Floods a storm brings tell its toll.
        ("storm", "Floods brought by the cyclone killed 30 people.", [("deaths", "total", 30)]),
    ],
)
def test_a_count_of_another_hazard_is_another_event(
    nlp: Language, event: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED, event=event)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == expected


def test_a_part_that_says_how_they_are_is_a_part_of_the_injured(nlp: Language) -> None:
    found = figures(nlp, "Eleven of the wounded were in critical condition.")
    assert [(metric, scope) for metric, scope, *_ in found] == [("injured", "critical")]


def test_a_reason_clause_is_asserted_under_a_modal(nlp: Language) -> None:
    found = figures(nlp, "Police may arrest more people because 20 were detained on Friday.")
    assert [(metric, low) for metric, _, low, *_ in found] == [("arrested", 20)]


def test_a_past_event_dated_against_a_negated_clause_is_asserted(nlp: Language) -> None:
    found = figures(
        nlp,
        "The governor said she would not step down, a day after riots in the port city left "
        "31 residents dead.",
    )
    assert [(metric, low) for metric, _, low, *_ in found] == [("deaths", 31)]
    assert figures(nlp, "He will not resign even if 20 people die.") == []
    # Any past clause that the other comes after, with or without a span of time.
    found = figures(
        nlp, "The mayor said she would lift the curfew after riots left 14 people dead."
    )
    assert [(metric, low) for metric, _, low, *_ in found] == [("deaths", 14)]
    # Where the parser takes "after" for a preposition of the clause before it.
    found = figures(
        nlp,
        "The governor said she would not sign a fuel levy including the new taxes a day after "
        "fierce fights between police and marchers at the parliament and nationwide left at "
        "least 17 people dead and dozens hurt, according to nurses.",
    )
    assert [(metric, low) for metric, _, low, *_ in found][:1] == [("deaths", 17)]


def test_the_source_given_for_a_clause_is_its_own_not_the_sentences_speaker(
    nlp: Language,
) -> None:
    text = (
        "The governor told reporters she would not approve a budget including the new charges "
        "a day after fierce battles between police and students at the campus and nationwide "
        "left at least 17 people dead and dozens hurt, according to nurses."
    )
    assert {f.attribution for f in find_figures(nlp(text), PUBLISHED)} == {"nurses"}


def test_deaths_before_a_clause_of_no_total_are_no_increment(nlp: Language) -> None:
    found = figures(nlp, "The army took control of the city after 27 people had been killed.")
    assert [(metric, low) for metric, _, low, *_ in found] == [("deaths", 27)]
    # Those that raised a toll are not a toll: its latest addition.
    found = figures(nlp, "The toll climbed to 46 after two more people died.")
    assert [(scope, low) for _, scope, low, *_ in found] == [("total", 46), ("added", 2)]


def test_a_report_a_year_on_gives_its_events_toll(nlp: Language) -> None:
    body = (
        "Engineers reopened the mountain road on Monday. The cyclone that hit northern Peru "
        "in August 2023 killed about 1,200 people, and thousands still live in tents."
    )
    day = dt.datetime(2025, 1, 13, 9, tzinfo=dt.UTC)
    cleaned = clean(Article(id="year-on", published_at=day, body=body))
    extracted = extract(cleaned, nlp(cleaned.text))
    assert extracted.evidence.start == dt.date(2023, 8, 1)
    assert [(c.metric, c.value) for c in extracted.claims if isinstance(c, FigureClaim)] == [
        ("deaths", 1200)
    ]


def test_another_event_of_a_series_is_recalled(nlp: Language) -> None:
    text = (
        "Union leaders said it was the third deadly mine collapse of the month, after a shaft "
        "in the northern town of Brava caved in and killed 8 miners."
    )
    assert figures(nlp, text) == []
    # Not numbered in a series, what came before is this event's own course.
    found = figures(nlp, "It was the worst day of the protests, after police killed 12 marchers.")
    assert [(metric, low) for metric, _, low, *_ in found] == [("deaths", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 812 people were injured in the country's worst unrest in decades.",
            [("injured", "total", 812)],
        ),
        ("At least 64 people died in the deadliest storm since 1987.", [("deaths", "total", 64)]),
        ("At least 64 died in the first such attack in years.", [("deaths", "total", 64)]),
        # The count of the event the superlative is measured against is that event's.
        ("It was the deadliest attack since 2011, when gunmen killed 150 people.", []),
    ],
)
def test_the_span_a_superlative_is_measured_over_dates_no_earlier_event(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ages set off after names before a semicolon or the sentence's end.
        (
            "Officers had detained technical director Ivo Prasek, 46; Lino Berta, 29, who ran "
            "the line; and foreman Rada Okon, 38.",
            [],
        ),
        # Or before a dash closing the list.
        (
            "Police arrested 14 people after the pit collapsed. The remaining five, including "
            "three Chinese nationals - Liu Wenhao, 39, Zhang Peng, 45, and Chen Guoliang, 33 - "
            "were arraigned before the circuit court yesterday.",
            [("arrested", "total", 14), ("arrested", "foreigners", 3)],
        ),
        # Those who met any of several fates, not all of them custody.
        ("A rights group counts 1,000 people who were summoned, questioned or detained.", []),
        ("More than 1,000 people have been arrested or detained.", [("arrested", "total", 1000)]),
        # The total after the counts of each place.
        (
            "Eight people are still missing in Tajikistan and one in Kyrgyzstan, nine in all.",
            [("missing", "Kyrgyzstan", 1), ("missing", "Tajikistan", 8), ("missing", "total", 9)],
        ),
        # The count of people "reported missing", the parser reading "reported" as the verb.
        (
            "The number of people reported missing stands at 61, according to the ombudsman.",
            [("missing", "total", 61)],
        ),
        # A region's part of a larger toll.
        (
            "The outbreak has killed 97 people. Zinder region accounts for 61 of the deaths.",
            [("deaths", "Zinder", 61), ("deaths", "total", 97)],
        ),
    ],
)
def test_ages_fates_totals_in_all_and_a_regions_share(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert sorted(figures(nlp, text)) == sorted(expected)


def test_years_on_from_an_earlier_year_that_reach_the_news_are_the_events_own(
    nlp: Language,
) -> None:
    text = "The dam was finished in 2023. Two years later, it burst, killing 40 people."
    assert figures(nlp, text) == [("deaths", "total", 40)]


def test_decades_in_a_wave_are_no_month(nlp: Language) -> None:
    text = "At least 812 people were injured in the worst unrest in decades."
    [figure] = find_figures(nlp(text), dt.date(2025, 11, 14), wave=True)
    assert (figure.metric, figure.scope) == ("injured", "total")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Digits that end a service's name are no count of its officials.
        (
            "Seven people were killed and 16 injured in the blast, Rescue 1190 officials said.",
            [("deaths", "total", 7), ("injured", "total", 16)],
        ),
        # So are they when the service is one of a list of sources.
        (
            "The roof fell on Friday, killing nine, while 31 people were hurt, Rescue 1122 and "
            "police officials said.",
            [("deaths", "total", 9), ("injured", "total", 31)],
        ),
        # A count after a news agency's name is one.
        ("Police told AFP 40 people were arrested.", [("arrested", "total", 40)]),
        # People brought out "with no injuries" are no injured.
        ("All 40 miners were brought to the surface, with no injuries reported.", []),
        (
            "All 40 miners were brought to the surface, with minor injuries.",
            [("injured", "total", 40)],
        ),
    ],
)
def test_numbers_in_names_and_negated_injuries(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert sorted(figures(nlp, text)) == sorted(expected)


def test_counts_of_an_event_told_days_before_the_reported_one_are_that_events(
    nlp: Language,
) -> None:
    text = (
        "A gas explosion tore through a block of flats in Orlov late on Thursday, killing two "
        "people. On February 28, an explosion in another block killed 12 people and injured "
        "19. With the explosion on February 28, in which 12 died, gas blasts have claimed 14 "
        "lives in the city this month."
    )
    day = dt.date(2025, 3, 13)
    told = find_figures(nlp(text), PUBLISHED, day=day)
    assert [(f.metric, f.quantity.low) for f in told] == [("deaths", 2)]
    # Without the reported event's day, nothing tells them apart.
    assert len(find_figures(nlp(text), PUBLISHED)) > 1


def test_a_figure_after_a_count_of_attackers_is_theirs_not_the_toll(nlp: Language) -> None:
    # "neutralised" may be killed or captured: no metric, and no figure of the dead after it.
    text = (
        "Seventeen soldiers were killed in the raid on the base. The army first spoke of "
        "several dozen assailants neutralised; days later the figure was 64."
    )
    assert [(m, low) for m, _, low in figures(nlp, text)] == [("deaths", 17)]


def test_a_sentence_going_on_about_an_event_recalled_before_it_is_that_events(
    nlp: Language,
) -> None:
    text = (
        "Gunmen attacked a police station in Tiltil, killing 13 people. The raid came 12 days "
        "after an attack on police in the Arlo valley that officials say killed 17 people. "
        "Rights groups put that toll at 29 and say 1,000 people have been detained since."
    )
    assert figures(nlp, text) == [("deaths", "total", 13)]
