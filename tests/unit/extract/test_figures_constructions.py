"""Figure rules for place breakdowns, totals over a described noun, injuries written as
"with wounds", background and rate clauses, and retracted or negated corrections."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.figures import find_figures

PUBLISHED = dt.date(2023, 4, 15)


def figures(nlp: Language, text: str) -> list[tuple[str, str, int]]:
    return [(f.metric, f.scope, f.quantity.value) for f in find_figures(nlp(text), PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gapped list of places after a place that reports the first figure.
        (
            "The storm toll rose on Monday, with Kessel reporting 40 deaths, Marrow 12 and "
            "Upper Tolland 9, officials said.",
            [("deaths", "Kessel", 40), ("deaths", "Marrow", 12), ("deaths", "Upper Tolland", 9)],
        ),
        # A toll told in a relative clause on it.
        (
            "Officials confirmed the death toll, which now stands at 36.",
            [("deaths", "total", 36)],
        ),
        (
            "The number of arrests, which rose to 410 on Sunday, is expected to grow.",
            [("arrested", "total", 410)],
        ),
        # A total verb joined to another shares its subject.
        (
            "The toll passed 90 on Friday and rose to 104 on Saturday.",
            [("deaths", "total", 90), ("deaths", "total", 104)],
        ),
        # A place named after its generic noun: "the town of X".
        (
            "The floods killed 95 people, 62 in the town of Marrow.",
            [("deaths", "total", 95), ("deaths", "Marrow", 62)],
        ),
        # Items of a list by where the people came from.
        (
            "Guards have caught 61 escaped inmates so far: 40 in Kessel, 15 from Marrow and 6 "
            "from Dunby.",
            [
                ("arrested", "total", 61),
                ("arrested", "Kessel", 40),
                ("arrested", "Marrow", 15),
                ("arrested", "Dunby", 6),
            ],
        ),
        # A bare count the parser joined to the verb shares the figure before it.
        (
            "The coroner's report lists 33 dead in Varn and 14 in Osterby.",
            [("deaths", "Varn", 33), ("deaths", "Osterby", 14)],
        ),
        # The place is held by the participle describing the counted noun.
        (
            "At least 30 people died, officials said, with 21 bodies found in Ravel and 9 in "
            "Stenby.",
            [("deaths", "total", 30), ("deaths", "Ravel", 21), ("deaths", "Stenby", 9)],
        ),
        # A place that records a figure, beside a larger toll not for it.
        (
            "The fever has killed 61 people, the ministry said. Hospitals in Dolvik are full, "
            "and Dolvik alone has now recorded 35 deaths.",
            [("deaths", "total", 61), ("deaths", "Dolvik", 35)],
        ),
        # A country's toll is the whole, even when parts by district follow.
        (
            "The outbreak has killed 40 people in Kenya, with 25 deaths in Kilifi district and "
            "9 in Kwale.",
            [("deaths", "total", 40), ("deaths", "Kilifi", 25), ("deaths", "Kwale", 9)],
        ),
        # A total over a noun described by a participle: the verb above it sets the total.
        (
            "Troops seized six more men, bringing the number of suspects held to 31.",
            [("arrested", "total", 31)],
        ),
        (
            "Rescuers recovered nine more bodies on Friday, bringing the number of miners "
            "confirmed dead to 47.",
            [("deaths", "added", 9), ("deaths", "total", 47)],
        ),
        # The whole a total counts gives its scope.
        (
            "The number of soldiers killed in the ambush has risen to 17, the army said.",
            [("deaths", "security_forces", 17)],
        ),
        # ... but "our citizens" are a country's people, not its civilians.
        (
            "The number of our citizens who lost their lives rose to 58.",
            [("deaths", "total", 58)],
        ),
        # Injured written as people with injuries.
        (
            "Nine of them were flown to the capital with serious injuries, the army said.",
            [("injured", "total", 9)],
        ),
        (
            "Four workers were dug out alive with injuries on Tuesday.",
            [("injured", "total", 4)],
        ),
        (
            "The district clinic received dozens of people with burns and gunshot wounds.",
            [("injured", "in_hospital", 12)],
        ),
        # A verbless part: "two of them children".
        (
            "Six people drowned on Sunday, three of them children, when the bus left the road.",
            [("deaths", "total", 6), ("deaths", "children", 3)],
        ),
        # A part whose clause says who they were.
        (
            "The ferry fire killed 18 people and hurt 30. Four of the dead were crew members, and "
            "two of the wounded belonged to the coast guard.",
            [
                ("deaths", "total", 18),
                ("injured", "total", 30),
                ("deaths", "subset", 4),
                ("injured", "subset", 2),
            ],
        ),
        # Newly listed kinds of people.
        ("Police detained 22 suspected militiamen near the border.", [("arrested", "total", 22)]),
        # A negated governing clause after a semicolon does not negate the figure.
        (
            "The police chief said on Friday that 27 people were dead; the mayor did not comment.",
            [("deaths", "total", 27)],
        ),
        # Correcting verbs set a total and mark it as a correction.
        ("The agency corrected the toll to 36 on Monday.", [("deaths", "total", 36)]),
        # Counts listed by place in brackets, the metric named by the clause's subject; the
        # places after the first are often tagged as people.
        (
            "The dead are from Tamale (17), Kumasi (3) and Accra (1), the commission said.",
            [("deaths", "Tamale", 17), ("deaths", "Kumasi", 3), ("deaths", "Accra", 1)],
        ),
        # The subject's "most of the deaths" names the metric; "the districts of X" a place.
        (
            "The floods killed 460 people. Most of the deaths were counted in the districts "
            "of Ardan (312) and Belcourt (77).",
            [("deaths", "total", 460), ("deaths", "Ardan", 312), ("deaths", "Belcourt", 77)],
        ),
        # "Up" belongs to the verb: the count is the new total, not an upper bound.
        ("The toll from the landslide has gone up to 1,386.", [("deaths", "total", 1386)]),
        # "Still missing" read as a clause of its own, the count hung on it.
        (
            "Authorities lowered the number of people still missing to 64.",
            [("missing", "total", 64)],
        ),
        (
            "The coastguard put the number of fishermen still missing at 31.",
            [("missing", "total", 31)],
        ),
        ("The number of people still missing fell to 52.", [("missing", "total", 52)]),
        (
            "The toll from the cyclone rose to thirty on Tuesday, with 85 people injured.",
            [("deaths", "total", 30), ("injured", "total", 85)],
        ),
        # "One each", "two apiece": a count per group, which counts nobody by itself.
        (
            "Of the dead, 31 were police officers, one each from the coast guard, the border "
            "force and the reserve.",
            [("deaths", "security_forces", 31)],
        ),
        ("Two apiece were killed in Varn and Tessa, the mayor said.", []),
    ],
)
def test_finds_figures(nlp: Language, text: str, expected: list[tuple[str, str, int]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # People held somewhere are no part of a figure given before a relative clause.
        "Some 9,000 people have fled, most of them to camps near Tarn that already house "
        "more than 50,000 people.",
        # Background tolls dated by the clause the figure's clause hangs in.
        "The vote of 2019 was marred by riots in which at least 37 people were killed.",
        "Critics recall that the campaign of 2018 had been marked by a crackdown, which caused "
        "61 deaths in a week, and by the arrest of hundreds of students.",
        # A rate per year is no event.
        "Researchers estimate that floods cause thousands of deaths in the region every year.",
        # Nor per season.
        "Carbon monoxide poisoning kills dozens of people in the country each winter.",
    ],
)
def test_ignores(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The toll of 31 dead that a radio station gave on Monday was later retracted.", 31),
        ("The ministry withdrew the figure of 48 deaths it had given on Sunday.", 48),
    ],
)
def test_a_figure_a_correction_withdraws_is_a_part(nlp: Language, text: str, value: int) -> None:
    assert figures(nlp, text) == [("deaths", "subset", value)]


def test_a_number_labelling_a_place_is_no_item_of_a_list(nlp: Language) -> None:
    text = "Twelve guards were hurt, and others were held for hours in Block 7."
    assert figures(nlp, text) == [("injured", "security_forces", 12)]


def test_a_negated_revision_is_no_correction(nlp: Language) -> None:
    text = "Officials said 52 people were dead, and have not revised that figure since."
    [figure] = find_figures(nlp(text), PUBLISHED)
    assert (figure.quantity.value, figure.corrects) == (52, False)


def test_a_corrected_toll_is_a_correction(nlp: Language) -> None:
    [figure] = find_figures(nlp("The agency corrected the toll to 36 on Monday."), PUBLISHED)
    assert figure.corrects


def test_a_total_revised_up_to_a_count_is_that_count(nlp: Language) -> None:
    found = find_figures(nlp("The toll was revised up to 57 on Monday."), PUBLISHED)
    assert [(f.quantity.qualifier, f.quantity.low, f.quantity.as_written) for f in found] == [
        ("exact", 57, "57")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another body's figure of the metric just given, and who gave it.
        (
            "Nearly 600 people died, according to the Red Crescent, though provincial "
            "officials gave a lower figure of 410.",
            [("deaths", 600, "Red Crescent"), ("deaths", 410, "provincial officials")],
        ),
        (
            "The ministry's tally stands at 73 dead, while monitors count at least 118.",
            [("deaths", 73, None), ("deaths", 118, "monitors")],
        ),
        (
            "At least 118 people have been killed. The interior ministry says 73.",
            [("deaths", 118, None), ("deaths", 73, "interior ministry")],
        ),
        # A body's own tally come to a count.
        (
            "At least 118 people have been killed. A monitoring group says its own count "
            "has reached 204.",
            [("deaths", 118, None), ("deaths", 204, "monitoring group")],
        ),
        # Each clause of a sentence parted by a semicolon keeps its own source.
        (
            "Monitors say at least 118 people have been killed; the ministry says 73.",
            [("deaths", 118, "Monitors"), ("deaths", 73, "ministry")],
        ),
        # Figures that are shapes, a year said, and a count of something else are no count.
        ("Searchers saw four figures in the rubble. The mayor said 2024 was hard.", []),
        (
            "The quake killed 12 people. The region records hundreds of tremors a year.",
            [("deaths", 12, None)],
        ),
        # The figure a corrected document held is no new count.
        (
            "Police revised the number of people arrested down to 900, saying a report that "
            "had circulated with a figure of 1,240 wrongly included people later freed.",
            [("arrested", 900, "Police")],
        ),
    ],
)
def test_a_bare_count_another_body_gives_is_of_the_metric_just_given(
    nlp: Language, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert sorted((f.metric, f.quantity.value, f.attribution) for f in found) == sorted(
        expected, key=lambda e: (e[0], e[1], e[2] or "")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hospitals treated 85 people after the explosion.",
        "Clinics in the town reported treating 85 people.",
        "Hospitals in the town admitted 85 people overnight.",
    ],
)
def test_people_carers_treated_are_injured_in_care(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == [("injured", "in_hospital", 85)]


def test_people_treated_by_others_are_no_count(nlp: Language) -> None:
    assert figures(nlp, "The mayor treated 40 volunteers to lunch.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors ordered the arrest of 14 people over the bridge collapse.",
        "A magistrate issued warrants for the arrest of 14 people on Tuesday.",
        "A warrant was issued for the arrest of 14 people.",
        "The detention of 14 protesters was ordered by the court.",
    ],
)
def test_people_whose_arrest_was_ordered_are_not_yet_arrested(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


def test_people_whose_arrest_was_announced_are_arrested(nlp: Language) -> None:
    text = "Police announced the arrest of 14 protesters."
    assert figures(nlp, text) == [("arrested", "protesters", 14)]


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers tallied the arrests and abductions of more than 310 students that week.",
        "Officials listed the deaths and injuries of 54 villagers.",
    ],
)
def test_one_count_of_two_kinds_of_harm_is_no_figure_of_either(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


def test_one_count_of_two_words_for_one_harm_keeps_it(nlp: Language) -> None:
    text = "Lawyers confirmed the arrests and detentions of 54 students."
    assert figures(nlp, text) == [("arrested", "total", 54)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A passive verb after a count the parser joined to the object before: its own.
        (
            "The fire killed 17 people and 306 people were treated for smoke inhalation.",
            [("deaths", "total", 17), ("injured", "total", 306)],
        ),
        (
            "Refinery fire: 11 dead and 306 people treated for smoke inhalation",
            [("deaths", "total", 11), ("injured", "total", 306)],
        ),
    ],
)
def test_people_treated_for_a_harm_are_injured(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four climbers continue to be missing.",
        "Search operations for four people who remain unaccounted for are continuing.",
    ],
)
def test_people_who_stay_missing_are_missing(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == [("missing", "total", 4)]


def test_people_who_continue_to_be_missing_however_parsed(nlp: Language) -> None:
    # Before a long paragraph the parser hangs "missing" on "be", not on "continue".
    text = (
        "The blast killed 9 people. Four miners continue to be missing.\n\nThe regional "
        "prosecutor, Ana Ruiz Soto, announced that the mine manager, Luis Pardo Vega, and the "
        "head of safety, Eva Soto, were detained on Tuesday afternoon at the offices of the "
        "company."
    )
    assert figures(nlp, text) == [("deaths", "total", 9), ("missing", "total", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "The county hospital says 17 survivors are still admitted.",
        "Seventeen passengers remain admitted at the regional hospital.",
    ],
)
def test_people_still_admitted_are_injured_in_hospital(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == [("injured", "in_hospital", 17)]


def test_an_admission_of_something_else_is_no_count(nlp: Language) -> None:
    assert figures(nlp, "The contractor still admitted 3 faults in the design.") == []


@pytest.mark.parametrize("opener", ["Of these", "Out of these"])
def test_a_part_of_the_figure_before_opened_by_these(nlp: Language, opener: str) -> None:
    text = f"Overall 96 people died. {opener}, 41 were women."
    assert figures(nlp, text) == [("deaths", "total", 96), ("deaths", "subset", 41)]


def test_a_bare_figure_restating_an_earlier_number_keeps_its_metric(nlp: Language) -> None:
    text = (
        "The agency said 214 people had died. Police have detained nine men. The agency's "
        "figure of 214 is well above the count the governor gave on Monday."
    )
    assert figures(nlp, text) == [
        ("deaths", "total", 214),
        ("arrested", "total", 9),
        ("deaths", "total", 214),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The coastguard said 64 people had been rescued alive, 11 of them with injuries.",
        "Regional Commissioner Zawadi Mrema told reporters that 64 people had been rescued "
        "alive, 11 of them with injuries.",
    ],
)
def test_survivors_are_not_injured_but_those_of_them_with_injuries_are(
    nlp: Language, text: str
) -> None:
    assert figures(nlp, text) == [("injured", "total", 11)]


def test_a_part_with_injuries_is_injured_whatever_figure_came_before(nlp: Language) -> None:
    text = (
        "Dozens of passengers are still missing. Regional Commissioner Zawadi Mrema told "
        "reporters that 64 people had been rescued alive, 11 of them with injuries."
    )
    assert figures(nlp, text)[-1] == ("injured", "total", 11)


def test_the_number_in_custody_is_of_the_arrested(nlp: Language) -> None:
    text = (
        "Two crew members were injured. A cashier was arrested on Friday, bringing the number "
        "in custody to five."
    )
    assert figures(nlp, text)[-1] == ("arrested", "total", 5)


def test_survivors_of_whom_some_remain_admitted_are_injured_not_dead(nlp: Language) -> None:
    text = (
        "The sinking killed 57 people. A total of 96 passengers survived the sinking, of whom "
        "14 remain admitted in hospital."
    )
    assert figures(nlp, text) == [("deaths", "total", 57), ("injured", "in_hospital", 14)]


def test_victims_handled_at_a_morgue_are_not_injured(nlp: Language) -> None:
    text = (
        "The floods killed 212 people. Forensic teams said the 87 people treated at the "
        "central morgue had been examined, and 60 of them have been identified."
    )
    assert all(metric != "injured" for metric, _, _ in figures(nlp, text))


@pytest.mark.parametrize(
    "counted",
    [
        "The number of people in emergency shelters stood at 18,400.",
        "It took to three the number of inspectors placed under suspension.",
    ],
)
def test_a_tally_of_other_people_is_no_count_of_the_metric_before(
    nlp: Language, counted: str
) -> None:
    text = f"The cyclone killed 41 people on Tuesday. {counted}"
    assert figures(nlp, text) == [("deaths", "total", 41)]


def test_the_number_of_people_in_custody_is_of_the_arrested(nlp: Language) -> None:
    text = "Four guards died in the riot. The number of people in custody rose to 60."
    assert figures(nlp, text)[-1] == ("arrested", "total", 60)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The injured now number 52, including four nurses.",
         [("injured", "total", 52), ("injured", "subset", 4)]),
        ("The wounded total 37, of whom 20 were sent home the same evening.",
         [("injured", "total", 37), ("injured", "subset", 20)]),
        ("The injured numbered 64, the relief agency said.", [("injured", "total", 64)]),
        ("The wounded totalled 58 by Friday evening.", [("injured", "total", 58)]),
    ],
)  # fmt: skip
def test_a_state_then_number_or_total_as_a_verb_is_a_count_of_that_state(
    nlp: Language, sentence: str, expected: list[tuple[str, str, int]]
) -> None:
    text = f"Eleven people were killed when the stand gave way. {sentence}"
    assert figures(nlp, text)[1:] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 73 guests fell ill overnight, the clinic said.", [("injured", "total", 73)]),
        ("Three men died and 26 others were taken ill after the feast.",
         [("deaths", "total", 3), ("injured", "total", 26)]),
        ("The tainted flour sickened 48 villagers.", [("injured", "total", 48)]),
        ("The number of people who fell sick rose to 95.", [("injured", "total", 95)]),
        ("The number of people who sought treatment rose to 212.", [("injured", "total", 212)]),
        ("Doctors have recorded 212 cases of food poisoning.", [("injured", "total", 212)]),
        ("The number of poisoning cases has risen to 498.", [("injured", "total", 498)]),
        # Cases police open are no people.
        ("Police opened 12 cases of poisoning against the caterers.", []),
    ],
)  # fmt: skip
def test_people_taken_ill_by_a_poison_are_counted_with_the_hurt(
    nlp: Language, sentence: str, expected: list[tuple[str, str, int]]
) -> None:
    assert figures(nlp, f"Health officials traced the outbreak to a wedding meal. {sentence}") == (
        expected
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police now have four suspects in custody.", [("arrested", "total", 4)]),
        ("Police said 96 escapees had been returned to custody by Tuesday night.",
         [("arrested", "prisoners", 96)]),
        ("Two brothers accused of starting the blaze were jailed on Friday.",
         [("arrested", "total", 2)]),
        ("Five travellers were killed on the pass.", [("deaths", "total", 5)]),
        # The state before the noun, when nothing else says what they count.
        ("Nine injured guards were evacuated by helicopter.",
         [("injured", "security_forces", 9)]),
        ("Three injured passengers died overnight.", [("deaths", "total", 3)]),
        ("The number of injured stands at 23, with seven still in hospital.",
         [("injured", "total", 23), ("injured", "in_hospital", 7)]),
        ("The blaze killed two people and sent 38 to hospital.",
         [("deaths", "total", 2), ("injured", "in_hospital", 38)]),
        # The dead in hospital are bodies there; prisoners in a jail were held before.
        ("Of the dead, 21 died at the scene and 23 in hospital.",
         [("deaths", "at_scene", 21), ("deaths", "in_hospital", 23)]),
        ("The 200 prisoners in the jail rioted on Sunday.", []),
    ],
)  # fmt: skip
def test_where_people_are_held_or_cared_for_says_what_they_count(
    nlp: Language, sentence: str, expected: list[tuple[str, str, int]]
) -> None:
    assert sorted(figures(nlp, sentence)) == sorted(expected)


def test_a_later_count_with_its_own_state_word_is_of_that_state(nlp: Language) -> None:
    text = "The blast left 9 fatal victims and 31 wounded persons, the mayor said."
    assert figures(nlp, text) == [("deaths", "total", 9), ("injured", "total", 31)]


def test_an_age_after_a_word_for_one_person_is_no_count(nlp: Language) -> None:
    text = "The fire killed 12 people. Her grandson, 19, was among the dead, a neighbour said."
    assert figures(nlp, text) == [("deaths", "total", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of the dead, whatever the verb says of it.
        ("The fire killed 30 people. Eleven of the dead were found inside the market hall.",
         [("deaths", "total", 30), ("deaths", "subset", 11)]),
        # The participle the parser reads as an adjective of the injuries.
        ("Officials said 17 persons have sustained injuries.", [("injured", "total", 17)]),
        # How the rescued came out.
        ("Nine people were pulled out injured and taken to hospital in Rampur.",
         [("injured", "total", 9)]),
        # Listed as missing, in the active.
        ("The agency lists 17 people as missing.", [("missing", "total", 17)]),
        # "to zero" hung on the state word of the tally.
        ("The last missing hiker was found alive, bringing the number of missing to zero.",
         [("missing", "total", 0)]),
        # A count of people that the recogniser took for a measure.
        ("In all, eighty-six persons were injured.", [("injured", "total", 86)]),
        # Parts listed by "consisting of" or "made up of".
        ("Police said eleven people had died, consisting of eight civilians and three police "
         "officers.",
         [("deaths", "total", 11), ("deaths", "civilians", 8),
          ("deaths", "security_forces", 3)]),
        # The state word before the object of a verb that gives no metric.
        ("Rescue teams pulled 9 injured workers from a side shaft.", [("injured", "total", 9)]),
        # People still being sought.
        ("Three passengers are still being sought by rescuers.", [("missing", "total", 3)]),
        # Those treated in hospital are the hurt, whatever part of them remains there.
        ("Of the 97 people treated in hospital so far, 41 remain admitted.",
         [("injured", "total", 97), ("injured", "in_hospital", 41)]),
        # Finding them alive hoped for, not done: still missing.
        ("Nine people remain missing, the agency said, and it no longer expects to find them "
         "alive.", [("missing", "total", 9)]),
        # A share of the hurt set off before another subject of the same verb.
        ("A total of 112 people were injured, 37 of them seriously, and 41 people remain "
         "unaccounted for.",
         [("injured", "total", 112), ("injured", "critical", 37), ("missing", "total", 41)]),
        # The people in custody are the arrested, whatever the case they are held in counts.
        ("Police arrested a trader, bringing to 16 the number of people in custody in a case "
         "linked to 24 deaths.",
         [("arrested", "total", 16), ("deaths", "total", 24)]),
        # A place's own tally, and the next in a gapped list.
        ("The floods have killed 117 people. Kunar's toll now stands at 62 and Nuristan's at "
         "55.",
         [("deaths", "total", 117), ("deaths", "Kunar", 62), ("deaths", "Nuristan", 55)]),
        # A count put down to a place, and a place that accounts for a count.
        ("The floods killed 34 people. The figures attribute 24 of the deaths to Kunar "
         "province and ten to neighbouring Nuristan.",
         [("deaths", "total", 34), ("deaths", "Kunar", 24), ("deaths", "Nuristan", 10)]),
        ("The floods killed 124 people. Kunar now accounts for 71 of the dead.",
         [("deaths", "total", 124), ("deaths", "Kunar", 71)]),
        # The place right after a later count of a list is that count's.
        ("The ministry put the number of dead at 131 - 76 in Dara and 55 in Kesh.",
         [("deaths", "total", 131), ("deaths", "subset", 76), ("deaths", "Kesh", 55)]),
        # Members of a gang being sought are wanted, not missing.
        ("Police said 12 more members of the gang were being sought.", []),
        # Admitted for treatment: some of the injured, in hospital.
        ("Some 45 people have been admitted for treatment since Monday.",
         [("injured", "in_hospital", 45)]),
        # Not yet accounted for.
        ("The remaining 88 passengers are yet to be accounted for.",
         [("missing", "total", 88)]),
        # Parts listed by "comprising" or "namely".
        ("The toll rose to 9, comprising seven villagers and two soldiers.",
         [("deaths", "total", 9), ("deaths", "subset", 7),
          ("deaths", "security_forces", 2)]),
        ("The toll stands at 30 dead, namely 26 villagers and four soldiers.",
         [("deaths", "total", 30), ("deaths", "subset", 26),
          ("deaths", "security_forces", 4)]),
        # Escaped inmates taken back: a group of the arrested.
        ("Guards have recaptured 40 prisoners so far.", [("arrested", "prisoners", 40)]),
        ("The tally of recaptured inmates now stands at 121.", [("arrested", "total", 121)]),
        # One count written in words and again in figures.
        ("This brings the number of lives lost to nine (9), comprising seven (7) inmates and "
         "two (2) guards.",
         [("deaths", "total", 9), ("deaths", "subset", 7), ("deaths", "security_forces", 2)]),
    ],
)  # fmt: skip
def test_counts_their_verbs_or_parts_describe(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gapped list after "accounts for": each place "for" its count.
        ("The outbreak has killed 171 people. Kessel region accounts for 61 of the deaths, "
         "Marbo for 24, Tarra for 8 and the capital district for 4, the bulletin said.",
         [("deaths", "total", 171), ("deaths", "Kessel", 61), ("deaths", "Marbo", 24),
          ("deaths", "Tarra", 8)]),
        # The worst-hit region "with" its count, and the others "with" theirs.
        ("The outbreak has killed 171 people. Kessel remains the worst-hit region with 88 "
         "deaths, followed by Marbo with 39, Tarra with 14 and the capital district with 8.",
         [("deaths", "total", 171), ("deaths", "Kessel", 88), ("deaths", "Marbo", 39),
          ("deaths", "Tarra", 14)]),
    ],
)  # fmt: skip
def test_each_place_of_a_gapped_list_has_its_count(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The WHO said 143 people had died as of March 8, a higher figure than the 118 "
         "reported by the health ministry for the same period.",
         {("total", 118, "health ministry"), ("total", 143, "WHO")}),
        ("Lawyers said 16 people were killed, a toll far higher than the three given by the "
         "government.",
         {("total", 3, "government"), ("total", 16, "Lawyers")}),
    ],
)  # fmt: skip
def test_a_count_another_is_compared_with_is_its_sources_count_of_the_same(
    nlp: Language, text: str, expected: set[tuple[str, int, str]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert {(f.scope, f.quantity.value, f.attribution) for f in found} == expected


def test_a_count_of_other_cases_joined_to_a_toll_is_no_part_of_it(nlp: Language) -> None:
    text = "Authorities have reported six deaths and thousands of cases of breathing difficulties."
    assert [(m, low) for m, _, low in figures(nlp, text)] == [("deaths", 6)]
