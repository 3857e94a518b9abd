"""Corrections and withdrawals: the claim says it corrects, and names the figure it replaces."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.figures import find_figures, read_figures
from tests.unit.extract.test_figures import PUBLISHED


def _read(nlp: Language, text: str) -> list[tuple[int, bool, int | None]]:
    return [(f.quantity.value, f.corrects, f.withdraws) for f in find_figures(nlp(text), PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bureau said 21 people died, not 30.", [(21, True, 30), (30, False, None)]),
        # "Instead of" the one announced before.
        (
            "The toll now stands at 21 dead instead of the 30 announced on Thursday night.",
            [(21, True, 30), (30, False, None)],
        ),
        # The figure a verb revises is the old one.
        (
            "The toll stands at 21, the bureau said, revising down a figure of 24 it had given "
            "at noon.",
            [(21, True, 24), (24, False, None)],
        ),
        # A figure named only by "it": the one of the sentence before.
        (
            "The first count put the toll at 41. The council later revised it down to 33, "
            "saying several bodies had been counted twice.",
            [(41, False, None), (33, True, 41)],
        ),
        (
            "The number of injured was lowered from 310 to 260 after hospitals removed "
            "duplicate entries.",
            [(260, True, 310), (310, False, None)],
        ),
        (
            "The toll was cut to 15. The number of injured was also adjusted, to 88 from 91, for "
            "the same reason.",
            [(15, True, None), (88, True, 91), (91, False, None)],
        ),
        (
            "The prefecture rectified its count from the day before: the dead are 17 and not 21 "
            "as first announced.",
            [(17, True, 21), (21, False, None)],
        ),
        (
            "The bureau now says 3 of the 14 people it listed as dead were misidentified, "
            "putting the toll at 11.",
            [(11, True, None)],
        ),
        # A claim walked back, and what was confirmed in its place.
        (
            "The mayor's claim that 500 people had died was later walked back by his office, "
            "which said the confirmed number was 212.",
            [(212, True, 500), (500, False, None)],
        ),
        (
            "The mayor said 500 people had died. His office later walked back the claim, "
            "saying the confirmed number was 212.",
            [(500, False, None), (212, True, 500)],
        ),
        # Walking back to a place takes back nothing.
        ("Marchers walked back to the square, where 12 were hurt.", [(12, False, None)]),
        ("The agency revised the toll down from 30 to 21.", [(21, True, 30), (30, False, None)]),
        (
            "The health office withdrew its figure of 164 deaths, blaming a technical error, "
            "and said 103 people had died.",
            [(103, True, 164), (164, False, None)],
        ),
        (
            "Officials said the earlier figure of 52 dead was an error and put the toll at 44.",
            [(44, True, 52), (52, False, None)],
        ),
        # The kind of error named between the article and the error.
        (
            "The agency said its figure of 63 dead had been a clerical error and put the toll "
            "at 58.",
            [(58, True, 63), (63, False, None)],
        ),
        (
            "After DNA tests showed some remains had been counted twice, the toll stands at 151.",
            [(151, True, None)],
        ),
        (
            "Police said 80 were detained, not 95 as previously reported.",
            [(80, True, 95), (95, False, None)],
        ),
        (
            "The toll was 19; the figure of 24 given earlier that day was wrong.",
            [(19, True, 24), (24, False, None)],
        ),
        # The count the source had given before, named in the past perfect.
        (
            "The ombudsman revised the toll down to 17 on Monday, saying three of the 20 deaths it "
            "had recorded were unrelated.",
            [(17, True, 20), (20, False, None), (3, True, 20)],
        ),
        # The count of a report called wrong; a publisher's note on what an earlier version
        # said, and the right figure in the next sentence.
        (
            "An earlier report that 120 people had died was incorrect; the toll is 102.",
            [(102, True, 120), (120, False, None)],
        ),
        (
            "Correction: an earlier version of this article said 40 people were killed. The "
            "correct number is 14.",
            [(14, True, 40), (40, False, None)],
        ),
        # A label dated the day after, which the parser would make the note's subject.
        (
            "A rights group says 21 people were killed.\n\nCorrection, April 16: An earlier "
            "version of this article said the group counted 23 dead. Its figure is 21.",
            [(21, False, None), (21, True, 23), (23, False, None)],
        ),
        ("The correct number is 14.", []),
        # The figure set right after a note takes the wrong one's metric, not the last one's.
        (
            "Hospitals have treated 40 people for injuries. Correction: our 09:10 entry gave "
            "the number of missing as 62, which was a typing error. The agency's figure is 26.",
            [(40, False, None), (26, True, 62), (62, False, None)],
        ),
        # A note without "of this article": what a previous version said is taken back.
        (
            "A previous version said 210 people had died in the floods in Marl province; the "
            "figure given by the provincial authorities was 21.",
            [(21, True, 210), (210, False, None)],
        ),
        (
            "An earlier version reported, citing a hospital source, that 36 people died in the "
            "stampede. Organisers and police have since confirmed 6 deaths.",
            [(6, True, 36), (36, False, None)],
        ),
        # The count as the object of what an earlier version reported, not a correction.
        (
            "In an earlier version of this story, we reported 2,600 injured. The correct "
            "figure is 260.",
            [(260, True, 2600), (2600, False, None)],
        ),
        (
            "Editors' note: in the first version of this dispatch, we reported 2.600 injured. "
            "The correct figure given by the civil defence is 260.",
            [(260, True, 2600), (2600, False, None)],
        ),
        # The same note without its label, or saying what was wrong.
        (
            "A previous version of this story incorrectly stated that 25 people were injured. "
            "The correct figure is 52.",
            [(52, True, 25), (25, False, None)],
        ),
        (
            "The bureau incorrectly reported 40 deaths on Monday; the toll is 34.",
            [(34, True, 40), (40, False, None)],
        ),
        # Something else done wrongly corrects no figure.
        (
            "Police mistakenly detained a bystander; 12 people died in the attack.",
            [(12, False, None)],
        ),
        # A figure given at first, then lowered ("it" is the toll).
        (
            "Officials had earlier put the toll at 52 but later lowered it to 47.",
            [(47, True, 52), (52, False, None)],
        ),
        # A toll below the last one given, and a figure set against another.
        (
            "The death toll stands at 88, down from 93 a day earlier.",
            [(88, True, 93), (93, False, None)],
        ),
        (
            "The death toll from Sunday's explosion at the copper mine in the northern "
            "province stands at 88, down from 93, the ministry said.",
            [(88, True, 93), (93, False, None)],
        ),
        (
            "Officials corrected an earlier figure, saying 71 people were injured rather than 117.",
            [(71, True, 117), (117, False, None)],
        ),
        # Lowered in one sentence: the figure revised or lowered is of the wrong one's metric.
        (
            "The bureau earlier reported 58 deaths but later revised the figure to 53.",
            [(53, True, 58), (58, False, None)],
        ),
        (
            "Police first said 310 people were arrested, but later lowered the number to 270.",
            [(270, True, 310), (310, False, None)],
        ),
        # The toll a correction gives in a relative clause is the right one, not the wrong.
        (
            "This report was updated to correct the death toll, which is 23, not 26.",
            [(23, True, 26), (26, False, None)],
        ),
        # After a note that a figure was wrong, "It is N" gives the right one.
        (
            "Nine miners were killed, the company said. Correction: an earlier version of this "
            "report misstated the toll. It is 7, not 9.",
            [(9, False, None), (7, True, 9), (9, False, None)],
        ),
        # A publisher's note that names a metric but no figure, with nothing before it.
        (
            "Correction: An earlier version of this article misstated the number of arrests. "
            "It is 64, not 640.",
            [(64, True, 640), (640, False, None)],
        ),
        (
            "An earlier version of this story gave the wrong number of arrests. Police say 64 "
            "people were detained.",
            [(64, True, None)],
        ),
        # A note whose right figure follows a semicolon, which the parser hangs the earlier
        # version's clause from.
        (
            "A previous version of this report said 61 people died in the mill fire; the "
            "correct number is 16.",
            [(16, True, 61), (61, False, None)],
        ),
        (
            "An earlier version of this story said 40 climbers were missing; the right figure "
            "is 14.",
            [(14, True, 40), (40, False, None)],
        ),
        # "An earlier report" said it wrong when the sentence gives "the correct figure".
        (
            "An earlier report said 45 people were killed in the quarry; the correct figure is 27.",
            [(27, True, 45), (45, False, None)],
        ),
        # A note under its label, which is a sentence of its own.
        (
            "CORRECTION: An earlier update stated that 27 fishermen were missing. The "
            "coastguard has since said 7 fishermen are missing.",
            [(7, True, 27), (27, False, None)],
        ),
        ("Clarification: 27 fishermen are missing, the coastguard said.", [(27, False, None)]),
        # Misstated as N: the wrong figure, of the one metric the note names.
        (
            "This article was amended to correct the number of people arrested, which was "
            "misstated as 230. The correct number is 23.",
            [(23, True, 230), (230, False, None)],
        ),
        # A figure set anew replaces the one its sentence gave before.
        (
            "The council had said 410 were detained; it has since lowered that number to 290.",
            # The figure called wrong corrects nothing, or it would replace the one before.
            [(410, False, None), (290, True, 410)],
        ),
        # An earlier estimate named in a correction is the wrong one.
        (
            "The agency put the toll at 118, downgrading its earlier estimate of 160.",
            [(118, True, 160), (160, False, None)],
        ),
        # A figure called wrong with no number is the one of the sentence before.
        (
            "The bureau said 73 people had died. It later said the figure was a mistake and "
            "that 37 people had died.",
            [(73, False, None), (37, True, 73)],
        ),
        (
            "The bureau said 73 people had died. It later said the figure was right and that "
            "90 people were hurt.",
            [(73, False, None), (90, False, None)],
        ),
        # Another party calling a figure wrong disputes it: it takes nothing back.
        (
            "Police said 30 marchers were detained. Organisers said the figure was wrong and "
            "that 300 had been detained.",
            [(30, False, None), (300, True, None)],
        ),
        (
            "Police said 800 people were held. They later said this was an overestimate and "
            "that 650 were held.",
            [(800, False, None), (650, True, 800)],
        ),
        # What was said in an earlier update, and a toll walked back.
        (
            "Correction: In an earlier update we said 140 people had been arrested. The "
            "correct figure is 14.",
            [(14, True, 140), (140, False, None)],
        ),
        (
            "Officials walked back the toll of 95, saying it counted people later found alive. "
            "The confirmed toll is 78.",
            [(78, True, 95), (95, False, None)],
        ),
        # A number word set against the count replaces it, as digits do.
        (
            "Police said they had detained four people, not nine as announced on Monday.",
            [(4, True, 9), (9, False, None)],
        ),
        # A figure a relative clause calls an error, and the figure given after it.
        (
            "Correction: our 09:10 entry gave the number of missing as 52, which was a typing "
            "error. The coast guard's figure is 25.",
            [(25, True, 52), (52, False, None)],
        ),
        # An agency's revision is no note: the next count it gives is no correction.
        ("The agency revised its death toll. Divers found 12 bodies.", [(12, False, None)]),
        # A running total "down from" a higher count was revised down: it withdraws that one.
        (
            "The agency said 44 people had died, down from the 47 it gave last week.",
            [(44, True, 47), (47, False, None)],
        ),
        # A body lowering its own count.
        (
            "The council said 33 people had died. It later lowered its own count to 29, from 33.",
            [(33, False, None), (29, True, 33), (33, False, None)],
        ),
        # The missing fall without any error, and the dead beside them correct nothing.
        (
            "Officials said 27 people had been confirmed dead and 149 were missing, down from "
            "171 a week earlier.",
            [(27, False, None), (149, False, None), (171, False, None)],
        ),
        # A toll lowered "to 12 from 13", the earlier count withdrawn.
        (
            "The prefecture lowered the official death toll to 12 from 13.",
            [(12, True, 13), (13, False, None)],
        ),
        # Counts that fall without any error: those in hospital, and the count before.
        ("Twelve people remain in hospital, down from 40.", [(12, False, None), (40, False, None)]),
        # What they say when they deny a report is told as said.
        (
            "Officials denied reports that 200 people had been killed, saying 37 people died.",
            [(37, False, None)],
        ),
        # A claim withdrawn, with a clause on who made it between.
        (
            "The coalition withdrew a claim it made on Tuesday that three people had died. "
            "Police say two people died.",
            [(2, True, 3), (3, False, None)],
        ),
    ],
)
def test_correction_names_what_it_replaces(
    nlp: Language, text: str, expected: list[tuple[int, bool, int | None]]
) -> None:
    assert _read(nlp, text) == expected


def _risen(nlp: Language, text: str) -> list[tuple[int, bool, bool]]:
    return [(f.quantity.value, f.corrects, f.rises) for f in find_figures(nlp(text), PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb a count rises by, with the count as what it rose to.
        ("The death toll rose from 26 to 44.", (44, True, True)),
        ("Divers recovered nine more bodies, raising the toll to 57.", (57, True, True)),
        ("One more patient died overnight, bringing the toll to 12.", (12, True, True)),
        ("Officials said the toll had climbed to 310 dead and 1,204 injured.", (1204, True, True)),
        # A count a total reached or passed.
        ("The death toll from the clashes reached 16 on Thursday.", (16, True, True)),
        # A total higher than one the article calls earlier.
        (
            "Officials had earlier confirmed 88 deaths. By evening 103 people were confirmed dead.",
            (103, True, True),
        ),
        # Revised up: a revision, but upwards.
        ("The agency revised the toll up to 50 from 40.", (50, True, True)),
        # Taken to a total, through a "since" clause the parser hangs it on.
        (
            "Nine people died on Monday, taking the toll since the fighting began to 71.",
            (71, True, True),
        ),
        # A count "up from" an earlier one, the nearest count before the words.
        ("The agency said the storm had killed 57 people in Varn, up from 44.", (57, True, True)),
        ("The quake killed 12 people and injured 120, up from 80 on Monday.", (120, True, True)),
    ],
)
def test_an_update_is_a_revision_upwards(
    nlp: Language, text: str, expected: tuple[int, bool, bool]
) -> None:
    assert [found for found in _risen(nlp, text) if found[0] == expected[0]] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers said 31 people died in the collapse.",
        "The quake took the lives of 50 people.",
        "Officials had earlier confirmed 88 deaths.",
        "The last count put the dead at nine; the figure now stands at 16.",
        # "Earlier this year" dates events, not an earlier figure.
        "The riots earlier this year, which left 25 people dead, were condemned. Rights groups "
        "counted 61 deaths in all.",
    ],
)
def test_a_figure_with_no_update_is_no_revision(nlp: Language, text: str) -> None:
    found = _risen(nlp, text)
    assert found != []
    assert not any(corrects or rises for _, corrects, rises in found)


def test_a_correction_down_does_not_rise(nlp: Language) -> None:
    assert _risen(nlp, "The agency revised the toll down from 30 to 21.") == [
        (21, True, False),
        (30, False, False),
    ]


def test_withdrawing_a_bill_corrects_no_figure(nlp: Language) -> None:
    text = "The president withdrew the tax bill after 23 people were killed."
    assert _read(nlp, text) == [(23, False, None)]


def test_a_withdrawn_toll_is_a_correction(nlp: Language) -> None:
    text = "The toll of 58 given on Monday was withdrawn; officials now say 41 people died."
    assert _read(nlp, text) == [(41, True, 58), (58, False, None)]


@pytest.mark.parametrize(
    "text",
    [
        # What a live page's earlier entry said, in its correction.
        "Correction: an earlier entry on this page said 44 people had died, based on a "
        "misread statement.",
        # Said first by someone who was citing another, then called wrong.
        "Earlier we reported, citing a council official, that 61 people were missing; the "
        "coast guard says that figure was wrong.",
        # Put first by initial reports, or in the past perfect before a number set right.
        "Initial reports had put the toll at 37, a figure police later corrected.",
        "The agency had reported in a first moment 318 dead, but rectified the number after "
        "finding duplicate records.",
        # Given before a revision, or earlier in the week.
        "The health office, which earlier this week gave a figure of 102 injured before "
        "revising it, now uses the ministry's data.",
    ],
)
def test_a_figure_given_first_in_a_correction_is_taken_back(nlp: Language, text: str) -> None:
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert [(f.scope, f.corrects) for f in figures] == [("subset", False)]
    assert len(withdrawals) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two broadcasters aired 46 deaths on Monday; the county office called that number "
            "wrong, and the broadcasters revised it down to 38.",
            [(46, False, None), (38, True, 46)],
        ),
        (
            # Given "first", the wrong one is no figure at all.
            "The governor first gave 46 deaths; his office later said the figure was a mistake "
            "and lowered it to 38.",
            [(38, True, 46), (46, False, None)],
        ),
    ],
)
def test_a_figure_called_wrong_in_its_own_sentence_is_replaced_there(
    nlp: Language, text: str, expected: list[tuple[int, bool, int | None]]
) -> None:
    assert sorted(_read(nlp, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Police said 880 people were held. On Monday the ministry published a figure of 1,900 "
        "arrests; it deleted the post hours later and withdrew the figure over a technical "
        "error, giving no other.",
        # The figure named after the clause that gave it, and taken back.
        "Police said 880 people were held. On Monday a deputy said 1,900 had been arrested, a "
        "figure the ministry withdrew that evening.",
    ],
)
def test_a_figure_given_and_withdrawn_in_one_sentence_is_withdrawn(
    nlp: Language, text: str
) -> None:
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert [(f.quantity.value, f.corrects, f.withdraws) for f in figures] == [
        (880, False, None),
        (1900, False, None),
    ]
    assert [(w.value, w.metric) for w in withdrawals] == [(1900, "arrested")]


def test_a_withdrawal_names_what_the_next_sentence_replaces(nlp: Language) -> None:
    text = (
        "The health office withdrew the figure of 164 dead, citing a technical error. "
        "It said 40 people were injured and 103 people had died."
    )
    assert _read(nlp, text) == [(40, False, None), (103, True, 164), (164, False, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party insists on its own figure against another's.
        (
            "Rights monitors recorded 31 deaths, but the president insisted the true toll was 22.",
            [(31, False), (22, True)],
        ),
        (
            "Rights groups counted 70 deaths. The deputy president contested those numbers, "
            "saying that 45 people died in the unrest.",
            [(70, False), (45, True)],
        ),
        # Insisting alone disputes nothing; keeping order is no insisting.
        ("The minister insisted that 45 people died in the unrest.", [(45, False)]),
        (
            "Police maintained order as 12 people were injured. Medics later counted 40 injured.",
            [(12, False), (40, False)],
        ),
    ],
)
def test_a_figure_set_against_another_partys_disputes_it(
    nlp: Language, text: str, expected: list[tuple[int, bool]]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.quantity.value, f.disputes) for f in found] == expected
    assert all(f.corrects for f in found if f.disputes)


def test_the_figure_set_right_is_of_the_wrong_ones_metric(nlp: Language) -> None:
    text = (
        "Hospitals have treated 40 people for injuries. Correction: our 09:10 entry gave the "
        "number of missing as 62, which was a typing error. The agency's figure is 26."
    )
    found = [(f.metric, f.quantity.value) for f in find_figures(nlp(text), PUBLISHED)]
    assert ("missing", 26) in found and ("injured", 26) not in found


@pytest.mark.parametrize(
    "wrong",
    [
        "The figure of 29 dead shown on its website on Friday was the result of a data-entry "
        "error and is withdrawn.",
        "The figure of 29 dead given by the county resulted from a technical error.",
        "The count of 29 dead issued by the county does not correspond to reality and arose "
        "from a technical error, the agency said.",
        # Called forged: "a leaked list putting the dead at 29 was a forgery".
        "The agency repeated on Friday that a leaked list putting the dead at 29 was a forgery.",
    ],
)
def test_a_figure_said_to_come_from_an_error_is_withdrawn(nlp: Language, wrong: str) -> None:
    text = f"The district office put the final toll at 24 dead. {wrong}"
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert [(f.quantity.value, f.corrects) for f in figures] == [(24, False), (29, False)]
    assert [(w.value, w.metric) for w in withdrawals] == [(29, "deaths")]


def test_a_figure_withdrawn_with_no_metric_is_of_the_sentence_before(nlp: Language) -> None:
    text = (
        "The regional clinic says 812 people were treated. It had first given a figure of "
        "905 but withdrew it after finding patients listed twice."
    )
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert [(f.metric, f.quantity.value) for f in figures] == [("injured", 812), ("injured", 905)]
    assert [(w.value, w.metric) for w in withdrawals] == [(905, "injured")]


def test_a_figure_its_own_sentence_revises_is_no_total(nlp: Language) -> None:
    # Put "before revising it", the figure is the one set right: a claim of its own, a part,
    # which the revision withdraws; never the toll it lowers (23 stays).
    text = (
        "The toll rose to 23 on Monday. On the first night the fire brigade put the toll at 24 "
        "before revising it down to 21, after two victims were counted twice."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert [(f.quantity.value, f.scope, f.corrects, f.withdraws) for f in found] == [
        (23, "total", True, None),
        (21, "total", True, 24),
        (24, "subset", False, None),
    ]


def test_a_publishers_note_sets_right_the_figure_we_reported(nlp: Language) -> None:
    text = (
        "Correction: In an article on 4 January, we reported that 71 people from the area were "
        "missing. The correct figure at the time was 17."
    )
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    # Set right as of the story's day: a correction of an old count, not today's count.
    assert [(f.metric, f.quantity.value, f.corrects, f.withdraws, f.as_of) for f in figures] == [
        ("missing", 17, True, 71, dt.date(2022, 1, 4)),
        ("missing", 71, False, None, None),
    ]
    assert withdrawals == []


def test_the_earlier_figure_after_a_correction_is_the_wrong_one_not_the_right(
    nlp: Language,
) -> None:
    text = (
        "Correction: An earlier version of this story said the toll had risen to 14. The "
        "correct figure is 13. The earlier figure wrongly counted a man who drowned upriver."
    )
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert [(f.quantity.value, f.withdraws) for f in figures] == [(13, 14), (14, None)]
    assert 13 not in {w.value for w in withdrawals}


def test_a_revision_in_another_clause_takes_back_no_figure_of_this_one(nlp: Language) -> None:
    text = (
        "Rescuers reported 19 dead on the night of the crash; the injured count peaked at 112 "
        "before being revised down to 96."
    )
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert (19, "deaths") in {(f.quantity.value, f.metric) for f in figures}
    assert 19 not in {w.value for w in withdrawals}


def test_up_from_is_said_of_the_nearest_count_before_it(nlp: Language) -> None:
    found = _risen(nlp, "The quake killed 12 people and injured 120, up from 80 on Monday.")
    # The 80 is the injured count before, a figure of its own that corrects nothing.
    assert sorted(found) == [(12, False, False), (80, False, False), (120, True, True)]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # Given first and then replaced: no running total of today.
        (
            "The ministry at first put the toll at six, before forensic tests on the victims "
            "were completed.",
            "subset",
        ),
        (
            "Police initially said 12 people had died, but hospitals later gave another count.",
            "subset",
        ),
        # The giver called first: "initial figures", "early reports".
        (
            "Initial figures from the county office put the toll at 47, before the airline "
            "published its own count.",
            "subset",
        ),
        # Put at a count briefly, before something changed it.
        (
            "The toll had briefly been put at 28 last week before officials found that a "
            "name had been entered twice.",
            "subset",
        ),
        (
            "Police earlier said 12 people had died, but hospitals later gave another count.",
            "subset",
        ),
        # Given first, said in the pluperfect: something came after it, whatever limits it.
        ("The union had initially said that 40 of its members were missing.", "subset"),
        # Nothing said to come after it: the figure stands as given.
        ("Police initially said 12 people had died.", "total"),
        ("Initial figures from the county office put the toll at 47.", "total"),
        # "initially" of another clause, past a semicolon.
        (
            "Five people died; a sixth death initially put down to the blast was later found "
            "to be unrelated.",
            "total",
        ),
    ],
)
def test_a_figure_given_at_first_and_replaced_is_no_total(
    nlp: Language, text: str, scope: str
) -> None:
    [figure] = find_figures(nlp(text), PUBLISHED)
    assert figure.scope == scope


def test_every_count_of_a_clause_given_at_first_is_an_earlier_one(nlp: Language) -> None:
    text = (
        "Police initially said 12 people had died and 40 were hurt, but hospitals later differed."
    )
    found = [(f.metric, f.quantity.low, f.scope) for f in find_figures(nlp(text), PUBLISHED)]
    assert found == [("deaths", 12, "subset"), ("injured", 40, "subset")]


def test_counts_a_sentence_says_were_given_earlier_are_earlier_ones(nlp: Language) -> None:
    text = (
        "Five people died and six were missing after the fire, police said. Earlier, police "
        "said three people had died and nine were unaccounted for; three of those missing were "
        "later found at friends' homes."
    )
    found = [(f.metric, f.quantity.low, f.scope) for f in find_figures(nlp(text), PUBLISHED)]
    assert ("missing", 9, "subset") in found and ("deaths", 3, "subset") in found
    assert ("missing", 6, "total") in found and ("deaths", 5, "total") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who gave the count set right, by name or as the clause's subject, and its day.
        (
            "The ministry said 49 people had died, not 50 as reported by some regional radio "
            "stations on Thursday.",
            (50, "some regional radio stations", dt.date(2022, 1, 6)),
        ),
        (
            "The education office says 61 pupils were abducted, not 70 as the school first said.",
            (70, "school", None),
        ),
        # A pronoun names no one: the count was the correcting source's own.
        (
            "Police said they had detained four people, not nine as they announced on Monday.",
            (9, "Police", dt.date(2022, 1, 3)),
        ),
    ],
)
def test_a_count_named_wrong_is_a_claim_of_who_gave_it(
    nlp: Language, text: str, expected: tuple[int, str, dt.date | None]
) -> None:
    found = find_figures(nlp(text), PUBLISHED)
    [right] = [f for f in found if f.corrects]
    [wrong] = [f for f in found if not f.corrects]
    assert right.withdraws == wrong.quantity.value
    value, teller, day = expected
    assert (wrong.quantity.value, wrong.attribution, wrong.scope) == (value, teller, "subset")
    assert wrong.as_of == (day or right.as_of)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The duplicates a correction removes are no count of the dead, nor a figure it
        # withdraws.
        (
            "Prosecutors cut the overall toll to 26 after finding two bodies were counted twice.",
            [(26, True, None)],
        ),
        (
            "Health officials lowered the toll to 15, saying two victims were double-counted.",
            [(15, True, None)],
        ),
        (
            "Officials lowered the toll to seven, saying two bodies found at the border had "
            "been counted by both countries' rescue teams.",
            [(7, True, None)],
        ),
        (
            "Police revised the toll in the canoe accident from 21 to 19, saying two bodies "
            "recovered near Tovu in Lanora were counted by both the Lanoran and Peldish "
            "authorities.",
            [(19, True, 21), (21, False, None)],
        ),
        # The toll lowered on finding them is no duplicate, even in a headline's words.
        ("Agency lowers death toll to 30 after body counted twice", [(30, True, None)]),
        # "Twice" before the count's verb says nothing of duplicates.
        ("Twice as many people died, 40 in all.", [(40, False, None)]),
    ],
)
def test_the_duplicates_of_a_correction_are_no_count(
    nlp: Language, text: str, expected: list[tuple[int, bool, int | None]]
) -> None:
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Initial reports said at least eight people had died in the market blast.",
        "Early reports said eight people had died; officials have not confirmed a toll.",
    ],
)
def test_what_initial_reports_said_is_a_count_not_a_withdrawn_one(nlp: Language, text: str) -> None:
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert [(f.quantity.value, f.corrects) for f in figures] == [(8, False)]
    assert withdrawals == []


def test_a_note_after_a_label_takes_the_metric_of_the_sentence_before_the_label(
    nlp: Language,
) -> None:
    text = (
        "The ombudsman's office, however, says 31 people died in the blast. Correction: An "
        "earlier version of this article said the ombudsman's count was 32. It is 31."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert sorted((f.metric, f.quantity.value, f.withdraws or 0) for f in found) == [
        ("deaths", 31, 0),
        ("deaths", 31, 32),
        ("deaths", 32, 0),
    ]


def test_a_part_set_right_takes_back_no_total(nlp: Language) -> None:
    text = (
        "The mudflow killed 12 people. Correction: An earlier version of this article said "
        "nine of the dead were Armenian citizens."
    )
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert [f.quantity.value for f in figures] == [12, 9]
    assert withdrawals == []


@pytest.mark.parametrize(
    "claim",
    [
        "a claim by the district health officer, who told a radio station on Wednesday",
        # The claimant's name set beside the post.
        "a claim by the district health officer, Dr Anna Lind, who told a local radio station "
        "on Wednesday morning",
    ],
)
def test_what_a_denied_claimant_said_is_no_count(nlp: Language, claim: str) -> None:
    text = (
        "The fire killed five students. Police and the hospital dismissed "
        f"{claim} that six students had died."
    )
    assert [(f.scope, f.quantity.value) for f in find_figures(nlp(text), PUBLISHED)] == [
        ("total", 5)
    ]


def test_a_count_a_note_names_by_its_owner_is_of_the_owners_metric(nlp: Language) -> None:
    text = (
        "The ministry's toll stands at 28. The ombudsman's office, however, says 31 people "
        "died in the blast. Families have formed an association to press for compensation. "
        "Correction: An earlier version of this article said the ombudsman's count was 32. "
        "It is 31."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert ("deaths", 32, None) in [(f.metric, f.quantity.value, f.withdraws) for f in found]
    assert ("deaths", 31, 32) in [(f.metric, f.quantity.value, f.withdraws) for f in found]


def test_a_dated_note_label_still_names_the_earlier_versions_figure(nlp: Language) -> None:
    text = (
        "Of the 17 people wounded, six of them police officers, three remain in hospital. "
        "Correction, March 18: An earlier version of this article said eight police officers "
        "were among the wounded. Six police officers were wounded."
    )
    found = {
        (f.quantity.value, f.corrects, f.withdraws) for f in find_figures(nlp(text), PUBLISHED)
    }
    assert {(8, False, None), (6, True, 8)} <= found


def test_a_note_taking_back_a_figure_sets_the_articles_own_right(nlp: Language) -> None:
    text = (
        "Prosecutors charged two managers of the grain elevator where an explosion killed six "
        "people last week. An earlier version of this article said seven people had died, "
        "citing a statement that was later withdrawn."
    )
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert [(f.quantity.value, f.corrects, f.withdraws) for f in figures] == [
        (6, True, 7),
        (7, False, None),
    ]
    assert [(w.value, w.metric) for w in withdrawals] == [(7, "deaths")]


def test_a_toll_brought_back_down_is_set_right(nlp: Language) -> None:
    text = (
        "The ministry withdrew its report of a third death, saying the woman died of heart "
        "failure, bringing the toll back to two."
    )
    assert [(f.quantity.value, f.corrects) for f in find_figures(nlp(text), PUBLISHED)] == [
        (2, True)
    ]


def test_a_source_taking_back_a_figure_sets_its_own_last_total_right(nlp: Language) -> None:
    text = (
        "The ministry's weekly bulletin put the number of deaths since January at 149. The "
        "ministry also said it had withdrawn a figure of 163 deaths given by its spokesman, "
        "which mistakenly included deaths from other causes."
    )
    figures, withdrawals = read_figures(nlp(text), PUBLISHED)
    assert (149, True, 163) in [(f.quantity.value, f.corrects, f.withdraws) for f in figures]
    assert [(w.value, w.metric) for w in withdrawals] == [(163, "deaths")]


def test_a_groups_count_taken_back_sets_no_total_right(nlp: Language) -> None:
    text = (
        "The ministry said eight people died when the cabins fell. On Saturday the embassy "
        "said four of the dead were its citizens. The ministry withdrew that figure on Sunday."
    )
    found = find_figures(nlp(text), PUBLISHED)
    assert (8, False, None) in [(f.quantity.value, f.corrects, f.withdraws) for f in found]
