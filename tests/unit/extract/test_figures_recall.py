"""Figures that real reporting states in ways the first rules missed."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.figures import find_figures
from tests.unit.extract.test_figures import figures

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second passive verb tells what the first did to them.
        ("Two people were shot and killed near the depot.", [("deaths", "total", 2)]),
        ("Six people were stabbed and wounded.", [("injured", "total", 6)]),
        ("Ten people were shot and police fled.", []),
        # A list of labelled figures, as a live page or a fact box gives them.
        (
            "Dead: 41. Injured: 120. Missing: 7.",
            [("deaths", "total", 41), ("injured", "total", 120), ("missing", "total", 7)],
        ),
        ("Photos: 12", []),
        # Still in hospital: hurt, a part; present in one is nothing.
        (
            "Twenty-two people remain in hospital, four of them in critical condition.",
            [("injured", "in_hospital", 22), ("injured", "critical", 4)],
        ),
        ("Eight people were in the hospital when the fire broke out.", []),
        # After "of dead", the parser reads the verb as a plural noun.
        ("The number of deceased amounts to 58, officials said.", [("deaths", "total", 58)]),
        ("The number of injured stands at 230.", [("injured", "total", 230)]),
        # An age after "aged" is no count; a second count after an age is one.
        (
            "Among the dead were 17 pupils, the youngest aged six, officials said.",
            [("deaths", "total", 17)],
        ),
        (
            "A girl aged 11 and 25 men were hurt.",
            [("injured", "children", 1), ("injured", "total", 25)],
        ),
        # "Fatal victims" are the dead, beside a count of the missing.
        (
            "By Sunday there were 52 fatal victims and 9 disappeared.",
            [("deaths", "total", 52), ("missing", "total", 9)],
        ),
        # A tally that remains at a figure, of the verb, not of remains of the dead.
        ("The death toll remains at 39.", [("deaths", "total", 39)]),
        ("The number of missing remains at 11.", [("missing", "total", 11)]),
        # A count set off after the word of its metric.
        (
            "The wounded, 58 in all, were flown to the coast.",
            [("injured", "total", 58)],
        ),
        ("The huts, 40 in all, were flattened.", []),
        (
            "The dead - 33 in all - included two pilots.",
            [("deaths", "total", 33)],
        ),
        # What each side lost in fighting: its dead.
        (
            "Police lost 6 officers in the gunfight, while the gunmen lost at least 11.",
            [("deaths", "security_forces", 6), ("deaths", "militants", 11)],
        ),
        ("Shares lost 25 on Monday.", []),
        # A magnitude written with a decimal comma is no count.
        (
            "The number of dead from the quake of magnitude 7,4 that hit the north on Sunday "
            "rose on Monday to 318.",
            [("deaths", "total", 318)],
        ),
        # A rise by some number to a total: the total.
        # How much a tally grew is its latest addition.
        (
            "The number of deaths rose by 30 to 210.",
            [("deaths", "added", 30), ("deaths", "total", 210)],
        ),
        # Fatal or mortal victims, as translated reports say, are the dead; victims alone
        # may be the hurt too.
        ("The number of fatal victims rose to 217.", [("deaths", "total", 217)]),
        (
            "The floods left 230 mortal victims and 80 injured.",
            [("deaths", "total", 230), ("injured", "total", 80)],
        ),
        ("The number of victims reached 230.", []),
        # A small rise the parser reads as a range with the total ("by 5 to 219").
        (
            "The death toll rose by 5 to 219.",
            [("deaths", "added", 5), ("deaths", "total", 219)],
        ),
        (
            "The toll increased by 60 on Sunday, and the number of wounded grew by 300.",
            [("deaths", "added", 60), ("injured", "added", 300)],
        ),
        # Treated for something: hurt.
        (
            "Hospitals treated 80 people for smoke inhalation.",
            [("injured", "in_hospital", 80)],
        ),
        ("Volunteers treated 300 patients for free last year.", []),
        # Enforced disappearances and abductions are counts of the missing.
        (
            "The watchdog recorded 31 cases of enforced disappearances.",
            [("missing", "total", 31)],
        ),
        ("Rights groups counted 47 abductions since June.", [("missing", "total", 47)]),
        ("Twelve climbers remain unaccounted for.", [("missing", "total", 12)]),
        # One day's count, said to be only that day's, even with no larger figure.
        (
            "At least 25 people were killed on Friday alone, a rights group said.",
            [("deaths", "one_day", 25)],
        ),
        ("Police arrested 120 people on Sunday alone.", [("arrested", "one_day", 120)]),
        # A longer time said to be alone is a part the same way.
        (
            "Mudslides killed 85 people last week alone, the relief agency said.",
            [("deaths", "subset", 85)],
        ),
        ("In August alone, police detained 410 people.", [("arrested", "subset", 410)]),
        # And a place said to be alone, named or not, though no larger count is given.
        (
            "Medics said they had recorded 90 deaths in the Lorn and Tessaly districts alone.",
            [("deaths", "subset", 90)],
        ),
        ("Aid workers say deaths in two districts alone exceed 90", [("deaths", "subset", 90)]),
        # Not a count with another between it and the place.
        (
            "The storm has killed 57 people, 30 of them in the capital alone.",
            [("deaths", "total", 57), ("deaths", "subset", 30)],
        ),
        # Those made martyrs are dead, as the press of some countries says it.
        (
            "Eleven soldiers were martyred when militants stormed the post.",
            [("deaths", "security_forces", 11)],
        ),
        # Verbs of killing that attack reports use, with "down" where they need it.
        (
            "At least 27 pilgrims were gunned down on the mountain road, police said.",
            [("deaths", "total", 27)],
        ),
        ("Raiders massacred 48 herders at the well.", [("deaths", "total", 48)]),
        ("Nineteen farmers were slaughtered in the night raid.", [("deaths", "total", 19)]),
        ("Two captured drivers were beheaded.", [("deaths", "total", 2)]),
        ("A crowd lynched three men accused of theft.", [("deaths", "total", 3)]),
        ("Fourteen worshippers were burned alive inside the hall.", [("deaths", "total", 14)]),
        ("Gunfire mowed down 22 marchers.", [("deaths", "protesters", 22)]),
        ("The herders said they would slaughter 200 goats.", []),
        # A breakdown of a whole the parser reads as the number with its state word beside.
        (
            "Of the 212 dead, 180 were found in Kessel province.",
            [("deaths", "total", 212), ("deaths", "Kessel", 180)],
        ),
        # People carried to hospital are some of the injured, not the total; bodies are dead.
        ("Seventy people were rushed to hospital.", [("injured", "in_hospital", 70)]),
        ("Nine climbers were airlifted to a clinic.", [("injured", "in_hospital", 9)]),
        ("Six men were taken to the police station.", []),
        # Carried there lifeless: the dead.
        (
            "Some 240 people were brought to hospitals when they showed no signs of life.",
            [("deaths", "in_hospital", 216)],
        ),
        # Still at a hospital, named or not, is in hospital; having been there is not.
        ("Nine survivors remain at the district hospital.", [("injured", "in_hospital", 9)]),
        ("Nine survivors remain at Varna General Hospital.", [("injured", "in_hospital", 9)]),
        ("Eight people were at the hospital when the fire broke out.", []),
        # A tally of those admitted to hospital: in care, a part of the injured.
        (
            "Nine people died, while the number of people admitted to hospital climbed to 41.",
            [("deaths", "total", 9), ("injured", "in_hospital", 41)],
        ),
        # Not the toll's, though the parser joins its verb to the toll's.
        (
            "The toll rose to nine, while the number of people admitted to hospital climbed to 41.",
            [("deaths", "total", 9), ("injured", "in_hospital", 41)],
        ),
        # Under arrest, as in custody.
        ("Two men are now under arrest over the shooting.", [("arrested", "total", 2)]),
        # With an illness the crisis brought: a heatwave's or a poisoning's casualties.
        (
            "At least 800 people were admitted to hospital with heatstroke.",
            [("injured", "in_hospital", 800)],
        ),
        (
            "Two children died and at least 140 guests were admitted to hospital with "
            "suspected food poisoning after the feast.",
            [("deaths", "children", 2), ("injured", "in_hospital", 140)],
        ),
        # A second place's count joined to the first place, its "in" on the verb.
        (
            "Local officials reported 12 dead in Nalo and 9 in Vesk, while the national "
            "toll stood at 30.",
            [("deaths", "Nalo", 12), ("deaths", "Vesk", 9), ("deaths", "total", 30)],
        ),
        # A toll that "amounts to" a count states it; other sums do not count people.
        ("The number of dead amounted to 95 by Friday.", [("deaths", "total", 95)]),
        ("Losses amounted to 300 homes.", []),
        # A range the recogniser tags as a date.
        ("Between 50 and 70 people were killed.", [("deaths", "total", 50)]),
        # Drowned, read as a reduced relative after the count.
        ("At least 52 migrants drowned when their dinghy capsized.", [("deaths", "total", 52)]),
        # "Missing" that the parser reads as a verb.
        ("Dozens of hikers are still missing.", [("missing", "total", 12)]),
        ("The floods have killed 412 people so far this year.", [("deaths", "total", 412)]),
        ("The monsoon has claimed 95 lives this year.", [("deaths", "total", 95)]),
        ("Suicide bombings have killed 412 people this year.", []),
        # The total a day's count takes the toll to, the parser hanging it on a "since" clause.
        (
            "Eleven people were killed on Monday, taking the toll since the unrest began to 64.",
            [("deaths", "added", 11), ("deaths", "total", 64)],
        ),
        # The same on a tally of people a participle counts.
        (
            "Nine guards were hurt on Sunday, bringing the number of guards injured since the "
            "riot began to 30.",
            [("injured", "security_forces", 9), ("injured", "security_forces", 30)],
        ),
        # A bare count another body confirms, of the metric just given; a toll put "as high
        # as" a count is at most that count.
        (
            "Local media put the toll as high as 140, but officials confirmed only 61.",
            [("deaths", "total", 0), ("deaths", "total", 61)],
        ),
        # A participle the state completes, on the count itself.
        ("Of the 318 confirmed dead, most were farm workers.", [("deaths", "total", 318)]),
        # The same with a total that names no metric: the one just given.
        (
            "Police detained 210 people overnight, bringing the total since the strike began "
            "to 960.",
            [("arrested", "one_day", 210), ("arrested", "total", 960)],
        ),
        # "from 27 to 12", which the parser may hang as one phrase under "from".
        (
            "The number of missing fell from 27 to 12 after rescuers reached the village.",
            [("missing", "total", 12), ("missing", "subset", 27)],
        ),
        # The missing, cut as people are found.
        (
            "The number of missing was cut to 12 from 30.",
            [("missing", "total", 12), ("missing", "subset", 30)],
        ),
        # A toll that "numbered" some count states it.
        ("Injuries numbered more than 300 by Friday.", [("injured", "total", 300)]),
        # A count in brackets after a place in a sentence that gave a figure is that place's.
        (
            "The quake killed 610 people, most of them in Ouro (288) and Tessa (173).",
            [("deaths", "total", 610), ("deaths", "Ouro", 288), ("deaths", "Tessa", 173)],
        ),
        # People no one can reach are missing; a toll stated with "is" is the toll, whatever
        # noun the parser hung the number on.
        (
            "Relatives say at least 230 tenants are still without contact.",
            [("missing", "total", 230)],
        ),
        (
            "By Sunday the death toll was 96 and identification work went on.",
            [("deaths", "total", 96)],
        ),
        ("Sixty residents are still uncontactable.", [("missing", "total", 60)]),
        # Escapees caught again are arrests, of the group of prisoners.
        (
            "Border guards detained nine escapees at a river crossing.",
            [("arrested", "prisoners", 9)],
        ),
        ("Border guards have caught 64 escapees so far.", [("arrested", "prisoners", 64)]),
        # The second item of a list joined to the first item's place; a two-word name
        # before "Province" is the place.
        (
            "Fatalities stood at 1,204 in Oru Vale Province and 377 in Tessin.",
            [("deaths", "Oru Vale", 1204), ("deaths", "Tessin", 377)],
        ),
        # Victims identified and remains identified are some of the dead.
        (
            "The toll rose to 212 on Friday, with 190 victims identified.",
            [("deaths", "total", 212), ("deaths", "subset", 190)],
        ),
        (
            "The toll is 212. A total of 175 remains of residents killed in the blaze had been "
            "identified by Friday.",
            [("deaths", "total", 212), ("deaths", "subset", 175)],
        ),
        ("Detectives identified 3 suspects.", []),
        (
            "Police reported 23 deaths during clashes in Arbor and four in Lisk district.",
            [("deaths", "Arbor", 23), ("deaths", "Lisk", 4)],
        ),
        # "At least one" is a count; "more than one" bounds nothing.
        ("At least one marcher was killed.", [("deaths", "protesters", 1)]),
        ("More than one marcher was hurt.", []),
        # Verbs and objects that together tell of a death; a death sentence tells of none.
        ("Two guards were beaten to death.", [("deaths", "security_forces", 2)]),
        ("Nine soldiers embraced martyrdom in the attack.", [("deaths", "security_forces", 9)]),
        ("The court sentenced four men to death.", []),
        # The fighters a side loses are its dead; the members a party loses are not.
        ("The army lost 14 soldiers in the ambush.", [("deaths", "security_forces", 14)]),
        ("The party lost 14 members in the split.", []),
        # A headline's bare "held" is custody; held hostage is not.
        ("At least 900 held as crackdown on Tarrin protests widens", [("arrested", "total", 900)]),
        ("Twelve held hostage in bank siege", []),
        ("Four men were sentenced to death.", []),
        # Missing as the state of the counted noun, however far from the count.
        (
            "By Monday night, 140 Larch Terrace tenants were still unaccounted for.",
            [("missing", "total", 140)],
        ),
        # A reason a toll may rise is a count of the injured, not deaths that raised it.
        (
            "Doctors warned that the toll could rise, as 17 patients were in critical condition.",
            [("injured", "critical", 17)],
        ),
        ("Police nabbed 14 suspects near the depot.", [("arrested", "total", 14)]),
        # Suspects named by their trade, as in a headline's present tense.
        ("Police arrest four suspected smugglers after shipwreck", [("arrested", "total", 4)]),
        ("Thirty fugitives were caught in Velmora.", [("arrested", "total", 30)]),
        # Caught in something else, no arrest.
        ("Twelve residents were caught in the blaze.", []),
        ("Forty people were caught up in the crush.", []),
        ("Two men were caught on camera.", []),
        # Those who hold a stake hold no one.
        (
            "A court issued warrants for Chen and three Lao nationals who together hold a stake "
            "in the firm.",
            [],
        ),
        # A number in brackets after a person's full name is an age; after a district it is
        # the district's count, even when the recogniser takes the district for a person.
        ("Amit Sorel (25) and Devan Kurup (31) were caught at the river.", []),
        (
            "The deceased are from several counties: Ouro (28), Tessa (17), Varn Hill (9) and "
            "Limbe (7).",
            [
                ("deaths", "Ouro", 28),
                ("deaths", "Tessa", 17),
                ("deaths", "Varn Hill", 9),
                ("deaths", "Limbe", 7),
            ],
        ),
        ("Police arrested Amit Sorel (25) on Monday.", []),
        ("Ramesh Bohara (25), Dipak Thapa (24) and Kiran Rai (31) were caught at the river.", []),
        # A total brought to a number right after a day name.
        (
            "One more marcher died on Friday, bringing the overall toll since Tuesday to 31, "
            "including 27 killed on the first day.",
            [("deaths", "added", 1), ("deaths", "total", 31), ("deaths", "subset", 27)],
        ),
        # "some of them critically" is no object of "injured".
        (
            "At least 11 people were killed and over 70 others injured some of them critically.",
            [("deaths", "total", 11), ("injured", "total", 70)],
        ),
        ("The governor said 58 people are under treatment.", [("injured", "in_hospital", 58)]),
        # A comment on the clause after it is not the clause's own modality.
        (
            "Eleven workers died in the mine, that should never have happened.",
            [("deaths", "total", 11)],
        ),
        ("Doctors said 75 people sought treatment.", [("injured", "in_hospital", 75)]),
        ("Some 140 people sustained injuries in the crush.", [("injured", "total", 126)]),
        (
            "Doctors said 12 patients were in critical condition.",
            [("injured", "critical", 12)],
        ),
        (
            "The commission recorded 940 arbitrary arrests and 420 cases of injuries.",
            [("arrested", "total", 940), ("injured", "total", 420)],
        ),
        (
            # Those who succumbed later are some of the dead, never the whole toll.
            "Nineteen passengers died on the spot and three others later succumbed to their "
            "wounds.",
            [("deaths", "total", 19), ("deaths", "subset", 3)],
        ),
        (
            "The agency revised the toll down from 30 to 21.",
            [("deaths", "total", 21), ("deaths", "subset", 30)],
        ),
        # A breakdown listed after the first count, item by item.
        (
            "The quake caused 1,290 deaths in Alvora, 450 in Tarrin, 41 in Ouzel and 15 in "
            "Markand, the ministry said.",
            [
                ("deaths", "Alvora", 1290),
                ("deaths", "Tarrin", 450),
                ("deaths", "Ouzel", 41),
                ("deaths", "Markand", 15),
            ],
        ),
        ("Fatalities in the riots have surged to at least 39.", [("deaths", "total", 39)]),
        (
            "Monitors said at least 64 people were arrested: 30 in Calder, 20 in Brisk and 14 "
            "in Orlen.",
            [
                ("arrested", "total", 64),
                ("arrested", "Calder", 30),
                ("arrested", "Brisk", 20),
                ("arrested", "Orlen", 14),
            ],
        ),
        # The second item joined to the first's "from".
        (
            "The official toll stands at 27: 18 from Sorampur and nine from Kadipati.",
            [("deaths", "total", 27), ("deaths", "Sorampur", 18), ("deaths", "Kadipati", 9)],
        ),
        # The own country's count beside a neighbour's and their sum is a part; the
        # neighbour's item is read though the parser hangs it on the first place.
        (
            "The storm killed 60 people in Mozambique. Eleven people are still listed as "
            "missing in Mozambique and nine in Tanzania, a total of 20.",
            [
                ("deaths", "total", 60),
                ("missing", "Mozambique", 11),
                ("missing", "Tanzania", 9),
                ("missing", "total", 20),
            ],
        ),
        # A list after a dash set off by spaces breaks the count before it down.
        (
            "Police have so far arrested 98 people - 96 recaptured inmates and two residents "
            "accused of hiding them - the commissioner said.",
            [("arrested", "total", 98), ("arrested", "subset", 96), ("arrested", "subset", 2)],
        ),
        # So does one after a colon right after the count.
        (
            "The toll now stands at 26: the 23 found on the first day and the two who died in "
            "hospital.",
            [("deaths", "total", 26), ("deaths", "subset", 23), ("deaths", "subset", 2)],
        ),
        # Victims of what a metric noun names are counted in that metric.
        (
            "Lawyers say 40 residents were victims of abductions after the march.",
            [("missing", "total", 40)],
        ),
        (
            "Two hundred were victims of arbitrary arrests, the commission found.",
            [("arrested", "total", 200)],
        ),
        # An item's "from" that the parser hung on the list's verb.
        (
            "Since Friday, some 38 people have been detained in Rajasthan, 19 from Madhya "
            "Pradesh, 7 from Gujarat and four from Punjab, a spokesman said.",
            [
                ("arrested", "Rajasthan", 34),
                ("arrested", "Madhya Pradesh", 19),
                ("arrested", "Gujarat", 7),
            ],
        ),
        # Places the recogniser does not know, named with a generic noun or in brackets.
        (
            "The dead are spread as follows: 1,290 in the Alvora region, 450 in the Tarrin "
            "region, and 15 in the Markand urban area.",
            [("deaths", "Alvora", 1290), ("deaths", "Tarrin", 450), ("deaths", "Markand", 15)],
        ),
        (
            "At least 40 people died. The deceased are from several counties: Lanmore (21), "
            "Fenwick (3) and Corran (1).",
            [
                ("deaths", "total", 40),
                ("deaths", "Lanmore", 21),
                ("deaths", "Fenwick", 3),
                ("deaths", "Corran", 1),
            ],
        ),
        # A count of injuries is injured, never the deaths it is joined to.
        (
            "The blaze has caused at least 61 deaths and dozens of injuries.",
            [("deaths", "total", 61), ("injured", "total", 12)],
        ),
        # What a total rose above or past, even where the recogniser reads a date.
        ("The death toll rose above 30,000.", [("deaths", "total", 30000)]),
        ("The toll climbed past 500 on Friday.", [("deaths", "total", 500)]),
        # The number in custody is of the arrested, whatever came before.
        ("The number of people in custody rose to 251.", [("arrested", "total", 251)]),
        # A bare count a body lists, of the metric just given.
        (
            "The coastguard reported 40 missing on Monday and now lists six.",
            [("missing", "total", 40), ("missing", "total", 6)],
        ),
    ],
)
def test_finds(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(m, s, low) for m, s, low, _, _ in figures(nlp, text)] == expected


def test_a_running_total_named_without_its_metric_takes_the_one_before(nlp: Language) -> None:
    text = (
        "Rescuers said more than 700 people had now died in the mudslides. The fresh tally "
        "of 731 is far above the 540 total given a day earlier."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.value, f.corrects) for f in found] == [
        ("deaths", 700, True),
        ("deaths", 731, True),
        ("deaths", 540, False),
    ]
    # A total of things is no figure, nor is a number of things that rose.
    found = find_figures(nlp("Police arrested 40 people. A total of 12 cars burned."), PUBLISHED)
    assert [(f.metric, f.quantity.value) for f in found] == [("arrested", 40)]
    text = "The fever has killed 21 people. The number of confirmed cases rose to 29,870."
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.value) for f in found] == [("deaths", 21)]
    # Nor a number of animals killed.
    text = (
        "The cold has killed 93 people. The ministry said the number of livestock killed had "
        "passed 180,000."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.value) for f in found] == [("deaths", 93)]
    # Nor a bare total after a sentence that counted something else.
    text = (
        "The outbreak has killed 14 people. New suspected cases have fallen to fewer than 10 "
        "a week. The cumulative total is 571."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.value) for f in found] == [("deaths", 14)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence with no figure that turns to another metric gives it to the bare counts
        # after it.
        (
            "Villagers keep their own list of 41 dead. The number of injured has changed less. "
            "The governor's office has given 70 since Monday, and the army counted 52.",
            [("deaths", 41, False), ("injured", 52, False)],
        ),
        # After a count of something else, the bare counts take no death toll; admissions
        # are stays in hospital, of the injured.
        (
            "The outbreak has killed 41 people. So far 1,270 patients have been admitted to the "
            "treatment tents, of whom 208 came in the past week. Admissions have climbed above "
            "1,300 - the exact figure is 1,318.",
            [("deaths", 41, False), ("injured", 1300, True), ("injured", 1318, True)],
        ),
        # What a count of people is over or under is their age.
        (
            "The collapse killed 47 people. Among the dead were 11 children, and 24 of the "
            "victims were over 60.",
            [("deaths", 47, False), ("deaths", 11, False), ("deaths", 24, False)],
        ),
        # A correction across a semicolon of another metric corrects no death toll.
        (
            "The toll now stands at 31. Firefighters reported 17 dead on the first night; the "
            "count of injured was revised down to 80 because of duplicate entries.",
            [("deaths", 31, False), ("deaths", 17, False), ("injured", 80, True)],
        ),
    ],
)
def test_which_metric_a_bare_count_is_of(
    nlp: Language, text: str, expected: list[tuple[str, int, bool]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.value, f.corrects) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Those trapped underground or in a mine's galleries are missing, as a participle
        # on the count too; those trapped in homes or cars are not.
        ("Seventeen miners remain trapped underground.", [("missing", 17)]),
        ("Rescuers said 11 men were still trapped in the lower galleries.", [("missing", 11)]),
        ("Forty people were trapped in their homes by the floodwaters.", []),
        # A toll right before its verb is the dead's, whatever subject the parser gives it.
        ("Drivers detained, mine owner arrested as blast toll reaches 24", [("deaths", 24)]),
        ("Injury toll reaches 140", [("injured", 140)]),
        # Admissions to hospital are of the injured; admissions of guilt are not.
        (
            "The heat has killed 40 people. Hospitals registered 1,310 admissions for "
            "heatstroke and heat exhaustion.",
            [("deaths", 40), ("injured", 1310)],
        ),
        ("He made 3 admissions of guilt.", []),
        # Those treated, with no word of how, were treated for their injuries.
        (
            "The ministry says 380 people were treated, of whom 25 remain in hospital.",
            [("injured", 380), ("injured", 25)],
        ),
        ("The 40 prisoners were treated badly, the group said.", []),
        ("The clinic says 44 people are still being treated.", [("injured", 44)]),
        # A conjunct's own participle, however the parser hung it.
        (
            "Gas leak: nine dead and 1.042 people treated; manager held",
            [("deaths", 9), ("injured", 1042)],
        ),
        # The dead and the vanished counted together are neither.
        (
            "According to an observatory, more than 1.300 people died or disappeared on the "
            "Atlantic route in 2023.",
            [],
        ),
        # After a count of something else, "of whom" is of that count.
        (
            "The agency reported 40 injured and 12,000 people evacuated, of whom 8,000 are "
            "staying in shelters.",
            [("injured", 40)],
        ),
        (
            "The storm injured 40. Evacuated: 12,000 people, of whom 8,000 are in shelters.",
            [("injured", 40)],
        ),
        # A tally of those brought out alive counts no casualty.
        (
            "The blast killed 20 miners. A welder was found alive on Friday, bringing to 9 "
            "the number of miners rescued alive.",
            [("deaths", 20)],
        ),
        # "with burns" hung on the part's own count.
        (
            "The blast killed 20 miners. Six climbed out and were taken to hospital, two of "
            "them with severe burns.",
            [("deaths", 20), ("injured", 2)],
        ),
        # Two ages joined by "and", the second counting nothing.
        (
            "Seven of the dead came from Lohri and nearby hamlets, among them a tailor, his "
            "wife and their daughters, aged 8 and 11, who had been at a wedding in Kangra.",
            [("deaths", 7)],
        ),
    ],
)
def test_what_counts_of_the_trapped_rescued_treated_and_admitted_are(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.value) for f in found] == expected


def test_each_count_a_sentence_opening_with_of_them_says_is_someone_is_a_part(
    nlp: Language,
) -> None:
    text = (
        "The toll rose to 14. Of them, 11 were students, two were police officers and one was "
        "a street vendor. Police detained 40 people. Of them, 5 were released on Monday."
    )
    found = find_figures(nlp(text), PUBLISHED)
    parts = sorted(f.quantity.value for f in found if f.metric == "deaths" and f.scope != "total")
    assert parts == [1, 2, 11]
    assert 5 not in {f.quantity.value for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "The death toll remains at 15: ten civilians and five attackers.",
        "The total number of fatalities is therefore 15, namely ten (10) civilians and five (5) "
        "members of the armed group.",
    ],
)
def test_a_toll_listed_by_its_groups_is_the_whole(nlp: Language, text: str) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [f.scope for f in found if f.quantity.value == 15] == ["total"]
