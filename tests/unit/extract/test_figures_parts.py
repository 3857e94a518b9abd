"""Parts of a figure that are neither a group nor a place: in hospital, critical, at the
scene, "including...". Each is a part only beside a larger figure of its metric."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.figures import find_figures, read_figures
from tests.unit.extract.test_figures import PUBLISHED, figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm killed 310 people and injured 450, 120 of them seriously.",
            [("deaths", "total", 310), ("injured", "total", 450), ("injured", "critical", 120)],
        ),
        # A bare count graded by how badly, which the parser hangs on the verb of the injured.
        (
            "Forty people were wounded in the blast, seven critically.",
            [("injured", "total", 40), ("injured", "critical", 7)],
        ),
        (
            "Four people died and 26 were hurt, three seriously.",
            [("deaths", "total", 4), ("injured", "total", 26), ("injured", "critical", 3)],
        ),
        # However the parser hangs the graded count: on the adverb, or on the comma.
        (
            "Forty people were injured, ten seriously.",
            [("injured", "total", 40), ("injured", "critical", 10)],
        ),
        (
            "Six of them were injured, two critically, the governor said.",
            [("injured", "total", 6), ("injured", "critical", 2)],
        ),
        (
            "Some 900 were hurt, of whom 300 were in a serious condition.",
            [("injured", "total", 810), ("injured", "critical", 300)],
        ),
        (
            "At least 700 people were wounded, including 95 in critical condition.",
            [("injured", "total", 700), ("injured", "critical", 95)],
        ),
        (
            "The toll rose to 88 deaths and 140 injuries, including 12 serious injuries.",
            [("deaths", "total", 88), ("injured", "total", 140), ("injured", "critical", 12)],
        ),
        (
            "The Dunmore General Hospital received 19 bodies on Monday as the toll climbed to 61.",
            [("deaths", "in_hospital", 19), ("deaths", "total", 61)],
        ),
        (
            "Officials said 75 people were injured. Of the injured, 30 were brought to the "
            "Westbrook Trauma Centre.",
            [("injured", "total", 75), ("injured", "in_hospital", 30)],
        ),
        (
            "Eleven people died at the scene and the toll later rose to 23.",
            [("deaths", "at_scene", 11), ("deaths", "total", 23)],
        ),
        # A witness at one ruin: "here" is that spot, not the whole toll.
        (
            'The quake has killed 640 people. A baker stood by a fallen cafe. "Nine of my '
            'neighbours died here," he said.',
            [("deaths", "total", 640), ("deaths", "at_scene", 9)],
        ),
        (
            "The army detained 40 people overnight, including six who looted a pharmacy.",
            [("arrested", "total", 40), ("arrested", "subset", 6)],
        ),
        (
            "The toll reached 34. Among the dead were 5 teachers.",
            [("deaths", "total", 34), ("deaths", "subset", 5)],
        ),
        (
            "Troops fired on the crowd, killing at least seven people that day, and the toll "
            "rose to 41.",
            [("deaths", "one_day", 7), ("deaths", "total", 41)],
        ),
        (
            "Police said 52 people had been arrested in the past 24 hours, bringing the number "
            "of arrests to 380.",
            [("arrested", "one_day", 52), ("arrested", "total", 380)],
        ),
        # The bodies a search brought out on one day, days after the event: not the toll.
        (
            "Four bodies found by fishermen on Sunday took the toll to 37.",
            [("deaths", "one_day", 4), ("deaths", "total", 37)],
        ),
        (
            "A total of 40 people were injured in the march. Eleven others sustained minor "
            "injuries.",
            [("injured", "total", 40), ("injured", "subset", 11)],
        ),
        (
            "The blast injured 85 people. Some 30 were slightly hurt by flying glass.",
            [("injured", "total", 85), ("injured", "subset", 27)],
        ),
        (
            "Of the 130 people killed, 40 were children.",
            [("deaths", "total", 130), ("deaths", "children", 40)],
        ),
        (
            "Of the 80 people arrested, 12 were women.",
            [("arrested", "total", 80), ("arrested", "subset", 12)],
        ),
        # Opening on the people broken down, with no count of them.
        (
            "The collapse killed 16 people. Of the dead, eight were in cars, five on the bus, "
            "two in a van and one in a lorry.",
            [
                ("deaths", "total", 16),
                ("deaths", "subset", 8),
                ("deaths", "subset", 5),
                ("deaths", "subset", 2),
                ("deaths", "subset", 1),
            ],
        ),
        (
            "Only 45 of the 130 dead have been identified so far.",
            [("deaths", "subset", 45), ("deaths", "total", 130)],
        ),
        (
            "The toll reached 74, and the dead include 12 workers who were killed at the site.",
            [("deaths", "total", 74), ("deaths", "subset", 12)],
        ),
        (
            "Officials said 200 were hurt. At the Harlow Trauma Centre, nearly 40 injured were "
            "admitted overnight.",
            [("injured", "total", 200), ("injured", "in_hospital", 36)],
        ),
        (
            "The toll reached 540. Of them, 216 deaths were reported in the first week.",
            [("deaths", "total", 540), ("deaths", "subset", 216)],
        ),
        (
            "A police spokesman reported 17 deaths during clashes in Calder and two in the Brisk "
            "district.",
            [("deaths", "Calder", 17), ("deaths", "Brisk", 2)],
        ),
        # What the count was treated or held for holds the place too.
        (
            "Floods have injured 60 people across Kenya and 200 people have been arrested. "
            "Officials said 18 people were treated for injuries in Mombasa, and nine people "
            "were arrested for looting in Kisumu.",
            [
                ("injured", "total", 60),
                ("arrested", "total", 200),
                ("injured", "Mombasa", 18),
                ("arrested", "Kisumu", 9),
            ],
        ),
        (
            "About 300 people were hurt, and 120 people sought treatment in the city.",
            [("injured", "total", 270), ("injured", "in_hospital", 120)],
        ),
        (
            "Some 210 people were hurt, among them 18 journalists.",
            [("injured", "total", 189), ("injured", "journalists", 18)],
        ),
        # One building or household among many is some of the dead; alone, it is the whole.
        (
            "The quake killed 2,000 people. Rescuers pulled 12 bodies from the ruins of a fallen "
            "hotel in Marlow.",
            [("deaths", "total", 2000), ("deaths", "subset", 12)],
        ),
        (
            "The storm killed 300 people. Four people from the same family died in one house.",
            [("deaths", "total", 300), ("deaths", "subset", 4)],
        ),
        (
            "The quake killed 3,100 people. Crews pulled six bodies out of the debris of the "
            "towers of the Lakeview Residences on Tuesday.",
            [("deaths", "total", 3100), ("deaths", "subset", 6)],
        ),
        ("A house collapsed, killing five members of one family.", [("deaths", "total", 5)]),
        # A region named by where it lies is a place.
        (
            "The quake killed 2,000 people. At least 800 died in the northern province.",
            [("deaths", "total", 2000), ("deaths", "the northern province", 800)],
        ),
        # A bare count completing a clause about a group is of that group.
        (
            "Some 210 people were hurt. Reporters were not spared either, with 14 injured in "
            "the clashes.",
            [("injured", "total", 189), ("injured", "journalists", 14)],
        ),
        # Escaped inmates caught again are some of the arrested, never the running total.
        (
            "Border guards caught 79 inmates who had fled the Marden jail. In all, police have "
            "arrested 400 people since the riots began.",
            [("arrested", "prisoners", 79), ("arrested", "total", 400)],
        ),
        # A group set beside "among them": a part of the count before it.
        (
            "More than 2,600 people have been detained, among them 170 minors.",
            [("arrested", "total", 2600), ("arrested", "children", 170)],
        ),
        # Those still held are the arrested not yet released, never the running total.
        (
            "Police have detained 1,300 people since the vote. Lawyers say 700 remain in custody.",
            [("arrested", "total", 1300), ("arrested", "subset", 700)],
        ),
        (
            "Of the 640 people arrested, 410 are still being held, lawyers said.",
            [("arrested", "total", 640), ("arrested", "subset", 410)],
        ),
        # "of whom" people who need care: still some of the injured.
        (
            "Medics said 31 marchers were hurt, four of whom needed surgery.",
            [("injured", "protesters", 31), ("injured", "subset", 4)],
        ),
        # "of which" on a noun of the metric: a part of that count.
        (
            "Police carried out 180 arrests, of which 25 were minors.",
            [("arrested", "total", 180), ("arrested", "children", 25)],
        ),
        # A sentence that opens on the count it breaks down.
        (
            "Of the 60 people wounded in the shelling, 25 were treated by medics and released.",
            [("injured", "total", 60), ("injured", "subset", 25)],
        ),
        # "of which" before a count of people with no word of its metric.
        (
            "The ministry reports the arrest of 960 people in total, of which 45 are foreigners.",
            [("arrested", "total", 960), ("arrested", "foreigners", 45)],
        ),
        (
            "The provisional balance rose to 310 dead, of which 204 in the province of Veyra.",
            [("deaths", "total", 310), ("deaths", "Veyra", 204)],
        ),
        # Survivors in care are of the injured, and so are the parts of them.
        (
            "The ferry sank with 90 aboard; 27 survivors remain in hospital, three of them in "
            "intensive care.",
            [("injured", "in_hospital", 27), ("injured", "critical", 3)],
        ),
        # A clause of its own after "and" tells of its own count.
        (
            "Divers had brought 33 survivors ashore by dawn, and 12 of them were taken to "
            "hospital with injuries.",
            [("injured", "in_hospital", 12)],
        ),
        # "N of them" after a passive count, however the parser hangs it.
        (
            "The fire chief said 73 people were hurt, 16 of them critically.",
            [("injured", "total", 73), ("injured", "critical", 16)],
        ),
        # A list of people after a colon breaks down the figure before it.
        (
            "Prosecutors said 11 people had been arrested: eight managers of the haulier and "
            "three port inspectors.",
            [("arrested", "total", 11), ("arrested", "subset", 8), ("arrested", "subset", 3)],
        ),
        # Added to an earlier count of its metric, not beside one of another.
        (
            "Officers detained 6 people on Friday, in addition to the 19 arrested on Wednesday.",
            [("arrested", "added", 6), ("arrested", "total", 19)],
        ),
        (
            "Five workers died, in addition to the 30 injured.",
            [("deaths", "total", 5), ("injured", "total", 30)],
        ),
        # The whole a share is taken from is all of them, whatever the share's care.
        (
            "Ten days after the blast that killed 41, 22 of the 130 injured are still in "
            "hospital, the ministry said.",
            [("deaths", "total", 41), ("injured", "in_hospital", 22), ("injured", "total", 130)],
        ),
        (
            "Of the 75 people hurt when the bridge gave way, most have been discharged.",
            [("injured", "total", 75)],
        ),
        # A town named after its generic noun, a province that records deaths: places.
        (
            "The quake killed at least 90 people. In the worst-hit town, Kervan, 31 people "
            "died when a hostel collapsed.",
            [("deaths", "total", 90), ("deaths", "Kervan", 31)],
        ),
        (
            "The storm killed 54 people nationwide. Halm province recorded 12 deaths.",
            [("deaths", "total", 54), ("deaths", "Halm", 12)],
        ),
        # The other side's fighters by any of their names; arrests by the French word.
        (
            "Eleven soldiers and 23 terrorists were killed in the raid, the army said.",
            [("deaths", "security_forces", 11), ("deaths", "militants", 23)],
        ),
        (
            "Police made 86 interpellations overnight, the prefecture said.",
            [("arrested", "total", 86)],
        ),
        # "Of the 27, ...": a bare count with "the" is the one just given.
        (
            "The coroner confirmed 27 dead. Of the 27, eight were children.",
            [("deaths", "total", 27), ("deaths", "children", 8)],
        ),
        # "more", which the parser takes for an adjective, is what the verb counts.
        (
            "The storm killed 50 people on Monday and killed 7 more on Tuesday.",
            [("deaths", "total", 50), ("deaths", "added", 7)],
        ),
        # A bare count on top of which another is given is of its metric.
        (
            "Police figures: 64 officers were injured overnight, on top of the 38 hurt on "
            "Friday night.",
            [("injured", "security_forces", 64), ("injured", "subset", 38)],
        ),
        # The later counts of a list that "namely" opens.
        (
            "Officials said 31 people died, namely 12 guards, 9 mutineers and 10 bystanders.",
            [
                ("deaths", "total", 31),
                ("deaths", "subset", 12),
                ("deaths", "subset", 9),
                ("deaths", "subset", 10),
            ],
        ),
        # More of the part just given, of another metric.
        (
            "The elder said 12 fishermen from Kessan were found among the dead and that 9 more "
            "are still missing. The navy says 47 people remain missing in all.",
            [("deaths", "total", 12), ("missing", "subset", 9), ("missing", "total", 47)],
        ),
    ],
)
def test_parts_beside_a_whole(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(m, s, low) for m, s, low, _, _ in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Alone, a count of people who died at the scene is the best whole the article gives.
        ("Nine people died at the scene of the crash.", ("deaths", "total", 9)),
        # A weekday does not limit a count: on the first day it is the whole.
        ("At least 14 people were killed on Monday in Port Alder.", ("deaths", "total", 14)),
    ],
)
def test_a_part_alone_stays_the_whole(
    nlp: Language, text: str, expected: tuple[object, ...]
) -> None:
    [(metric, scope, low, _, _)] = figures(nlp, text)
    assert (metric, scope, low) == expected


def test_some_of_the_dead_brought_to_a_hospital_are_dead(nlp: Language) -> None:
    text = "The blast killed 16 people. Six of the dead were brought to the district hospital."
    assert [(metric, low) for metric, _, low, _, _ in figures(nlp, text)] == [
        ("deaths", 16),
        ("deaths", 6),
    ]


def test_the_figure_given_overnight_is_no_count_of_the_night(nlp: Language) -> None:
    text = "The overnight figure from the agency stands at 31 dead. By noon the toll was 40."
    scopes = {low: scope for _, scope, low, _, _ in figures(nlp, text)}
    assert scopes[31] != "one_day"


@pytest.mark.parametrize(
    "text",
    [
        "About 40 people were being treated in hospital for burns.",
        "Doctors said 12 patients were in critical condition.",
        "Six of the injured remain in intensive care.",
        # Fronted: the verb "remain" is no noun of remains.
        "Of the injured, 15 remain in intensive care.",
        # Treated now, "there" the hospital.
        "A nurse said 41 people were being treated there.",
    ],
)
def test_a_count_in_care_is_a_part_even_alone(nlp: Language, text: str) -> None:
    # Hospital admissions and grave cases are never the running total of the injured.
    [(metric, scope, *_)] = figures(nlp, text)
    assert metric == "injured" and scope in ("in_hospital", "critical")


def test_a_breakdown_after_the_count_does_not_make_it_a_part(nlp: Language) -> None:
    found = figures(
        nlp, "Nine people died and about 60 others were injured many of them seriously."
    )
    assert [(metric, scope) for metric, scope, *_ in found] == [
        ("deaths", "total"),
        ("injured", "total"),
    ]


def test_a_breakdown_on_the_count_does_not_make_it_a_part(nlp: Language) -> None:
    found = figures(nlp, "Rescuers said 260 were hurt, 40 of them critically, in the blast.")
    assert [(s, low) for _, s, low, _, _ in found] == [("total", 260), ("critical", 40)]


def test_the_capital_is_a_place(nlp: Language) -> None:
    text = "Officials said 95 people were injured nationwide, 60 of them in the capital."
    found = [(m, s, low) for m, s, low, _, _ in figures(nlp, text)]
    assert found == [("injured", "total", 95), ("injured", "the capital", 60)]
    # However the parser hangs the place after a breakdown, it is the breakdown's.
    text = (
        "According to the police, since the unrest began 1,420 people have been arrested "
        "across the nation, 512 of them in the capital."
    )
    found = [(f.scope, f.quantity.low) for f in find_figures(nlp(text), PUBLISHED, wave=True)]
    assert found == [("total", 1420), ("subset", 512)]
    alone = figures(nlp, "At least 40 people were killed in the capital, officials said.")
    assert [(m, s, low) for m, s, low, _, _ in alone] == [("deaths", "total", 40)]


def test_a_breakdown_after_a_date_is_no_count_of_the_date(nlp: Language) -> None:
    # The parser hangs the count on the date before it.
    text = "Officials said 96 people had died since June 2, 41 of them in Hyderabad."
    found = [(f.scope, f.quantity.low) for f in find_figures(nlp(text), PUBLISHED)]
    assert found == [("total", 96), ("subset", 41)]
    # A day's number after its name is the day's, no count.
    log = find_figures(nlp("Thursday 18: 26 dead; 44 missing."), PUBLISHED)
    assert 18 not in [f.quantity.low for f in log]


def test_each_nation_of_a_scattered_list_is_a_part(nlp: Language) -> None:
    # The parser makes "five Marelians ..." the subject of "said": no source, each a part.
    text = (
        "The dead include six Kenyans, four Nepalis, two Filipinos and one Omani, a "
        "company source said."
    )
    found = sorted(
        (f.scope, f.quantity.low, f.attribution) for f in find_figures(nlp(text), PUBLISHED)
    )
    assert [(scope, low) for scope, low, _ in found] == [
        ("subset", 1),
        ("subset", 2),
        ("subset", 4),
        ("total", 6),
    ]
    assert {source for _, _, source in found} == {None}
    # Two groups joined and read whole are each their own.
    both = find_figures(nlp("Police said 12 Kenyans and 3 Somalis were arrested."), PUBLISHED)
    assert sorted(f.quantity.low for f in both if f.scope != "subset") == [3, 12]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A farmer was shot dead on Tuesday.", [("deaths", 1)]),
        ("A young trader was beaten to death by a mob.", [("deaths", 1)]),
        ("A man was sentenced to death on Monday.", []),
        # Tied to someone's death is no death of one's own.
        ("The chief suspended the four officers linked to the death of a detainee.", []),
        ("The chief interdicted the four officers linked to Kofi Asare's death.", []),
        # One person named among a count is told of, not counted again: the count holds them.
        ("Eleven people were killed, including a child, police said.", [("deaths", 11)]),
    ],
)
def test_one_person_killed_or_among_a_count(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.low) for f in found] == expected


def test_a_count_that_puts_a_tally_is_its_source_not_the_tally(nlp: Language) -> None:
    text = (
        "Two pupils have died. The district office's latest count puts the number of "
        "poisoning cases at 318."
    )
    found = [(f.metric, f.quantity.low) for f in find_figures(nlp(text), PUBLISHED)]
    assert found == [("deaths", 2), ("injured", 318)]


def test_people_brought_somewhere_are_no_total(nlp: Language) -> None:
    text = (
        "Ivo Marek, the student whose arrest on Friday brought several thousand people onto "
        "the streets, was freed on Monday."
    )
    assert find_figures(nlp(text), PUBLISHED) == []
    # A bare count brought out by a death is no count of the dead.
    text = "The officers were charged over the death that brought thousands onto the streets."
    assert find_figures(nlp(text), PUBLISHED) == []
    toll = find_figures(nlp("New finds brought the toll to 40."), PUBLISHED)
    assert [(f.metric, f.quantity.low) for f in toll] == [("deaths", 40)]


def test_a_share_of_a_count_is_no_earlier_figure_restated(nlp: Language) -> None:
    text = (
        "The toll rose to 14 on Monday. Police have arrested 61 people, of whom 14 have been "
        "charged."
    )
    found = [(f.metric, f.quantity.low) for f in find_figures(nlp(text), PUBLISHED)]
    assert found == [("deaths", 14), ("arrested", 61), ("arrested", 14)]


def test_a_list_under_a_label_gives_each_place_its_count(nlp: Language) -> None:
    text = "The floods killed 96. Deaths by county: Ostry 61; Vell 30; Upper Marn 5 (at noon)."
    found = [(m, s, low) for m, s, low, _, _ in figures(nlp, text)]
    assert found == [
        ("deaths", "total", 96),
        ("deaths", "Ostry", 61),
        ("deaths", "Vell", 30),
        ("deaths", "Upper Marn", 5),
    ]
    assert figures(nlp, "Casualties: Dead 12, Injured 40.")[0][:3] == ("deaths", "total", 12)


@pytest.mark.parametrize(
    "text",
    [
        "The floods killed 96. By county: Ostry 61, Vell 30 and Upper Marn 5.",
        "The floods killed 96. By county: 61 in Ostry, 30 in Vell and 5 in Upper Marn.",
        "The floods killed 96. The confirmed deaths by county are: Ostry County, 61; Vell "
        "County, 30; Upper Marn County, 5.",
        # Under a breakdown, or after a sentence on the count that ends in a colon.
        "The floods killed 96. The breakdown is: Ostry 61, Vell 30 and Upper Marn 5.",
        "The floods have killed 96 people since Sunday: Ostry 61, Vell 30 and Upper Marn 5.",
    ],
)
def test_each_item_of_a_list_by_place_is_that_places(nlp: Language, text: str) -> None:
    found = [(m, s.removesuffix(" County"), low) for m, s, low, _, _ in figures(nlp, text)]
    assert found == [
        ("deaths", "total", 96),
        ("deaths", "Ostry", 61),
        ("deaths", "Vell", 30),
        ("deaths", "Upper Marn", 5),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nineteen of the injured were taken to the district hospital, nine to Mercy "
            "Hospital and six to the Central Medical Center in Talca, officials said.",
            [(19, "in_hospital"), (9, "Mercy Hospital"), (6, "Central Medical Center")],
        ),
        (
            "Seventeen are being treated at the regional hospital, nine at the Goya hospital "
            "and five at the Yanaba clinic.",
            [(17, "in_hospital"), (9, "Goya hospital"), (5, "Yanaba clinic")],
        ),
    ],
)
def test_each_item_of_a_list_by_hospital_is_that_hospitals(
    nlp: Language, text: str, expected: list[tuple[int, str]]
) -> None:
    found = sorted((low, s) for m, s, low, _, _ in figures(nlp, text) if m == "injured")
    assert found == sorted(expected)


def test_a_region_named_by_its_bearing_is_a_place(nlp: Language) -> None:
    text = "40 of the arrests were made in the north, 25 in the south and 10 in the capital."
    found = [(m, s, low) for m, s, low, _, _ in figures(nlp, text)]
    assert found == [
        ("arrested", "the north", 40),
        ("arrested", "the south", 25),
        ("arrested", "the capital", 10),
    ]


def test_a_neighbouring_country_is_a_part_of_the_toll(nlp: Language) -> None:
    text = (
        "The earthquake killed 2,300 people in Peru, the Peruvian government said. "
        "Officials in Peru said rescue work continued. In Ecuador, 14 people died."
    )
    found = [(m, s, low) for m, s, low, _, _ in figures(nlp, text)]
    assert found == [("deaths", "total", 2300), ("deaths", "Ecuador", 14)]


@pytest.mark.parametrize(
    ("text", "wave", "expected"),
    [
        # In a wave of protests, a count dated to one day beside the running total is a part.
        (
            "More than 300 people have died since the protests began in July. "
            "At least 90 people were killed in clashes on Sunday.",
            True,
            [("deaths", "total", 300), ("deaths", "one_day", 90)],
        ),
        (
            "At least five people were killed in Tuesday's protests. "
            "Police say 23 people have died since June.",
            True,
            [("deaths", "one_day", 5), ("deaths", "total", 23)],
        ),
        # "since Monday" counts up to a day; a sudden event's day is its whole.
        (
            "Eight people died on Tuesday, bringing the toll since Monday to 22.",
            True,
            [("deaths", "one_day", 8), ("deaths", "total", 22)],
        ),
        (
            "The earthquake killed 2,000 people on Friday. The toll has since risen to 2,900.",
            False,
            [("deaths", "total", 2000), ("deaths", "total", 2900)],
        ),
        # Alone too: a wave's toll runs over many days, and one day does not give it.
        ("At least 17 people were killed in marches on Thursday.", True,
         [("deaths", "one_day", 17)]),
        # Dated through the clause the count is in.
        ("He left office after riots on Saturday in which 64 people died.",
         True, [("deaths", "one_day", 64)]),
        ("Thirty people were killed in Brenmoor as the rallies turned violent on Friday.",
         True, [("deaths", "one_day", 30)]),
        ("The toll from Friday's clashes rose to 41.", True, [("deaths", "one_day", 41)]),
        ("A day after riots left 17 people dead, the governor spoke.", True,
         [("deaths", "one_day", 17)]),
        # The parser may take "after" for a preposition of the clause before it.
        ("The governor said she would not sign a fuel levy including the new taxes a day "
         "after fierce fights between police and marchers at the parliament and nationwide "
         "left at least 17 people dead and dozens hurt.", True,
         [("deaths", "one_day", 17), ("injured", "total", 12)]),
        ("The governor said she would not sign the levy a day after running battles between "
         "police and crowds outside the assembly left 17 people dead and many hurt.", True,
         [("deaths", "one_day", 17)]),
        # A count named by a noun is dated anywhere in its phrase, not in a relative clause.
        ("Crowds demanded his resignation over the death of at least 14 people in police "
         "firing during Monday's rallies.", True, [("deaths", "one_day", 14)]),
        # The parser may hang the day on a verb before the noun.
        ("Varn resigned on Thursday after marchers broke into his compound demanding he be "
         "tried for the deaths of 31 people in baton charges during Wednesday's rallies.", True,
         [("deaths", "one_day", 31)]),
        ("The deaths of 40 people in the protests that began on Monday shocked the country.",
         True, [("deaths", "total", 40)]),
        # Even when the parser splits the toll's long subject from its verb.
        ("The toll from street fights on Tuesday between students demanding President Ilse "
         "Brandt resign and pro-government youths has now risen to 23.",
         True, [("deaths", "one_day", 23)]),
        ("Soldiers detained 33 people on Friday evening.", True, [("arrested", "one_day", 33)]),
        # A window of hours ends the count's clause, however long; a road between two places
        # is no window.
        ("Soldiers detained 41 people suspected of arson and looting in the capital and two "
         "other towns between Saturday night and Sunday morning.", True,
         [("arrested", "one_day", 41)]),
        ("Police arrested 30 people on the road between the airport and the city centre.",
         True, [("arrested", "total", 30)]),
        # A running total dated to a day is the total as of that day; two days are no one day;
        # a group stays a group.
        ("The toll reached 58 on Friday.", True, [("deaths", "total", 58)]),
        ("Troops killed 19 people on Monday and Tuesday.", True, [("deaths", "total", 19)]),
        ("Police killed 11 protesters on Friday.", True, [("deaths", "protesters", 11)]),
    ],
)  # fmt: skip
def test_a_day_of_a_wave_is_a_part(
    nlp: Language, text: str, wave: bool, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED, wave=wave)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The latest additions to a toll are a part of it, never the toll, even alone.
        ("Three more people died overnight.", [("deaths", "added", 3)]),
        # So is a count whose clause goes on to the total it makes, of its own metric.
        (
            "Police detained 23 people on Saturday, bringing the total to 150.",
            [("arrested", "added", 23), ("arrested", "total", 150)],
        ),
        (
            "Police detained 40 people on Sunday, raising the death toll to 12.",
            [("arrested", "total", 40), ("deaths", "total", 12)],
        ),
        # So are counts beside a place named before.
        ("Elsewhere in the country, 9 people were killed.", [("deaths", "elsewhere", 9)]),
        (
            "The storm killed 40 people on the coast, and nine died elsewhere.",
            [("deaths", "total", 40), ("deaths", "elsewhere", 9)],
        ),
        ("Divers recovered five more bodies on Monday.", [("deaths", "added", 5)]),
        ("Another 12 deaths were recorded overnight.", [("deaths", "added", 12)]),
        # After a count of another metric, "another" means other people; the rest of the
        # count's words still say what part it is.
        (
            "Officials said 540 people had died and another 212 were hurt.",
            [("deaths", "total", 540), ("injured", "total", 212)],
        ),
        (
            "More than 9,000 people were hurt. A further 120 people died in hospital.",
            [("injured", "total", 9000), ("deaths", "in_hospital", 120)],
        ),
        # "Among those killed": the participle names the whole.
        (
            "Medics counted the dead in three towns, with at least nine soldiers among those "
            "killed and 60 others hurt.",
            [("deaths", "security_forces", 9), ("injured", "total", 60)],
        ),
        # A smaller count of the same metric in a "with" phrase details the count before it.
        (
            "The governor said 57 people were killed, with hospital files listing 44 deaths by "
            "name.",
            [("deaths", "total", 57), ("deaths", "subset", 44)],
        ),
        # Of another metric, it is that metric's own count.
        (
            "The riots left 23 dead, with 100 injured.",
            [("deaths", "total", 23), ("injured", "total", 100)],
        ),
        # A reporter's "this village" is one place of many: its count is a part.
        (
            "The quake killed 2,100 people. In this village, where fewer than 50 houses stood, at "
            "least 35 people died.",
            [("deaths", "total", 2100), ("deaths", "at_scene", 35)],
        ),
        # "Of them" are the count right before, whatever noun the parser hung it on.
        (
            "Oskel flood: 310 deaths and 150 injured, 22 of them seriously",
            [("deaths", "total", 310), ("injured", "total", 150), ("injured", "critical", 22)],
        ),
        (
            "Floods killed 40 people and injured hundreds more.",
            [("deaths", "total", 40), ("injured", "total", 100)],
        ),
        # How the hurt are: a part of the injured. A breakdown the parser hangs on "people"
        # does not take their metric.
        (
            "Four people are dead, while seven others are hurt: two others in a grave "
            "condition and one in stable condition, doctors say.",
            [
                ("deaths", "total", 4),
                ("injured", "total", 7),
                ("injured", "critical", 2),
                ("injured", "in_hospital", 1),
            ],
        ),
        (
            "Of those still in hospital, four are in critical condition, seven serious, and 19 "
            "considered stable.",
            [
                ("injured", "critical", 4),
                ("injured", "critical", 7),
                ("injured", "in_hospital", 19),
            ],
        ),
        (
            "Five of them were reported in a serious condition while two were moved to an "
            "intensive care ward.",
            [("injured", "critical", 5), ("injured", "critical", 2)],
        ),
        # A day named before the count limits it too, in the count's own clause, not since.
        (
            "In the past 24 hours, police made 52 arrests. Since March, 610 people have been "
            "arrested.",
            [("arrested", "one_day", 52), ("arrested", "total", 610)],
        ),
        (
            "On the first day of the riots, 12 people died, and 40 have died since.",
            [("deaths", "one_day", 12), ("deaths", "total", 40)],
        ),
        ("Since the first day of the war, 3,000 people have died.", [("deaths", "total", 3000)]),
        # A month is no place.
        (
            "Over 200 people died in July, and 40 in Dhaka.",
            [("deaths", "total", 200), ("deaths", "Dhaka", 40)],
        ),
        # A count in a sentence about another country is that country's part.
        # A count in a sentence about another country is that country's part, even with no
        # larger count of its metric.
        (
            "The quake killed 1,600 people in Peru, Peru's civil defence said. It also shook "
            "neighbouring Chile, killing eight and leaving 30 missing.",
            [("deaths", "total", 1600), ("deaths", "Chile", 8), ("missing", "Chile", 30)],
        ),
        (
            "Floods have killed 300 people across Peru, the worst toll Peru has seen. In Chile, "
            "20 people died.",
            [("deaths", "total", 300), ("deaths", "Chile", 20)],
        ),
        # The injured who died are deaths, the toll's latest addition.
        (
            "The toll rose to 14 after three more injured died in hospital, including two "
            "police officers.",
            [("deaths", "total", 14), ("deaths", "added", 3), ("deaths", "security_forces", 2)],
        ),
    ],
)
def test_parts_read_from_the_sentence(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(m, s, low) for m, s, low, _, _ in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "wave", "expected"),
    [
        # A wave spans a country: one town's count is a part of it even alone.
        ("At least 45 people were hurt in Kumasi, where the marches began.", True,
         [("injured", "Kumasi", 45)]),
        # Not in a report on one event there, nor a running total, nor a count of two towns.
        ("At least 45 people were hurt in Kumasi, where the fire began.", False,
         [("injured", "total", 45)]),
        ("The toll of the marches in Kumasi rose to 21 on Sunday.", True,
         [("deaths", "total", 21)]),
        ("Police killed at least nine people in Kumasi and the port of Tamale.", True,
         [("deaths", "total", 9)]),
        # The capital named through its country is the capital.
        ("More than 610 arrested in Ghana capital over unrest, police say", True,
         [("arrested", "the capital", 610)]),
        ("Police arrested more than 610 people in Ghana's capital.", True,
         [("arrested", "the capital", 610)]),
    ],
)  # fmt: skip
def test_one_towns_count_in_a_wave_is_a_part(
    nlp: Language, text: str, wave: bool, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED, wave=wave)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blaze injured 64 people. Nine firefighters were hurt, one of them badly.",
            [("injured", "total", 64), ("injured", "subset", 9)],
        ),
        (
            "The quake killed 1,250 people. At least 300 worshippers died when two temples fell.",
            [("deaths", "total", 1250), ("deaths", "subset", 300)],
        ),
        (
            "Police have arrested 11 people over the fire. Four engineers were arrested on Friday.",
            [("arrested", "total", 11), ("arrested", "subset", 4)],
        ),
        (
            "The attack killed 31 people. Twelve personnel died in the attack, the army said.",
            [("deaths", "total", 31), ("deaths", "subset", 12)],
        ),
        # Alone, the count is the best whole there is.
        ("A gas blast in the Dunmore pit killed 30 miners on Tuesday.", [("deaths", "total", 30)]),
    ],
)
def test_people_counted_by_what_they_do_are_some_of_a_larger_toll(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.scope, f.quantity.low) for f in found][: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arrests by two bodies: each body's count is a part of all the arrests.
        ("The anti-corruption agency detained nine people on suspicion of bribery. Four men "
         "were detained by police on Thursday over the deaths.",
         [("arrested", "subset", 9), ("arrested", "subset", 4)]),
        ("The harbour commission arrested 14 people over the collapse, with five of them also "
         "held by police for manslaughter.",
         [("arrested", "subset", 14), ("arrested", "subset", 5)]),
        # One body, however named, and a count of both bodies are whole.
        ("Police arrested 40 people on Friday. Troops detained 25 people overnight.",
         [("arrested", "total", 40), ("arrested", "one_day", 25)]),
        ("Arrests by the police and the watchdog together have reached 23.",
         [("arrested", "total", 23)]),
    ],
)  # fmt: skip
def test_each_bodys_arrests_are_a_part_when_two_bodies_arrest(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "wave", "expected"),
    [
        # Some of a group the count names through a possessive: a part in a wave.
        ("A spokesman for the Student Front said that three of its organisers had been "
         "arrested since Thursday.", True, [("arrested", "subset", 3)]),
        # Those who died of their wounds later are some of all the dead.
        ("The blaze has claimed 52 lives. Officials said 47 of the victims died on the spot "
         "and five others succumbed to their injuries afterwards.", False,
         [("deaths", "total", 52), ("deaths", "at_scene", 47), ("deaths", "subset", 5)]),
        # "The previous day" is one day, like a weekday.
        ("Troops were sent in after 23 people died the previous day when police opened "
         "fire.", True, [("deaths", "one_day", 23)]),
    ],
)  # fmt: skip
def test_a_groups_share_those_who_died_later_and_the_previous_day_are_parts(
    nlp: Language, text: str, wave: bool, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED, wave=wave)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # In a wave, those killed in an earlier month are a part of the running toll.
        ("Fighting resumed on Sunday, weeks after more than 150 people died during street "
         "battles with riot police in July.", "subset"),
        ("More than 150 people died in the July marches.", "subset"),
        # Not the article's own month, nor a running total since a month, nor a march.
        ("More than 150 people were killed in August.", "total"),
        ("More than 150 people have been killed since July.", "total"),
        ("More than 150 people were killed in the march on the palace.", "total"),
    ],
)  # fmt: skip
def test_those_killed_in_an_earlier_month_are_a_part_of_a_wave(
    nlp: Language, text: str, scope: str
) -> None:
    found = find_figures(nlp(text), dt.date(2024, 8, 6), wave=True)
    assert [(f.metric, f.scope) for f in found] == [("deaths", scope)]


@pytest.mark.parametrize(
    ("text", "wave", "scope"),
    [
        # In a wave of protests the toll runs across everyone: one group's count is a part.
        ("Some 70 nursing students were hurt when rival activists stormed their hostel.",
         True, "subset"),
        ("Some 250 pupils were hurt as well during the disorder.", True, "subset"),
        # In one sudden event, alone, it is the best whole there is.
        ("Some 70 nursing students were hurt when the hostel roof gave way.", False, "total"),
    ],
)  # fmt: skip
def test_one_groups_count_is_a_part_of_a_wave_even_alone(
    nlp: Language, text: str, wave: bool, scope: str
) -> None:
    found = find_figures(nlp(text), PUBLISHED, wave=wave)
    assert [(f.metric, f.scope) for f in found] == [("injured", scope)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence opening on a day sets the scene for the next one in its paragraph.
        ("On the Friday 9 May march, riot police fired tear gas into the crowd. They went on "
         "to detain more than 240 people.", [("arrested", "one_day", 240)]),
        # Not when the day is only said in passing, nor across a paragraph.
        ("Riot police fired tear gas into the crowd on Friday. They went on to detain more "
         "than 240 people.", [("arrested", "total", 240)]),
        ("On Friday, riot police fired tear gas into the crowd.\nThey have detained more than "
         "240 people since the marches began.", [("arrested", "total", 240)]),
    ],
)  # fmt: skip
def test_a_sentence_opening_on_a_day_dates_the_next_in_a_wave(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED, wave=True)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == expected


@pytest.mark.parametrize("wave", [False, True])
def test_a_span_between_two_dates_is_a_part_beside_a_larger_count(
    nlp: Language, wave: bool
) -> None:
    text = (
        "Nearly 500 people have died in the unrest. Some 300 deaths were recorded between "
        "March 3 and April 2, while about 150 people were killed in new clashes between "
        "April 3 and 4."
    )
    found = find_figures(nlp(text), PUBLISHED, wave=wave)
    assert [(f.scope, f.quantity.value) for f in found] == [
        ("total", 500),
        ("subset", 300),
        ("subset", 150),
    ]
    # Alone, even in a wave, the span may be all there is so far.
    alone = "Between March 3 and April 2, some 300 people were killed, officials said."
    found = find_figures(nlp(alone), PUBLISHED, wave=wave)
    assert [(f.scope, f.quantity.value) for f in found] == [("total", 300)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare count joined to a clause about a group is more of that group.
        ("Four gendarmes were killed and 23 wounded when the convoy was hit.",
         [("deaths", "security_forces", 4), ("injured", "security_forces", 23)]),
        # "Others" may be anyone; a noun of its own says who.
        ("Four marchers were killed and 23 others wounded.",
         [("deaths", "protesters", 4), ("injured", "total", 23)]),
        # Beside a count of foreigners, "others" are their compatriots: each government
        # counts its own.
        ("Three Dutch nationals died, while 12 others were hurt, the Dutch ministry said.",
         [("deaths", "foreigners", 3), ("injured", "foreigners", 12)]),
        ("Two Swiss nationals lost their lives and nine others were hurt, the Swiss foreign "
         "office said on Monday.",
         [("deaths", "foreigners", 2), ("injured", "foreigners", 9)]),
        ("Four gendarmes were killed and 23 people wounded.",
         [("deaths", "security_forces", 4), ("injured", "total", 23)]),
    ],
)  # fmt: skip
def test_a_bare_count_joined_to_a_group_is_of_that_group(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == expected


def test_a_share_of_the_victims_in_brackets_is_some_of_them(nlp: Language) -> None:
    text = (
        "The quake killed 820 people. Nearly half of the deaths (371) were recorded in the "
        "hill district, and 212 in the valley."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.scope, f.quantity.low) for f in found][:2] == [("total", 820), ("subset", 371)]


@pytest.mark.parametrize(
    ("text", "wave", "expected"),
    [
        # Below an update the article gives, a count is some of the toll: one building's dead,
        # or one day's in a wave or of arrests.
        ("Rescuers pulled 40 bodies from the collapsed hotel. The toll has since climbed to "
         "315, officials said.", False, [("deaths", "subset", 40), ("deaths", "total", 315)]),
        ("Police detained nine people on Monday. Arrests over the blaze have risen to 17.",
         False, [("arrested", "one_day", 9), ("arrested", "total", 17)]),
        # Undated, a count in a wave below its update is some of it all the same.
        ("Marchers and riot police fought through Saturday, leaving 12 people dead. By Sunday "
         "the toll of the unrest had risen to 96.", True,
         [("deaths", "subset", 12), ("deaths", "total", 96)]),
        # Its place's part, when it names one, even the article's own country's.
        ("The latest report lists 29 dead and 317 injured in Peru. The toll in Peru and "
         "Ecuador has risen to 41.", False,
         [("deaths", "Peru", 29), ("injured", "total", 317), ("deaths", "total", 41)]),
        # A tally given as one, another source's count, or a vague one stays a whole of its own.
        ("The previous toll was 180 dead. The toll has since risen to 260.", False,
         [("deaths", "total", 180), ("deaths", "total", 260)]),
        ("A rights group said 90 people had been killed. The official toll rose to 120, the "
         "health ministry said.", False, [("deaths", "total", 90), ("deaths", "total", 120)]),
        ("By noon at least 640 had died, while the wounded had climbed to 910. On Saturday "
         "the toll rose to 700 dead and 1,020 injured.", False,
         [("deaths", "total", 640), ("injured", "total", 910), ("deaths", "total", 700),
          ("injured", "total", 1020)]),
    ],
)  # fmt: skip
def test_a_count_below_the_articles_own_update_is_a_part(
    nlp: Language, text: str, wave: bool, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED, wave=wave)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == expected


def test_a_neighbours_toll_beside_the_total_of_both_countries_is_its_part(
    nlp: Language,
) -> None:
    text = (
        "Twelve people have died in Chile since Wednesday's earthquake, officials in Chile said "
        "on Friday. Argentina's emergency office put the death toll on its side of the border "
        "at 17 on Friday, bringing the total in the two countries to 29."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.scope, f.quantity.low) for f in found] == [
        ("total", 12),
        ("Argentina", 17),
        ("total", 29),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blaze injured 80 people. Doctors discharged 38 wounded residents on Sunday.",
         [("injured", "total", 80), ("injured", "discharged", 38)]),
        # Alone too: those who left hospital are some of the injured, never all of them.
        ("Twelve injured people were discharged on Monday.", [("injured", "discharged", 12)]),
        # Patients discharged and those kept under observation are some of the injured.
        ("Nurses said 14 patients from the crash had been discharged, while 23 remained under "
         "observation.", [("injured", "discharged", 14), ("injured", "in_hospital", 23)]),
        # The released held are no longer under arrest: no count at all.
        ("Police released 40 detained marchers on Monday.", []),
    ],
)  # fmt: skip
def test_the_injured_discharged_from_hospital_are_a_part(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.scope, f.quantity.low) for f in found] == expected


def test_a_place_a_where_clause_describes_is_the_counts_place(nlp: Language) -> None:
    text = (
        "The quake killed 45 people in the two countries. Its epicentre was in the Chilean "
        "region of Atacama, where the authorities count 31 dead."
    )
    found = [(m, s, low) for m, s, low, _, _ in figures(nlp, text)]
    assert found == [("deaths", "total", 45), ("deaths", "Atacama", 31)]


def test_a_revised_breakdown_withdraws_no_total(nlp: Language) -> None:
    text = "The agency now counts 22 deaths. The revised breakdown is: Ostry four, Vell three."
    found, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert [(f.scope, f.quantity.low) for f in found] == [
        ("total", 22),
        ("Ostry", 4),
        ("Vell", 3),
    ]
    assert withdrawals == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A breakdown of the dead by nationality: each count a part, the first one too, and
        # none of them the total because the subject is a metric's word.
        (
            "Eleven people died of food poisoning in Basra, Iraq. The dead were five "
            "Iranians, four Iraqis and two Syrians.",
            [
                ("deaths", "total", 11),
                ("deaths", "foreigners", 5),
                ("deaths", "subset", 4),
                ("deaths", "foreigners", 2),
            ],
        ),
        (
            "Eleven people died of food poisoning in Basra, Iraq. The eleven victims were "
            "five Iranians and six Iraqis, he said.",
            [
                ("deaths", "total", 11),
                ("deaths", "total", 11),
                ("deaths", "foreigners", 5),
                ("deaths", "subset", 6),
            ],
        ),
        # Where people come from is no place of a count.
        (
            "Eleven people died of food poisoning in Basra, Iraq. Six of the dead were "
            "Iranian pilgrims and one was from Syria.",
            [("deaths", "total", 11), ("deaths", "subset", 6)],
        ),
    ],
)
def test_a_breakdown_by_nationality_is_of_parts(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(m, s, low) for m, s, low, _, _ in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The directorate put the number of people treated at 1,400.", 1400),
        ("The number of people treated has risen to 312.", 312),
    ],
)
def test_a_tally_of_people_given_care_counts_the_injured(
    nlp: Language, text: str, expected: int
) -> None:
    assert [(m, s, low) for m, s, low, _, _ in figures(nlp, text)] == [
        ("injured", "total", expected)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "All 12 bodies have been identified, and no one remains missing, police said.",
        "With that, nobody is listed as missing.",
        "No residents are now unaccounted for.",
        '"There are no more missing persons," a police spokeswoman said.',
    ],
)
def test_no_one_missing_is_a_count_of_zero(nlp: Language, text: str) -> None:
    found = [(m, s, low) for m, s, low, _, _ in figures(nlp, text) if m == "missing"]
    assert found == [("missing", "total", 0)]


def test_none_of_the_missing_found_and_no_one_hurt_are_no_count(nlp: Language) -> None:
    text = "None of the missing were found on Monday. No one was hurt in the second blast."
    assert figures(nlp, text) == []


def test_where_the_arrested_work_is_no_state_of_theirs(nlp: Language) -> None:
    text = "A nurse at the clinic was detained for questioning on Monday."
    assert [(m, s, low) for m, s, low, _, _ in figures(nlp, text)] == [("arrested", "total", 1)]


def test_a_count_across_both_countries_takes_no_place_from_the_sentence_before(
    nlp: Language,
) -> None:
    text = (
        "The toll in Chile has risen to 20. In Peru, officials count seven deaths. The WHO "
        "counts 31 deaths across both countries."
    )
    found = [(m, s, low) for m, s, low, _, _ in figures(nlp, text)]
    assert ("deaths", "total", 31) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 30 people treated at the burn unit, 18 were treated and discharged and "
            "12 remain admitted.",
            [("injured", "discharged", 18), ("injured", "in_hospital", 12)],
        ),
        ("More than 900 have been treated and discharged.", [("injured", "discharged", 900)]),
        ("Twelve people were injured and discharged.", [("injured", "total", 12)]),
        # The whole of the share stays the whole.
        (
            "Of the 52 people injured in the blast, 40 have been treated and discharged.",
            [("injured", "total", 52), ("injured", "discharged", 40)],
        ),
    ],
)
def test_those_treated_and_discharged_are_a_part(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = [(m, s, low) for m, s, low, _, _ in figures(nlp, text)]
    assert [f for f in found if f[2] != 30] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state of two words, which the recogniser takes for a body.
        (
            "The storm killed 47 people across three states. Madhya Pradesh's toll stands at 12.",
            [("deaths", "total", 47), ("deaths", "Madhya Pradesh", 12)],
        ),
        # "The state toll", of the state the sentence's source is of.
        (
            "The storm killed 47 people across three states. The Bihar disaster office "
            "said the state toll had risen to 12.",
            [("deaths", "total", 47), ("deaths", "Bihar", 12)],
        ),
        (
            "The storm killed 47 people across three states. The Bihar disaster office "
            "revised the state's death toll down to 12.",
            [("deaths", "total", 47), ("deaths", "Bihar", 12)],
        ),
    ],
)
def test_a_regions_own_toll_is_its_part(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(m, s, low) for m, s, low, _, _ in figures(nlp, text)] == expected
