import datetime as dt

import pytest
from spacy.language import Language

from streams.incidents.events import event_type
from streams.incidents.when import event_day, event_start

PUBLISHED = dt.date(2025, 4, 10)


def when(nlp: Language, body: str, published: dt.date = PUBLISHED) -> dt.date | None:
    doc = nlp(body)
    return event_start(doc, event_type(doc), published)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The event's own date, weeks before publication, in the event word's phrase.
        (
            "Investigators blamed cheap steel for the tower that fell in the March 3 earthquake.",
            dt.date(2025, 3, 1),
        ),
        # A follow-up's recap sentence with a death word.
        (
            "Earlier in March, 26 people were killed in a blast at the Norbury depot. "
            "Trains were cancelled again on Monday.",
            dt.date(2025, 3, 1),
        ),
        ("Last month's floods killed 40 people in the lowlands.", dt.date(2025, 3, 1)),
        # First-day report: the weekday before publication.
        ("A stampede on Saturday killed 11 pilgrims.", dt.date(2025, 4, 1)),
        # Nothing stated.
        ("Rescuers are still searching the rubble of the collapse.", None),
        # A wave's start, months before.
        (
            "Police have killed 60 protesters since the protests began in December.",
            dt.date(2024, 12, 1),
        ),
    ],
)
def test_the_event_start_is_read_from_the_text(
    nlp: Language, body: str, expected: dt.date | None
) -> None:
    assert when(nlp, body) == expected


def test_when_it_was_said_or_counted_is_not_when_it_happened(nlp: Language) -> None:
    body = (
        "The blaze at the Lindqvist market broke out on March 30. "
        "Officials said on Tuesday that the fire had killed 31 people, and as of April 8 "
        "the toll stood at 33."
    )
    assert when(nlp, body) == dt.date(2025, 3, 1)


def test_a_ministers_tenure_does_not_date_a_protest_wave(nlp: Language) -> None:
    body = (
        "The interior minister, in office since July 2023, resigned amid the protests. "
        "Police shot dead 19 protesters on Monday."
    )
    assert when(nlp, body, dt.date(2025, 9, 9)) == dt.date(2025, 9, 1)


def test_earlier_events_and_schedules_are_not_the_start(nlp: Language) -> None:
    body = (
        "The bombing killed 14 people, the worst since the 2009 bombing of the same market. "
        "The market will reopen on May 2."
    )
    assert when(nlp, body) is None


def test_last_week_across_a_months_end_names_no_month(nlp: Language) -> None:
    body = (
        "The mayor was removed over last week's earthquake, which struck on Friday. "
        "The quake killed 71 people."
    )
    assert when(nlp, body, dt.date(2025, 10, 6)) == dt.date(2025, 10, 1)


def test_a_verb_of_the_event_dates_it_in_a_follow_up(nlp: Language) -> None:
    body = (
        "Rescuers recovered three more bodies from the tower on April 8. "
        "The tower crumbled on March 28 during the earthquake."
    )
    assert when(nlp, body, dt.date(2025, 4, 9)) == dt.date(2025, 3, 1)


def test_an_event_verb_dates_the_event_unless_its_sentence_is_about_another(
    nlp: Language,
) -> None:
    body = (
        "Families kept vigil at the tower that fell in the earthquake, as the quake's toll "
        "rose to 90 dead. The tragedy occurred on March 28, officials recalled. "
        "In February, a bus crash on the same road left 20 dead."
    )
    assert when(nlp, body, dt.date(2025, 4, 10)) == dt.date(2025, 3, 1)


def test_things_to_come_do_not_date_the_event(nlp: Language) -> None:
    body = (
        "Rescuers recovered 16 more bodies from the collapsed mine tunnel on Thursday. "
        "Funerals for the first victims of the collapse are expected to begin on Saturday."
    )
    assert when(nlp, body, dt.date(2025, 12, 5)) == dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "Two months after the deadly earthquake, survivors still sleep in tents.",
            dt.date(2025, 5, 30),
            dt.date(2025, 3, 1),
        ),
        (
            "Ten days after the collapse, rescuers are still searching the rubble.",
            dt.date(2025, 4, 5),
            dt.date(2025, 3, 1),
        ),
        (
            "The protests that shook the capital a year ago are remembered with a march.",
            dt.date(2025, 6, 25),
            dt.date(2024, 6, 1),
        ),
        # Unseen by the recogniser, and before a day of the anniversary itself.
        (
            "Villagers in Lorn held a vigil on Sunday, one year after the landslide that "
            "killed 19 people.",
            dt.date(2026, 2, 9),
            dt.date(2025, 2, 1),
        ),
        (
            "A year on from the floods that killed 23 people, the river banks are bare.",
            dt.date(2026, 5, 2),
            dt.date(2025, 5, 1),
        ),
        # Without a number, at least two of the unit.
        (
            "Months after the floods swept the valley, families in Lorn are still rebuilding.",
            dt.date(2025, 10, 30),
            dt.date(2025, 8, 1),
        ),
        (
            "Several weeks on from the quake, aid is still scarce in the hills.",
            dt.date(2025, 5, 20),
            dt.date(2025, 5, 1),
        ),
        ("The day after the quake, the shops of Lorn opened again.", dt.date(2025, 5, 20), None),
        # The time between two events dates neither.
        (
            "The floods came two years after a drought that killed 12 cattle.",
            dt.date(2026, 5, 2),
            None,
        ),
    ],
)
def test_a_time_elapsed_since_the_event_counts_back(
    nlp: Language, body: str, published: dt.date, expected: dt.date | None
) -> None:
    assert when(nlp, body, published) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A follow-up whose body names the event only as "the disaster": its headline dates it.
        (
            "One year after deadly floods, families in the valley still wait for help",
            "Relatives gathered on Wednesday to remember the victims of the disaster.",
            dt.date(2024, 4, 1),
        ),
        (
            "Six months on, flood survivors live in tents",
            "Many families still live in temporary homes, aid groups said on Tuesday.",
            dt.date(2024, 10, 1),
        ),
        # A time elapsed before another word of the headline dates nothing.
        ("One year after the election, a flood of complaints", "Voters spoke.", None),
        # A new event a headline sets after the last one is not that one.
        ("Fresh floods hit the valley, a year after deadly deluge", "Rivers rose.", None),
    ],
)
def test_a_headline_elapsed_time_dates_the_event(
    nlp: Language, title: str, body: str, expected: dt.date | None
) -> None:
    doc = nlp(body)
    assert event_start(doc, event_type(doc, title), PUBLISHED, title) == expected


def test_a_flood_reports_storm_is_the_floods_own(nlp: Language) -> None:
    # The storm that brought the floods dates them: "a year ago" in its sentence.
    title = "Flood victims remembered"
    body = "A year ago today, a storm dumped torrential rain on the coast, killing 40 people."
    doc = nlp(body)
    event = event_type(doc, title)
    assert event.slug == "flood"
    assert event_start(doc, event, PUBLISHED, title) == dt.date(2024, 4, 1)


def day(nlp: Language, body: str, published: dt.date = PUBLISHED) -> dt.date | None:
    doc = nlp(body)
    return event_day(doc, event_type(doc), published)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A headline gives no day; the lede's verb of the event does.
        (
            "Second gas blast in a month hits Orlov\n\nA gas explosion ripped through a "
            "block of flats in Orlov's northern district late on Saturday, killing two people.",
            dt.date(2025, 4, 5),
        ),
        # The event's own word: "Saturday night's explosion".
        (
            "Rescuers found two more bodies on Sunday morning, raising the toll from Saturday "
            "night's gas explosion to four.",
            dt.date(2025, 4, 5),
        ),
        # "on Saturday morning", the day the parser hangs on the hour.
        (
            "Three people were killed when a gas explosion tore through a block of flats on "
            "Saturday morning.",
            dt.date(2025, 4, 5),
        ),
        # "in the early hours of Tuesday": the day the part of it is of.
        (
            "Eleven people were killed when a landslide hit the village in the early hours of "
            "Tuesday, police said.",
            dt.date(2025, 4, 8),
        ),
        # A verb joined to the event's verb shares its subject.
        (
            "Gunmen killed 27 people and abducted dozens of others in raids on two villages on "
            "Friday, police said.",
            dt.date(2025, 4, 4),
        ),
        # A grenade thrown on a day.
        (
            "At least three people were killed when a grenade was thrown into a bar on "
            "Wednesday night, police said.",
            dt.date(2025, 4, 9),
        ),
        # A death of the event itself.
        (
            "Five men died of carbon monoxide poisoning at a bathhouse on Sunday.",
            dt.date(2025, 4, 6),
        ),
        # Deaths and injuries in the event, as translated reports tell them.
        (
            "At least seven people died on Sunday in a fire at an illegal tap on a pipeline.",
            dt.date(2025, 4, 6),
        ),
        (
            "Seven people died and twenty were injured on Sunday in a fire at a fuel tap.",
            dt.date(2025, 4, 6),
        ),
        # "Resulted injured", as reports translated from Spanish say.
        (
            "At least seven persons died and some twenty resulted injured this Sunday in a fire "
            "declared at a clandestine tap of a pipeline.",
            dt.date(2025, 4, 6),
        ),
        # Not a death after it.
        ("A boy hurt in the blast died in hospital on Sunday.", None),
        ("A boy died of injuries from the blast on Sunday.", None),
        # A calendar date weeks back, within a month.
        ("The blast on March 20 killed 12 people.", dt.date(2025, 3, 20)),
        # Nor a death on a day, in a clause on people the parser hung on the event's word.
        (
            "The victim was one of six miners pulled out alive on the night of the collapse, "
            "who died in hospital on April 8.",
            None,
        ),
        # What was done about the event on a day does not date it.
        ("Police opened an inquiry into the blast on Monday.", None),
        # Nor a date more than a month back.
        ("The blast on March 3 killed 12 people.", None),
        # Nor a wave's.
        ("Police killed two protesters on Saturday as the protests spread.", None),
    ],
)
def test_the_day_a_sudden_event_happened_is_read_from_its_telling(
    nlp: Language, body: str, expected: dt.date | None
) -> None:
    assert day(nlp, body) == expected


def test_a_date_written_day_first_gives_its_day(nlp: Language) -> None:
    # The recogniser may take "8 August" as the month alone.
    body = "Families still wait for news of the 8 August fire at the Orlov hospital."
    assert day(nlp, body, dt.date(2025, 8, 12)) == dt.date(2025, 8, 8)


def test_a_date_before_a_list_of_event_words_gives_their_day(nlp: Language) -> None:
    # The parser hangs "March 4" on the last noun of the list, not on the event's word.
    body = (
        "The getaway driver in the March 4 robbery and hostage-taking at a bank in the city "
        "was arrested on Sunday, police said."
    )
    assert day(nlp, body, dt.date(2025, 3, 17)) == dt.date(2025, 3, 4)
