"""Actions whose subject the parser loses in long wire sentences: a name opening the sentence
before a long apposition, a name set off after a relative clause; and what is no action
there: an offer to resign turned down, the one named to replace another read as the one
replaced."""

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.action_pairs import action_pairs

PUBLISHED = dt.date(2023, 4, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The name opens the sentence; its apposition ends with a comma right before the
        # passive auxiliary.
        (
            "Aid worker Mirela Santo, 29, was briefly detained at a checkpoint outside Dova on "
            "Tuesday and released hours later without charge, her agency said.",
            {("detained", "Mirela Santo"), ("released", "Mirela Santo")},
        ),
        # A gerund of the charge between: "charged with causing ... and released".
        (
            "Corin Vale, 38, the driver of the gas truck that overturned on the ring road near "
            "Tamsby Cross, killing two cyclists, was charged on Friday with causing death by "
            "careless driving and released on bail.",
            {("charged", "Corin Vale"), ("released", "Corin Vale")},
        ),
        # A name set off after a relative clause that speaks of no person.
        (
            "The Port Authority fired the captain of the ferry that hit a red buoy, Oskar "
            "Meer, and suspended two deck officers without pay.",
            {("dismissed", "Oskar Meer")},
        ),
        # The object of "named" is who replaces, not whom "him" points back to.
        (
            "Prime Minister Ines Varro removed the police chief, Tobias Lind, and named his "
            "deputy, Greta Holm, to replace him.",
            {("dismissed", "Tobias Lind"), ("appointed", "Greta Holm")},
        ),
        # "Among those held ... were X and Y": custody, not a meeting held.
        (
            "Among those held overnight at the border post were the lorry driver Emil "
            "Vasquez and his brother, Nico Vasquez.",
            {("detained", "Emil Vasquez"), ("detained", "Nico Vasquez")},
        ),
        # A role's name set off after it, typed as an organisation, before a list of others.
        (
            "The Railway Board on Sunday sacked the Senior Divisional Engineer of Moradganj "
            "division, Harpal Singh Bedi, and two signal inspectors, Mohan Lal and R.K. Verma.",
            {
                ("dismissed", "Harpal Singh Bedi"),
                ("dismissed", "Mohan Lal"),
                ("dismissed", "R.K. Verma"),
            },
        ),
        # "He" points back to a name typed as an organisation but given with an age and post.
        (
            "The suspected gunman was identified by police as Elias Moor, 26, a former "
            "security guard. He was arrested two hours later.",
            {("charged", "Elias Moor"), ("arrested", "Elias Moor")},
        ),
        # "the accused" is a person, however the tagger reads the word.
        (
            "The fifth accused, Dinesh Parate, remains in custody.",
            {("detained", "Dinesh Parate")},
        ),
        # "He" is not the town after "in", however the recogniser typed it.
        (
            "Police said Piet Tamsen, 41, was detained overnight at his home in Sanfranco and "
            "questioned for hours. He was released this morning without charge.",
            {("detained", "Piet Tamsen"), ("released", "Piet Tamsen")},
        ),
        # A subject the parser hung on the clause before, as an apposition.
        (
            "Citing his duty to the families of the tunnel, which flooded and drowned nine "
            "people, the province's Transport Minister, Halim Osei Darko, submitted his "
            "resignation on Monday.",
            {("resigned", "Halim Osei Darko")},
        ),
        # The subject's words end deep in its relative clause.
        (
            "On the advice of the review panel chaired by retired judge A.B. Rao, Assistant "
            "Engineer Kiran Pal Sethi, who had passed the bridge as sound weeks before it fell, "
            "has been dismissed from service.",
            {("dismissed", "Kiran Pal Sethi")},
        ),
        # A capitalised title is a person's post, whom a suspension can only be of.
        (
            "Governor Emeka Nwosu on Monday suspended the Commissioner for Works, Dr Adaeze "
            "Okafor, indefinitely over the collapse.",
            {("dismissed", "Adaeze Okafor")},
        ),
        # A delegate of the government is a post; its holder named after the place.
        (
            "The cabinet has ceased the Government delegate in Valdemora, Ismael Ortuño "
            "Garrido, and has appointed in his place the subdelegate, Rocío Bermejo.",
            {("dismissed", "Ismael Ortuño Garrido"), ("appointed", "Rocío Bermejo")},
        ),
        # "both of whom": every name listed before it.
        (
            "Officers detained Marit Solberg and Enno Vask, both of whom were released on bail "
            "the next day.",
            {
                ("detained", "Marit Solberg"),
                ("detained", "Enno Vask"),
                ("released", "Marit Solberg"),
                ("released", "Enno Vask"),
            },
        ),
        # A rank written short, with its stops and a bracket, is no part of the name.
        (
            "The ministry relieved the provincial police commander, Brig. Gen. Ilse Varro, of "
            "her command pending an inquiry.",
            {("dismissed", "Ilse Varro")},
        ),
        (
            "The president fired the head of the relief agency, Lt. Col. (retd) Dauda Merem, "
            "in a one-line decree.",
            {("dismissed", "Dauda Merem")},
        ),
        # Words of the trade: cashiered, bailed, stood down (by someone), caught by police.
        (
            "The army said Major Tomas Velde had been cashiered over the shooting.",
            {("dismissed", "Tomas Velde")},
        ),
        (
            "Tomas Lind was bailed to appear before magistrates in May.",
            {("released", "Tomas Lind")},
        ),
        (
            "The airline said its first officer, Mira Solis, had been stood down pending the "
            "inquiry.",
            {("dismissed", "Mira Solis")},
        ),
        (
            "The smuggler, Anton Velkov, was caught by police at the border.",
            {("arrested", "Anton Velkov")},
        ),
        # "X alias Y": the person is the name before the nickname.
        (
            "A magistrate sent Faisal Rauf alias Pappu, 31, to jail on judicial remand.",
            {("detained", "Faisal Rauf")},
        ),
        ("Police arrested Imran Khalid alias Billa on Monday.", {("arrested", "Imran Khalid")}),
        # A given name alone before "alias" is no full name: the surname comes after.
        ("Police arrested Baljit alias Billa Sandhu on Monday.", {("arrested", "Billa Sandhu")}),
        # Translated legal reporting: a formal suspect "determined", a French charge.
        (
            "The district police have determined Arif Santoso, 39, the owner of the depot, as "
            "a suspect in the blast.",
            {("charged", "Arif Santoso")},
        ),
        (
            "A driver of 27 years, Théo Vannier, was placed under examination for homicide on "
            "Sunday, the prosecutor said.",
            {("charged", "Théo Vannier")},
        ),
    ],
)
def test_finds_the_subject_the_parser_loses(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A relative pronoun right before its verb is a relative clause, no misparse.
        "The barge that was charged with coal sank near the lock on Friday.",
        # A name in the middle of the sentence is no opening name.
        "Crews said the forecast, which Halvard Krone, 51, had issued, was ignored.",
        # Hearsay a sentence dismisses as untrue, and the dismissing itself.
        "Rumours that Fire Chief Odile Brandt had handed in her resignation over the blaze "
        "were dismissed as baseless by her office on Monday.",
        "Reports that the warden, Ilka Norum, had been detained were dismissed as false by "
        "the ministry.",
        # Bailing out a firm frees no one.
        "The government bailed out the airline.",
        # An offer to resign turned down in the same sentence.
        "Warden Ilka Norum offered her resignation after the escape, but the minister "
        "refused to accept it.",
        "Warden Ilka Norum submitted her resignation, which the board rejected on Monday.",
        "Warden Ilka Norum offered her resignation to Interior Minister Ravi Kadam, who said "
        "he had turned it down.",
        # Hearsay called false, "that" read as a relative pronoun.
        "The warden, Ilka Norum, toured the prison on Tuesday. Reports on social media that "
        "she had quit were false, her office said.",
        # Or in the sentence after.
        "Interior Minister Ravi Kadam told parliament he had offered his resignation to the "
        "premier. Her office said later that the offer had not been accepted.",
        "Warden Ilka Norum offered her resignation on Monday. The governor refused it.",
    ],
)
def test_no_action(nlp: Language, text: str) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == set()


def test_an_offer_accepted_is_a_resignation(nlp: Language) -> None:
    text = "Warden Ilka Norum offered her resignation on Monday, and the minister accepted it."
    assert action_pairs(nlp, text, PUBLISHED) == {("resigned", "Ilka Norum")}
