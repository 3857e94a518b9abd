import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.figures import find_figures

PUBLISHED = dt.date(2022, 1, 8)  # a Saturday


def figures(nlp: Language, text: str) -> list[tuple[str, str, int, int | None, str]]:
    return [
        (f.metric, f.scope, f.quantity.low, f.quantity.high, f.quantity.qualifier)
        for f in find_figures(nlp(text), PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Security forces killed 26 demonstrators and 18 law-enforcement officers died.",
            [
                ("deaths", "protesters", 26, 26, "exact"),
                ("deaths", "security_forces", 18, 18, "exact"),
            ],
        ),
        (
            "More than 4,400 people have been arrested, the Interior Ministry said.",
            [("arrested", "total", 4400, None, "more_than")],
        ),
        (
            "The clashes have caused 164 deaths and 2,000 wounded, in addition to 6,000 arrests.",
            [
                ("deaths", "total", 164, 164, "exact"),
                ("injured", "total", 2000, 2000, "exact"),
                ("arrested", "total", 6000, 6000, "exact"),
            ],
        ),
        ("Dozens have died in the violence.", [("deaths", "total", 12, 99, "vague")]),
        (
            "The earthquake killed at least 1,200 people and injured about 3,000 others.",
            [
                ("deaths", "total", 1200, None, "at_least"),
                ("injured", "total", 2700, 3300, "about"),
            ],
        ),
        (
            "A suicide bomber killed 12 civilians, including four children, at a market.",
            [("deaths", "civilians", 12, 12, "exact"), ("deaths", "children", 4, 4, "exact")],
        ),
        (
            "The death toll from the floods rose to 87 on Tuesday.",
            [("deaths", "total", 87, 87, "exact")],
        ),
        (
            # The toll right before its verb rises, wherever the parser hung it.
            "Tanker driver arrested as Kapiri blast toll rises to 31",
            [("deaths", "total", 31, 31, "exact")],
        ),
        (
            "Police detained 300 opposition supporters after the rally.",
            [("arrested", "total", 300, 300, "exact")],
        ),
        (
            # Those arrested are civilians unless said otherwise: all of them, not a group.
            "Troops have rounded up 140 civilians in the old town since the curfew began.",
            [("arrested", "total", 140, 140, "exact")],
        ),
        (
            # The wounded are soldiers too: the count's noun is left out, not another.
            "Three soldiers were killed and five wounded in the shelling.",
            [
                ("deaths", "security_forces", 3, 3, "exact"),
                ("injured", "security_forces", 5, 5, "exact"),
            ],
        ),
        (
            # The armed side of an attack is a group of its own, apart from its victims.
            "Four policemen and nine gunmen died in the raid, and six attackers were wounded.",
            [
                ("deaths", "security_forces", 4, 4, "exact"),
                ("deaths", "militants", 9, 9, "exact"),
                ("injured", "militants", 6, 6, "exact"),
            ],
        ),
        (
            # A search "called off" ends, and asks for nothing: its count is stated.
            "The search for the 23 sailors still missing was called off on Friday.",
            [("missing", "total", 23, 23, "exact")],
        ),
        (
            "The unrest left 26 people dead, hundreds injured and thousands arrested.",
            [
                ("deaths", "total", 26, 26, "exact"),
                ("injured", "total", 100, 999, "vague"),
                ("arrested", "total", 1000, 9999, "vague"),
            ],
        ),
    ],
)
def test_finds_figures(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The toll could rise to 200, officials warned.",
        "No deaths were reported in the blast.",
        "Twenty people are feared dead after the landslide.",
        "20 military cargo planes carried Russian forces to the country.",
        "The unrest in a country of 19 million people worries Western powers.",
        "The value of the exports was 2.2 million euros in 2021.",
        "Leaders of the six countries will meet on Monday.",
        "The 81-year-old former president ruled from 1989 to 2019.",
        "Hundreds of people were protesting in the main square.",
        "He had headed the service since 2016 and is 56 years old.",
        "Call 903-247-0907 or write to 383 576 Gladwell Street.",
        "Up to 5,000 troops were deployed to the capital.",
    ],
)
def test_ignores_non_casualty_numbers(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


def test_coordinated_verbs_do_not_make_deaths(nlp: Language) -> None:
    found = figures(nlp, "The demonstrations became riots that killed and arrested thousands.")
    assert found == []  # the dead and the arrested together: neither a toll nor an arrest count


def test_killed_and_injured_together_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "The blast tore through the hall, killing and injuring nearly 90.") == []
    assert figures(nlp, "Some 90 people were killed or injured in the blast.") == []
    found = figures(nlp, "Troops killed 7 people and injured 31 others.")
    assert [(m, low) for m, _, low, _, _ in found] == [("deaths", 7), ("injured", 31)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second clause with its own count and passive verb, however the parser joins it.
        ("The quake killed 40 people and 640 were injured.", [("deaths", 40), ("injured", 640)]),
        ("The blast killed 12 people and 30 were hospitalised.", [("deaths", 12), ("injured", 30)]),
        ("The attack wounded 20 people and 4 were killed.", [("injured", 20), ("deaths", 4)]),
        (
            "At least 17 villagers were killed and over 200 injured on Monday.",
            [("deaths", 17), ("injured", 200)],
        ),
    ],
)
def test_a_count_with_its_own_passive_after_another_is_its_own(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m, low) for m, _, low, _, _ in figures(nlp, text)] == expected


def test_groups_under_one_count_are_all_of_them(nlp: Language) -> None:
    text = "The monitoring group has recorded 212 protesters and police officers injured so far."
    found = figures(nlp, text)
    assert [(m, s, low) for m, s, low, _, _ in found] == [("injured", "total", 212)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five men and a woman were detained over the collapse.", [("arrested", 6)]),
        ("Investigators arrested two site managers and an architect.", [("arrested", 3)]),
        ("Three miners and a rescuer died underground.", [("deaths", 4)]),
        # Numbered, the one after "and" is a count of its own.
        ("Police detained 12 men and one woman.", [("arrested", 12), ("arrested", 1)]),
        # A count the parser hangs on the noun of the list after it is no part of the sum.
        (
            "The ministry's toll stands at 12 — 11 patients and a nurse who died of her burns.",
            [("deaths", 12), ("deaths", 12)],
        ),
        # A breakdown by nationality: one of another people is no more of the same count.
        (
            "Of the dead, five were Chilean; the others were seven Bolivians, two Peruvians "
            "and a Brazilian national.",
            [("deaths", 5), ("deaths", 7), ("deaths", 2)],
        ),
    ],
)
def test_a_count_and_one_more_person_are_counted_together(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m, low) for m, _, low, _, _ in figures(nlp, text)] == expected


def test_attribution_and_as_of(nlp: Language) -> None:
    [figure] = find_figures(
        nlp("More than 4,400 people have been arrested, the Interior Ministry said Thursday."),
        PUBLISHED,
    )
    assert figure.attribution == "Interior Ministry"
    assert figure.as_of == dt.date(2022, 1, 6)
    # A toll counted since a day is not a toll of that day.
    [since] = find_figures(nlp("Police said 82 people have been killed since Monday."), PUBLISHED)
    assert (since.quantity.low, since.as_of) == (82, None)
    # The day of the count it is compared with is not its own: that count is an earlier
    # one of its own, as of its day.
    now, before = find_figures(
        nlp("The death toll now stands at 57, up from 45 on Monday."), PUBLISHED
    )
    assert (now.quantity.low, now.as_of, now.scope) == (57, None, "total")
    assert (before.quantity.low, before.scope, before.corrects) == (45, "total", False)
    assert before.as_of is not None and before.as_of < PUBLISHED
    # With no day of its own, the count before is told as a part: the article's count is now.
    text = "Nine workers are still missing at the Dovren mill, down from 14."
    now, before = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.low, f.scope) for f in (now, before)] == [
        ("missing", 9, "total"),
        ("missing", 14, "subset"),
    ]
    # "From" a count: the count before, whichever side of "to" it comes (and whatever the
    # parser makes of "to" after a time of day).
    for text in (
        "The number of people killed rose to 14 on Wednesday from nine overnight.",
        "The toll in Varn rose from nine on the first morning to 14 within two days.",
    ):
        read = [(f.quantity.low, f.scope) for f in find_figures(nlp(text), PUBLISHED)]
        assert sorted(read) == [(9, "subset"), (14, "total")], text
    # The earlier toll it names is a part of it, not the toll.
    # And the one who died is one of the dead.
    text = "The toll rose to 57 on Monday, up from the previous toll of 45, when a man died."
    now, before, one = find_figures(nlp(text), PUBLISHED)
    assert [(f.quantity.low, f.scope) for f in (now, before, one)] == [
        (57, "total"),
        (45, "subset"),
        (1, "subset"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The clinic says 812 people were treated, not 905 as it announced on Thursday.",
        "Police have lowered the number held in custody to 812, not 905 as announced yesterday.",
    ],
)
def test_the_day_of_a_count_set_right_is_not_its_own(nlp: Language, text: str) -> None:
    [figure, wrong] = find_figures(nlp(text), PUBLISHED)
    assert (figure.quantity.low, figure.corrects, figure.as_of) == (812, True, None)
    # The count set right is a claim of its own, a part, as of the day it was given.
    assert (wrong.quantity.low, wrong.corrects, wrong.scope) == (905, False, "subset")
    assert wrong.as_of is not None and wrong.as_of < PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "This is how the count stood on Thursday night: 14 dead and 205 treated in clinics.",
        "As of Thursday evening: 14 dead and 205 treated in clinics.",
    ],
)
def test_a_lead_in_before_a_colon_dates_the_counts_after_it(nlp: Language, text: str) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.quantity.low, f.as_of) for f in found] == [
        (14, dt.date(2022, 1, 6)),
        (205, dt.date(2022, 1, 6)),
    ]


def test_according_to(nlp: Language) -> None:
    [figure] = find_figures(
        nlp("26 protesters were killed, according to the health ministry."), PUBLISHED
    )
    assert figure.attribution == "health ministry"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Data stand for who compiled them, and say nothing by themselves.
        ("Figures from the coast guard showed 2,300 people had been arrested.", "coast guard"),
        ("According to data compiled by the watchdog, 88 protesters were killed.", "watchdog"),
        ("The updated tally of the Civil Defence put the dead at 61.", "Civil Defence"),
        ("Figures showed 2,300 people had been arrested.", None),
        # A translated "balance" or "bulletin" stands for who issued it; its clause is cut.
        (
            "The toll rose to 212, according to the latest balance of the Civil Protection, "
            "which on Monday had counted 150 dead.",
            "Civil Protection",
        ),
        # A verb of saying joined to another says what their subject says.
        ("The coroner visited the site and said 23 people had died.", "coroner"),
        ("The port authority later clarified that 6 sailors were missing.", "port authority"),
        ("A landslide buried the road and killed 9 people.", None),
        # Admitted to hospital is no admission that anything is so.
        (
            "Hospital staff told reporters that 30 people had been admitted with burns.",
            "Hospital staff",
        ),
    ],
)
def test_the_source_of_data_is_who_compiled_them(
    nlp: Language, text: str, source: str | None
) -> None:
    assert {figure.attribution for figure in find_figures(nlp(text), PUBLISHED)} == {source}


def test_carers_admitting_people_say_nothing_of_the_rest(nlp: Language) -> None:
    text = "Two clinics admitted 45 people with burns, and seven people died."
    found = {(f.metric, f.scope, f.attribution) for f in find_figures(nlp(text), PUBLISHED)}
    assert found == {("injured", "in_hospital", None), ("deaths", "total", None)}
    [said] = find_figures(nlp("The clinic admitted that 12 patients had died."), PUBLISHED)
    assert said.attribution == "clinic"


def test_said_last_night_is_said_the_day_before(nlp: Language) -> None:
    [figure] = find_figures(
        nlp("Police said last night that 40 people had been arrested."), PUBLISHED
    )
    assert figure.as_of == dt.date(2022, 1, 7)


def test_said_in_a_statement_on_a_day_is_said_that_day(nlp: Language) -> None:
    [figure] = find_figures(
        nlp("The toll stands at 164, the disaster agency said in a statement on Thursday."),
        PUBLISHED,
    )
    assert figure.as_of == dt.date(2022, 1, 6)


def test_an_event_that_claimed_lives_is_no_source(nlp: Language) -> None:
    [alone] = find_figures(nlp("The mudslide claimed 57 lives in the valley."), PUBLISHED)
    assert alone.attribution is None
    [said] = find_figures(nlp("The mudslide claimed 57 lives, the governor said."), PUBLISHED)
    assert said.attribution == "governor"
    # The parser reads "A crush killed ..." as a crush "killed" that said it: the subject
    # holding the count's own clause is no source.
    [crush] = find_figures(nlp("A crush killed at least 61 pilgrims, police said."), PUBLISHED)
    assert crush.attribution == "police"


def test_a_count_with_which_a_warning_is_given_is_stated_and_keeps_the_source(
    nlp: Language,
) -> None:
    # "with N confirmed dead" tells how things stand, whatever the warning; the parser makes
    # the counted people the subject of "confirmed", which is then no verb of saying.
    text = "Officials {} the toll was likely to rise, with 38 people confirmed dead so far."
    [warned] = find_figures(nlp(text.format("warned")), PUBLISHED)
    assert (warned.metric, warned.quantity.low) == ("deaths", 38)
    [said] = find_figures(nlp(text.format("said")), PUBLISHED)
    assert said.attribution == "Officials"


def test_a_main_clause_joined_to_another_keeps_its_own_mood(nlp: Language) -> None:
    # The first clause's modal or negation is not the second's, nor is who did not say it
    # its source.
    [arrested] = find_figures(
        nlp("The army may have killed 30, and 14 others were arrested."), PUBLISHED
    )
    assert (arrested.metric, arrested.quantity.low) == ("arrested", 14)
    [seen] = find_figures(
        nlp("Police did not say how many were held, but witnesses saw 40 people detained."),
        PUBLISHED,
    )
    assert (seen.metric, seen.quantity.low, seen.attribution) == ("arrested", 40, None)


def test_what_was_reported_is_no_source_but_who_reported_it_is(nlp: Language) -> None:
    [passive] = find_figures(nlp("Some 300 people were reported missing overnight."), PUBLISHED)
    assert passive.attribution is None
    [agent] = find_figures(nlp("Sixty deaths were reported by the coast guard."), PUBLISHED)
    assert agent.attribution == "coast guard"
    # A passive report with no source of its own is told by the one who says it.
    [told] = find_figures(nlp("Rangers said 26 hikers were reported killed."), PUBLISHED)
    assert told.attribution == "Rangers"


@pytest.mark.parametrize(
    "text",
    [
        "The landslide left 31 dead and 75 wounded, officials said.",
        "A truck bomb went off near the market, killing 31 people and wounding 75, officials said.",
        "The storm has killed 31 people, with 75 others hurt, officials said.",
    ],
)
def test_every_count_of_a_reported_clause_has_its_source(nlp: Language, text: str) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert sorted((f.metric, f.quantity.low, f.attribution) for f in found) == [
        ("deaths", 31, "officials"),
        ("injured", 75, "officials"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "After the landslide killed 31 people, the governor said she would step down.",
        "The governor said she would step down after the landslide killed 31 people.",
    ],
)
def test_a_clause_telling_when_something_was_said_is_not_what_was_said(
    nlp: Language, text: str
) -> None:
    [figure] = find_figures(nlp(text), PUBLISHED)
    assert (figure.quantity.low, figure.attribution) == (31, None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Port Alba\nRescuers in the town said on Sunday the toll had risen to 83.", "Rescuers"),
        ("2024-03-02 Harbour police announced 13 arrests on Friday.", "Harbour police"),
        ("The 3rd Brigade said 14 people died.", "3rd Brigade"),
    ],
)
def test_a_headline_or_dateline_run_into_the_sentence_is_no_part_of_the_source(
    nlp: Language, text: str, source: str
) -> None:
    [figure] = [f for f in find_figures(nlp(text), PUBLISHED) if f.scope == "total"]
    assert figure.attribution == source


def test_a_datelines_date_the_tagger_left_untagged_is_no_part_of_the_source(
    nlp: Language,
) -> None:
    text = (
        "LA PAZ, Feb 14 - Bolivia's Ministry of Mining said on Saturday that 27 miners had "
        "died in the collapse, and that two remained missing."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert {f.attribution for f in found} == {"Bolivia's Ministry of Mining"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The flood left 36 dead, according to statements by Governor Ana Ruiz.",
            "Governor Ana Ruiz",
        ),
        ("At least 36 died, according to a report by the UN relief office.", "UN relief office"),
        ("At least 36 died, according to local reports.", "local reports"),
    ],
)
def test_the_source_of_a_statement_or_report_is_who_made_it(
    nlp: Language, text: str, source: str
) -> None:
    assert {figure.attribution for figure in find_figures(nlp(text), PUBLISHED)} == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Officials raised the toll to 95.", "Officials"),
        ("The regional government revised the death toll down to 89.", "regional government"),
        ("The ministry updated the number of injured to 240.", "ministry"),
        # The event that raised a toll is no source of it; a clause raising it has the source
        # of the clause above.
        ("The floods raised the toll to 95.", None),
        ("Rescuers said they had found 18 more bodies, raising the toll to 95.", "Rescuers"),
    ],
)
def test_who_sets_a_toll_is_its_source(nlp: Language, text: str, source: str | None) -> None:
    [figure] = [f for f in find_figures(nlp(text), PUBLISHED) if f.scope == "total"]
    assert figure.attribution == source


def test_a_toll_told_as_a_complement_is_read(nlp: Language) -> None:
    [figure] = find_figures(nlp("The death toll was 26, officials said."), PUBLISHED)
    assert (figure.metric, figure.scope, figure.quantity.low) == ("deaths", "total", 26)
    assert figure.attribution == "officials"


@pytest.mark.parametrize(
    "text",
    [
        "Officials put the number of dead at 42 and the injured at 20.",
        "Officials put the death toll at 42 and the number of injured at 20.",
    ],
)
def test_each_object_a_total_is_put_at_gives_its_metric(nlp: Language, text: str) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.low) for f in found] == [("deaths", 42), ("injured", 20)]


def test_a_figure_later_raised_is_of_the_count_before_it(nlp: Language) -> None:
    text = "Gunmen killed at least 38 people, officials said, a figure later raised to 42."
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == [
        ("deaths", "total", 38),
        ("deaths", "total", 42),
    ]


def test_the_whole_that_includes_a_count_gives_its_metric(nlp: Language) -> None:
    found = find_figures(nlp("The toll reached 34. The dead include five teachers."), PUBLISHED)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == [
        ("deaths", "total", 34),
        ("deaths", "subset", 5),
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The dead include nine miners and a rescuer.", 10),
        ("Among the dead were nine miners, the company said.", 9),
    ],
)
def test_a_part_said_alone_is_a_lower_bound_of_the_whole(
    nlp: Language, text: str, count: int
) -> None:
    # With no larger figure the part is the best whole there is, but only as a floor: the
    # dead are at least those named among them.
    assert figures(nlp, text) == [("deaths", "total", count, None, "at_least")]


def test_a_tally_of_a_metric_put_at_a_count_is_the_whole(nlp: Language) -> None:
    # The parser hangs the count on "figure", whose "of deceased" says what it counts: the
    # count is the figure, not a part of the dead (which alone would be a lower bound).
    text = (
        "The agency updated this Monday the figure of deceased in the collapse of the Norte "
        "mine to 61 workers, after rescuers entered the lower shafts."
    )
    assert figures(nlp, text) == [("deaths", "total", 61, 61, "exact")]


def test_casualties_including_the_dead_are_no_count_of_the_dead(nlp: Language) -> None:
    # Casualties are the dead and the hurt together: the part names its metric, the whole
    # takes none from it.
    found = figures(nlp, "The blast caused 85 casualties, including 23 dead.")
    assert [(m, low) for m, _, low, _, _ in found] == [("deaths", 23)]


def test_people_among_those_killed_are_dead_whatever_verb_follows(nlp: Language) -> None:
    text = (
        'Deaths were reported in six towns, with "at least nine guards" among those killed '
        "and 120 other officers wounded, a spokesman said."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == [
        ("deaths", "security_forces", 9),
        ("injured", "security_forces", 120),
    ]


def test_people_treated_for_injuries_are_injured(nlp: Language) -> None:
    found = find_figures(nlp("Medics treated 64 people for burns overnight."), PUBLISHED)
    assert [(f.metric, f.quantity.low) for f in found] == [("injured", 64)]


def test_victims_an_event_claimed_are_its_dead(nlp: Language) -> None:
    found = find_figures(nlp("The mudslide has claimed at least 57 victims."), PUBLISHED)
    assert [(f.metric, f.quantity.low) for f in found] == [("deaths", 57)]


def test_a_place_said_alone_is_a_part(nlp: Language) -> None:
    found = find_figures(nlp("At least 48 people died in Sorvel alone."), PUBLISHED)
    assert [(f.scope, f.quantity.low) for f in found] == [("Sorvel", 48)]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # A sentence opening on a place sets the scene for the next one in its paragraph.
        ("Police said 12 people had been killed nationwide. In the northern city of Tampere, "
         "marchers burned tyres. At least two people were killed.", "Tampere"),
        # Not across a paragraph, nor when the sentence names a place of its own.
        ("Police said 12 people had been killed nationwide. In the northern city of Tampere, "
         "marchers burned tyres.\nAt least two people were killed.", "total"),
        ("Police said 12 people had been killed nationwide. In the northern city of Tampere, "
         "marchers burned tyres. At least two people were killed in Oulu.", "Oulu"),
    ],
)  # fmt: skip
def test_a_sentence_opening_on_a_place_sets_the_next_ones(
    nlp: Language, text: str, scope: str
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.scope, f.quantity.low) for f in found] == [("total", 12), (scope, 2)]


def test_correction_language(nlp: Language) -> None:
    [figure, wrong] = find_figures(
        nlp(
            "Officials revised the toll down, saying 44 people died, "
            "not 164 as previously reported."
        ),
        PUBLISHED,
    )
    assert (figure.quantity.value, figure.corrects, figure.withdraws) == (44, True, 164)
    assert (wrong.quantity.value, wrong.corrects) == (164, False)


def test_plain_figure_does_not_correct(nlp: Language) -> None:
    [figure] = find_figures(nlp("At least 50 people died in the fire."), PUBLISHED)
    assert figure.corrects is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Tower Blaze Leaves 31 Dead & 210 Missing", [("deaths", 31), ("missing", 210)]),
        (
            "The fire has killed 31 people, with 210 people still unaccounted for.",
            [("deaths", 31), ("missing", 210)],
        ),
        (
            "Officials said another 90 people remain unaccounted for, while 40 were injured.",
            [("missing", 90), ("injured", 40)],
        ),
        (
            "The toll rose to 31, while about 150 people remained missing.",
            [("deaths", 31), ("missing", 135)],
        ),
        (
            "He said the injured and missing were 4,520 and 440 respectively.",
            [("injured", 4520), ("missing", 440)],
        ),
        ("Forty fishermen are still missing after the storm.", [("missing", 40)]),
        # A conjunct with a metric of its own keeps it.
        (
            "The ministry said six of the dead and 19 of the injured were Vellish citizens.",
            [("deaths", 6), ("injured", 19)],
        ),
        # Treated by carers the sentence names before "they".
        (
            "Doctors at the city hospital say they have treated 70 protesters since Friday.",
            [("injured", 70)],
        ),
        # A nation's people, which the recogniser may take for a name, are people.
        ("Seven Nepalis were injured in the blast.", [("injured", 7)]),
        # A group joined to the verb with "as well as" shares its subject's reading.
        (
            "Officials said 17 soldiers were killed in the ambush, as well as 31 civilians.",
            [("deaths", 17), ("deaths", 31)],
        ),
        # "the number of X still missing", which the parser makes a verb of its own.
        ("The number of fishermen still missing stands at 87.", [("missing", 87)]),
        ("The number of fishermen still missing now stands at 41.", [("missing", 41)]),
        (
            "The fire has killed two people and sent 46 to hospital for treatment.",
            [("deaths", 2), ("injured", 46)],
        ),
        ("The number of people still missing has fallen to 12.", [("missing", 12)]),
        # The abducted are missing until freed; those "still being held" are their captives.
        ("Gunmen abducted 79 students from the school.", [("missing", 79)]),
        (
            "After the abduction at the school, the police say 42 students are still being held.",
            [("missing", 42)],
        ),
        ("Police said 42 students were held after the riot at the school.", [("arrested", 42)]),
        (
            "Another 30 students abducted last month were freed on Tuesday, leaving 12 still in "
            "captivity.",
            [("missing", 12)],
        ),
        ("The army freed 23 of the students abducted from the school; 42 still held.", []),
        ("Police said 12 protesters were still held at the station.", [("arrested", 12)]),
        (
            "The village head said 41 residents were still being held after the kidnapping.",
            [("missing", 41)],
        ),
        ("Seven suspects are still being held over the kidnapping.", [("arrested", 7)]),
        ("A further 61 people remain listed as missing.", [("missing", 61)]),
        # One verb "missing" for both counts in the parse: the injured keep their word.
        (
            "The death toll climbed to 640, with 1,270 people injured and 93 still missing.",
            [("deaths", 640), ("injured", 1270), ("missing", 93)],
        ),
        # The missing fall as people are found; dead and missing together are neither.
        ("The number of missing dropped to 8 on Friday.", [("missing", 8)]),
        ("Six villagers are still listed as missing.", [("missing", 6)]),
        ("Rangers said 214 hikers had been reported missing.", [("missing", 214)]),
        ("Eleven fishermen were declared missing on Monday.", [("missing", 11)]),
        # Whereabouts unknown: missing; not of suspects on the run.
        ("There are still 37 people whose whereabouts are unknown.", [("missing", 37)]),
        ("The whereabouts of 37 villagers remain unclear.", [("missing", 37)]),
        ("The whereabouts of the 3 suspects remain unknown.", []),
        # Trapped or buried under ruins, fate unknown: missing; not stranded, nor bodies.
        ("At least 64 workers were trapped under the rubble.", [("missing", 64)]),
        (
            "The slide killed 12 villagers and 9 remain trapped under the mud.",
            [("deaths", 12), ("missing", 9)],
        ),
        ("Hundreds of families were trapped in their homes by floodwaters.", []),
        # Where they are trapped on the verb the participle completes; still underground.
        ("Nineteen miners remain trapped underground, police said.", [("missing", 19)]),
        # A headline's two counts, the participle after the second hung on the first's noun.
        (
            "Nine miners dead and 23 trapped after mine floods near Oruro",
            [("deaths", 9), ("missing", 23)],
        ),
        ("Police say 23 men remain underground.", [("missing", 23)]),
        ("The bodies of 14 climbers lie buried under the snow.", [("deaths", 14)]),
        # Those searched for are missing; the wanted, and hours, are not.
        ("Divers were still searching for 17 fishermen on Sunday.", [("missing", 17)]),
        ("Police are looking for four suspects.", []),
        ("Crews searched for nine hours before the road reopened.", []),
        ("The number of dead and missing rose to 300.", []),
        # The abducted are missing until freed, never dead.
        ("Gunmen abducted 30 villagers and killed two.", [("missing", 30), ("deaths", 2)]),
    ],
)
def test_the_missing_are_a_count_of_their_own(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(metric, low) for metric, _, low, _, _ in figures(nlp, text)] == expected


def test_another_count_of_the_missing_alone_is_their_whole(nlp: Language) -> None:
    text = "Another 58 people remain missing, officials said."
    assert [(m, s, low) for m, s, low, _, _ in figures(nlp, text)] == [("missing", "total", 58)]


def test_another_count_of_the_missing_beside_the_dead_restating_one_is_their_whole(
    nlp: Language,
) -> None:
    text = (
        "Nine miners dead and 23 trapped after mine floods near Oruro\n\n"
        "At least nine miners died and another 23 remain trapped in the mine."
    )
    found = [(m, s, low) for m, s, low, _, _ in figures(nlp, text)]
    assert found[2:] == [("deaths", "total", 9), ("missing", "total", 23)]


def test_those_still_missing_of_all_who_went_missing_are_the_current_count(
    nlp: Language,
) -> None:
    text = "The rights body listed 58 disappeared people since June. Of those, 19 remain missing."
    assert [(metric, scope, low) for metric, scope, low, _, _ in figures(nlp, text)] == [
        ("missing", "total", 58),
        ("missing", "total", 19),
    ]
    # A part beside those still missing is a part of them, however the parser hangs it.
    for text in (
        "The agency said 26 people remain unaccounted for, 19 of them from Tavrin.",
        "Some 40 were hurt, and 26 remain unaccounted for, 19 of them in Tavrin County.",
        "Twenty-six people remain missing, among them the 19 crew members of a ferry.",
    ):
        found = {low: (metric, scope) for metric, scope, low, _, _ in figures(nlp, text)}
        assert found[26] == ("missing", "total")
        assert found[19][0] == "missing" and found[19][1] != "total"


def test_a_title_case_headlines_clause_after_a_comma_is_its_own_counts(nlp: Language) -> None:
    text = "53 Inmates of Tarvo Prison Escape, One Officer Killed"
    assert [(m, low) for m, _, low, _, _ in figures(nlp, text)] == [("deaths", 1)]


def test_tolls_counted_are_no_count_of_people(nlp: Language) -> None:
    text = "Three weeks after the shooting, two death tolls and a trial that has not begun"
    assert figures(nlp, text) == []


def test_relatives_of_the_victims_are_no_victims(nlp: Language) -> None:
    text = "Nine people died. Police took DNA samples from 84 family members of the victims."
    assert [low for _, _, low, _, _ in figures(nlp, text)] == [9]


@pytest.mark.parametrize(
    "text",
    [
        # The victims the families are of are no part of the arrested counted before.
        "Police arrested 3 men. The governor visited the families of the eleven victims.",
        # "them" are the houses counted before.
        "Police arrested 3 men. Inspectors checked 640 houses and condemned 95 of them.",
        # A class or a stage named by a number word.
        "Police arrested 3 men. One of the dead, Anna Bekele, 15, was a Form Four pupil.",
    ],
)
def test_no_count_of_people_after_the_arrested(nlp: Language, text: str) -> None:
    assert [(m, low) for m, _, low, _, _ in figures(nlp, text)] == [("arrested", 3)]


@pytest.mark.parametrize(
    ("text", "lows"),
    [
        # An age set off by commas after a name is no count.
        ("Firefighter Tam Wing, 37, died while rescuing residents.", []),
        ("The toll is 150. Of these cases, for ninety of them we knew little.", [150]),
    ],
)
def test_numbers_that_count_no_casualty(nlp: Language, text: str, lows: list[int]) -> None:
    assert [low for _, _, low, _, _ in figures(nlp, text)] == lows


def test_a_count_with_a_verb_of_its_own_is_no_list_item(nlp: Language) -> None:
    found = figures(nlp, "Police said 12 people died, and 40 in Calder were evacuated.")
    assert [low for _, _, low, _, _ in found] == [12]


@pytest.mark.parametrize(
    "text",
    ["Officials said 1,000,000,000,000 dead.", "12345678901234567890123456 people were killed."],
)
def test_a_count_above_the_world_population_is_no_claim(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


def test_a_scaled_decimal_count_is_exact(nlp: Language) -> None:
    [(metric, _, low, high, _)] = figures(nlp, "The famine killed 1.2 million people.")
    assert (metric, low, high) == ("deaths", 1_200_000, 1_200_000)


def test_respectively_pairs_counts_with_their_words(nlp: Language) -> None:
    found = figures(nlp, "Officials said the dead and injured were 30 and 112 respectively.")
    assert [(m, low) for m, _, low, _, _ in found] == [("deaths", 30), ("injured", 112)]


def test_a_bracketed_aside_between_a_count_and_its_participle_is_passed_over(
    nlp: Language,
) -> None:
    text = "Riots that saw over 300 people (as far as the paper could count) killed ended in May."
    assert figures(nlp, text) == [("deaths", "total", 300, None, "more_than")]


def test_a_tally_split_from_its_verb_by_an_after_clause_is_read(nlp: Language) -> None:
    # Parsed as "the number ... missing" and "after the storm fell to 16" a clause of its own.
    text = "The number of people still missing after the storm fell to 16."
    assert figures(nlp, text) == [("missing", "total", 16, 16, "exact")]
    assert figures(nlp, "Crews kept searching after the rivers fell to lower levels.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The previous toll released by the ministry on Thursday evening gave 1,410 dead.",
        "The earlier toll, which the ministry gave on Thursday, was 1,410 dead.",
        "The first reports on Thursday put the toll at 1,410.",
        "Thursday's toll was 1,410 dead.",
    ],
)
def test_an_earlier_toll_is_of_the_day_it_was_given(nlp: Language, text: str) -> None:
    [figure] = find_figures(nlp(text), PUBLISHED)
    assert (figure.quantity.low, figure.as_of) == (1410, dt.date(2022, 1, 6))


def test_an_undated_earlier_count_of_the_missing_is_a_part(
    nlp: Language,
) -> None:
    text = (
        "A week on, the toll stands at 11 dead and one person is missing. The first reports "
        "that night put the toll at five dead, with four people missing."
    )
    found = [(m, s, low) for m, s, low, _, _ in figures(nlp, text)]
    assert ("missing", "total", 1) in found and ("missing", "subset", 4) in found
    # Alone too: the count of the missing that is not the article's own is no latest count.
    text = "By Friday all were found. The first reports that night had put four people missing."
    assert [(m, s, low) for m, s, low, _, _ in figures(nlp, text)] == [("missing", "subset", 4)]


def test_each_step_of_a_rise_keeps_its_own_day(nlp: Language) -> None:
    found = find_figures(
        nlp("The death toll rose to 29 on Thursday and to 43 on Friday."), PUBLISHED
    )
    assert [(f.quantity.low, f.as_of) for f in found] == [
        (29, dt.date(2022, 1, 6)),
        (43, dt.date(2022, 1, 7)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose from 12 on Tuesday to 29 on Wednesday, 35 on Thursday and 43 on Friday.",
        "Deaths climbed to 29 on Wednesday, then 35 on Thursday and 43 on Friday, officials said.",
    ],
)
def test_each_count_listed_after_a_rise_with_its_own_day_is_a_later_step(
    nlp: Language, text: str
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    steps = [(f.quantity.low, f.as_of, f.rises) for f in found if f.scope == "total" and f.rises]
    assert sorted(steps, key=lambda s: s[0]) == [
        (29, dt.date(2022, 1, 5), True),
        (35, dt.date(2022, 1, 6), True),
        (43, dt.date(2022, 1, 7), True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose from 12 on Tuesday to 29 on Wednesday.",
        "The number of people missing rose to 29, from 12 on Tuesday.",
        "The number of people missing rose to 29 from 12 on Tuesday, the Red Cross said.",
    ],
)
def test_a_day_right_after_the_count_before_is_that_counts(nlp: Language, text: str) -> None:
    days = {f.quantity.low: f.as_of for f in find_figures(nlp(text), PUBLISHED)}
    assert days[12] == dt.date(2022, 1, 4)
    assert days[29] != dt.date(2022, 1, 4)


def test_it_opening_a_sentence_is_the_toll_of_the_sentence_before(nlp: Language) -> None:
    found = find_figures(nlp("The toll was 14 on Wednesday. It rose to 29 on Thursday."), PUBLISHED)
    assert [(f.metric, f.quantity.low, f.as_of) for f in found] == [
        ("deaths", 14, dt.date(2022, 1, 5)),
        ("deaths", 29, dt.date(2022, 1, 6)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One person of whom a casualty verb is said is a count of one.
        ("A bank clerk was killed when gunmen stormed the branch.", [("deaths", 1, "total")]),
        ("A man was arrested near the border on Friday.", [("arrested", 1, "total")]),
        # Beside a larger count of the metric, the one is a part of it.
        (
            "The toll rose to 27 on Monday. A passenger died in the city hospital.",
            [("deaths", 27, "total"), ("deaths", 1, "in_hospital")],
        ),
        (
            "Rescuers found three more bodies overnight, and a woman who had been pulled from "
            "the ruins died on Monday.",
            [("deaths", 3, "added"), ("deaths", 1, "subset")],
        ),
        # "A dozen" is twelve, not one person.
        (
            "Police arrested a dozen people on Friday. Officials said 40 people were arrested "
            "in all by Sunday.",
            [("arrested", 12, "total"), ("arrested", 40, "total")],
        ),
        # Not one who speaks of the dead.
        ("A survivor said 12 people had died in the cabin.", [("deaths", 12, "total")]),
    ],
)
def test_one_person_counts_one(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.low, f.scope) for f in found] == expected


def test_people_of_another_country_are_its_foreigners(nlp: Language) -> None:
    text = (
        "Twenty people died when a bus fell into a gorge in southern Peru on Sunday. Three "
        "Bolivians were killed in the crash, the embassy said. Police in Peru said 12 "
        "Peruvians were hurt."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.low, f.scope) for f in found] == [
        ("deaths", 20, "total"),
        ("deaths", 3, "foreigners"),
        ("injured", 12, "total"),
    ]
