"""Action rules for legal and administrative phrasing as translated or South Asian reports
write it, for resignations announced in passing, and for suspects named in a list."""

import datetime as dt

import pytest
from spacy.language import Language

from streams.extract.actions import find_actions
from tests.unit.extract.action_pairs import COUNTRY, action_pairs

PUBLISHED = dt.date(2023, 4, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The magistrate summoned the site engineer Pablo Irigoyen as investigated in the "
            "tunnel collapse.",
            {("charged", "Pablo Irigoyen")},
        ),
        (
            "The court ordered pretrial detention for the ferry operator, Jonas Alder.",
            {("detained", "Jonas Alder")},
        ),
        (
            "The magistrate ordered provisional prison, without bail, for the site owner, "
            "Martin Olaberri.",
            {("detained", "Martin Olaberri")},
        ),
        # Custody asked for is not ordered.
        ("The prosecutor requested prison without bail for Martin Olaberri.", set()),
        (
            "The regional government approved the cessation of Carmen Ulloa as director of "
            "civil protection.",
            {("dismissed", "Carmen Ulloa")},
        ),
        (
            "The magistrate decreed the release with charges of the bus driver, Iker Zabala.",
            {("released", "Iker Zabala")},
        ),
        (
            "The prosecution formalised charges against the former minister of public works, "
            "Ramiro Ostos Lerma, over the collapse of the overpass.",
            {("charged", "Ramiro Ostos Lerma")},
        ),
        # Booked without being held: a suspect all the same.
        (
            "Police booked without detention Lee Dong-wook, head of the Songri ward office, on "
            "charges of negligence.",
            {("charged", "Lee Dong-wook")},
        ),
        (
            "Prosecutors indicted without detention Yoon Seo-yeon, the festival organiser.",
            {("charged", "Yoon Seo-yeon")},
        ),
        (
            "Police booked without detention Kim Ji-hoon on charges of negligence.",
            {("charged", "Kim Ji-hoon")},
        ),
        # Charges to be formalised are not yet brought.
        ("The prosecutor will formalise charges against the site engineer Iker Zabala.", set()),
    ],
)
def test_translated_legal_phrasing(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Made an officer on special duty is taken off a post, not given one.
        (
            "Assistant Commissioner Tariq Baloch was made Officer on Special Duty after the "
            "stampede.",
            {("dismissed", "Tariq Baloch")},
        ),
        (
            "Senior Superintendent Kamal Rind was made OSD on Tuesday.",
            {("dismissed", "Kamal Rind")},
        ),
        (
            "Additional secretary Meera Joshi has been given additional charge of the post of "
            "relief commissioner.",
            {("appointed", "Meera Joshi")},
        ),
    ],
)
def test_south_asian_administrative_phrasing(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Provincial governor Piotr Nowicki announced he would leave office next week.",
            {("resigned", "Piotr Nowicki")},
        ),
        (
            "Piotr Nowicki, the port director, announced that he was leaving his post with "
            "immediate effect.",
            {("resigned", "Piotr Nowicki")},
        ),
        (
            '"The families deserve answers," said Piotr Nowicki, announcing his resignation as '
            "chief of the fire service.",
            {("resigned", "Piotr Nowicki")},
        ),
        # Another's resignation, a condition, a going that is no leaving of a post.
        (
            '"We owe them that," said Piotr Nowicki, announcing the resignation of two aides.',
            set(),
        ),
        ("Piotr Nowicki announced he would leave office if the inquiry blamed him.", set()),
        ("Piotr Nowicki announced he would leave the city for a week.", set()),
    ],
)
def test_a_resignation_announced_in_passing(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Detectives named two suspects on Monday: Daniel Moreau, 29, and his neighbour, "
            "Victor Lindahl.",
            {("charged", "Daniel Moreau"), ("charged", "Victor Lindahl")},
        ),
        (
            # Named suspects, not named to a post.
            "Investigators named three suspects: Ravi Patel, Sunil Mehra and Ajay Rao.",
            {("charged", "Ravi Patel"), ("charged", "Sunil Mehra"), ("charged", "Ajay Rao")},
        ),
        # Suspects named without their names, or not named at all.
        ("Detectives named two suspects on Monday but gave no details.", set()),
        ("Detectives have not yet named the two suspects, Daniel Moreau said.", set()),
    ],
)
def test_suspects_named_in_a_list(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor asked the magistrate to order pretrial detention for Jonas Alder.",
        "The families asked the court to send the ferry operator, Jonas Alder, to jail.",
    ],
)
def test_an_action_someone_is_asked_to_take_is_not_taken(nlp: Language, text: str) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Firefighter Dan Abel, 34, who was hurt in the same blast, was released from "
            "hospital on Friday.",
            set(),
        ),
        ("Rescuers freed Ana Bell from the rubble after six hours.", set()),
        ("Ana Bell was released from prison on Friday.", {("released", "Ana Bell")}),
    ],
)
def test_freed_from_hospital_or_rubble_is_no_release_from_custody(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alan Pettit, 61, was remanded in custody after being charged with manslaughter.",
            {("detained", "Alan Pettit"), ("charged", "Alan Pettit")},
        ),
        (
            "Tom Ruiz resigned on Monday after being suspended over the fire.",
            {("resigned", "Tom Ruiz"), ("dismissed", "Tom Ruiz")},
        ),
        ("The mayor, Ana Bell, left the city without being charged.", set()),
        # The clause's subject, not its object: "took charge", "left the country".
        (
            "Nora Achieng took charge last week after being appointed in place of Tom Ruiz.",
            {("appointed", "Nora Achieng")},
        ),
        (
            "Tom Ruiz left the country after being dismissed.",
            {("dismissed", "Tom Ruiz")},
        ),
    ],
)
def test_a_passive_gerund_is_said_of_the_clause_subject(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eng. Samuel Adjo, whose suspension as district engineer was announced on Monday, "
            "said the bridge was safe.",
            {("dismissed", "Samuel Adjo")},
        ),
        (
            "The council announced the suspension of its planning chief, Ana Bell.",
            {("dismissed", "Ana Bell")},
        ),
        # A suspension of things is no one's.
        ("The suspension of flights from the capital was announced on Monday.", set()),
        (
            "The city's chief inspector, Rosa Imbert, has been placed on preventive suspension.",
            {("dismissed", "Rosa Imbert")},
        ),
    ],
)
def test_a_suspension_named_as_a_noun(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inspector Rafiq Alam was withdrawn and attached to the district police lines.",
            {("dismissed", "Rafiq Alam")},
        ),
        (
            "The board sacked the project manager, Eng. Kofi Mensa, on Friday.",
            {("dismissed", "Kofi Mensa")},
        ),
    ],
)
def test_south_asian_and_west_african_usage(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A post right before a name the parser hung elsewhere.
        (
            "The president dropped Trade Minister Lars Holm and Fisheries Minister Ana Petrova "
            "from the cabinet.",
            {("dismissed", "Lars Holm"), ("dismissed", "Ana Petrova")},
        ),
        (
            "Deputy health minister Ines Varga was promoted to head the ministry.",
            {("appointed", "Ines Varga")},
        ),
        # Surnames alone, of people the article named in full after their posts.
        (
            "Police have booked 11 people, including panchayat secretary Ramesh Kumar Sethi and "
            "contractor Om Prakash Rathi, over the missing funds. Of them, Sethi and Rathi were "
            "arrested on Saturday while the others are absconding.",
            {
                ("charged", "Ramesh Kumar Sethi"),
                ("charged", "Om Prakash Rathi"),
                ("arrested", "Ramesh Kumar Sethi"),
                ("arrested", "Om Prakash Rathi"),
            },
        ),
        # A title in the run of words after a post is no part of the name.
        (
            "The SSP suspended station house officer Inspector Ravi Kumar Sinha and "
            "sub-inspector Amit Rao over the death in custody.",
            {("dismissed", "Ravi Kumar Sinha"), ("dismissed", "Amit Rao")},
        ),
        # A second object the parser joined to the verb.
        (
            "Detectives on Saturday arrested K. Mohan, managing director of Lakshmi Gold Ltd, and "
            "his wife S. Devi, a director of the company.",
            {("arrested", "K. Mohan"), ("arrested", "S. Devi")},
        ),
        # A bare participle on the verb is said of its subject.
        (
            "Trader Tom Banda and a clerk, Ruth Ngoma, appeared before a magistrate on Wednesday "
            "charged with fraud.",
            {("charged", "Tom Banda")},
        ),
        # The first of a run of verbs, with the subject, hung on the passive after it.
        (
            "His assistant, Mr Pita Kalu, surrendered to police the same day, was formally charged "
            "and was released on bail of 5,000 dollars.",
            {("arrested", "Pita Kalu"), ("charged", "Pita Kalu"), ("released", "Pita Kalu")},
        ),
        (
            "A sessions court granted post-arrest bail to former MPA Chaudhry Irfan Warraich.",
            {("released", "Chaudhry Irfan Warraich")},
        ),
        # An order to act is not the act; a plea dismissed is no one dismissed.
        ("The commissioner ordered police to arrest the ward officer, Elia Masawe.", set()),
        ("The governor directed the board to suspend its director, Ian Corr.", set()),
        ("The judge dismissed the case against the clerk, Vera Paz.", set()),
    ],
)
def test_parses_of_lists_posts_and_orders(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A post "for" an institution before a name is no part of it.
        (
            "Hours later, State Secretary for Finance Ondrej Halik also submitted his resignation.",
            {("resigned", "Ondrej Halik")},
        ),
        # Posts and honorifics of South Asian and West African reports.
        (
            "The anti-corruption circle on Monday took into custody Tehsildar Mian Ghulam Sarwar "
            "and a revenue clerk, Asif Mehmood.",
            {("detained", "Mian Ghulam Sarwar"), ("detained", "Asif Mehmood")},
        ),
        (
            "Alhaji Musa Danladi Gwandu has been appointed the new executive secretary of the "
            "river basin authority.",
            {("appointed", "Musa Danladi Gwandu")},
        ),
        (
            "Chief Inspector Kofi Asante-Mensah and Lance Corporal Yaw Dako have been interdicted "
            "after a video showed them taking money at a checkpoint.",
            {("dismissed", "Kofi Asante-Mensah"), ("dismissed", "Yaw Dako")},
        ),
        # "Ma." (María) is part of the name, not a sentence's end.
        (
            "The Ombudsman ordered the suspension of municipal treasurer Ma. Lourdes Dimagiba.",
            {("dismissed", "Ma. Lourdes Dimagiba")},
        ),
        # Bail granted to someone the parser reads as the verb's dative.
        (
            "Liu Wenhao pleaded not guilty to fraud. The court granted him bail.",
            {("released", "Liu Wenhao")},
        ),
        # "Md." (Mohammad) opens the name and ends no sentence.
        (
            "Police on Monday arrested Md. Karim Uddin, a trader, in connection with the fire.",
            {("arrested", "Md. Karim Uddin")},
        ),
        # Named in a reference: accused, as Pakistani reports say.
        (
            "The bureau nominated his son, Syed Raza Naqvi, in the reference.",
            {("charged", "Syed Raza Naqvi")},
        ),
        # A pronoun in a relative clause points back to the people of the clause it is of.
        (
            "Kofi Danso appeared at the high court on Monday, where he was charged with fraud.",
            {("charged", "Kofi Danso")},
        ),
        (
            "Kofi Danso, Ama Owusu and Kwaku Agyei appeared at the high court on Monday, where "
            "they were charged with selling tainted medicine.",
            {("charged", "Kofi Danso"), ("charged", "Ama Owusu"), ("charged", "Kwaku Agyei")},
        ),
        (
            "The promoter, Kojo Mensah, and his events manager, Ama Frimpong, appeared at the "
            "circuit court on Tuesday, where they were charged with manslaughter.",
            {("charged", "Kojo Mensah"), ("charged", "Ama Frimpong")},
        ),
        # An official transferred out of a post is removed; a patient transferred is not.
        (
            "The state government transferred Police Commissioner Ravi Kulkarni on Wednesday.",
            {("dismissed", "Ravi Kulkarni")},
        ),
        ("The injured driver, Ravi Kulkarni, was transferred to a hospital in Pune.", set()),
        # A suspect named is no appointment.
        (
            "Prosecutors on Monday named a third suspect, Cornel Banea, a site manager.",
            {("charged", "Cornel Banea")},
        ),
        # An active verb joined to a passive one shares its subject.
        (
            "The head of the agency, Tomas Vilca, was suspended on March 12 and resigned five "
            "days later.",
            {("dismissed", "Tomas Vilca"), ("resigned", "Tomas Vilca")},
        ),
        # A passive joined to an active verb is said of its subject, not of its object.
        (
            "Whitcomb turned himself in at the county jail and was released after posting a bond.",
            {("arrested", "Whitcomb"), ("released", "Whitcomb")},
        ),
        # A title alone refers back to the one name the article gave it, typed or not.
        (
            "Governor Ama Kaira was released on Friday. The governor, arrested on Wednesday, was "
            "told to report back.",
            {("released", "Ama Kaira"), ("arrested", "Ama Kaira")},
        ),
        # A title between a post and the name the parser hung elsewhere.
        (
            "Newly appointed board chair Dr. Mwajuma Salim Kombo, named by the minister on "
            "Monday, said an audit would come first.",
            {("appointed", "Mwajuma Salim Kombo")},
        ),
        # The body of a post between the post and the name.
        (
            "The inspector-general on Thursday dismissed Northern Region Commissioner of Police "
            "Tembo Mulenga with immediate effect.",
            {("dismissed", "Tembo Mulenga")},
        ),
        # An object the parser read as a second subject, its name typed as a body's.
        (
            "On Monday the health ministry suspended Ilario Benites Quispe, the head of the "
            "drug regulator (DIGEMED), which licensed the syrup.",
            {("dismissed", "Ilario Benites Quispe")},
        ),
        # "an accused" the tagger read as a participle: a suspect named, no post given.
        (
            "Police have named the estate's manager, Oskar Lind, as an accused in the case "
            "registered after the landslide.",
            {("charged", "Oskar Lind")},
        ),
        # A body's verb the parser read as a participle describing it, with no other verb.
        (
            "The board named finance director Ilse Marwick as interim chief executive.",
            {("appointed", "Ilse Marwick")},
        ),
        # A rank inside a name the recogniser took for a body, the second of a list.
        (
            "Two wardens, Sergeant Pola Mwansa and Constable Isaac Chanda Lungu, were suspended "
            "on Friday.",
            {("dismissed", "Pola Mwansa"), ("dismissed", "Isaac Chanda Lungu")},
        ),
        # A police rank written in initials is no part of the name.
        (
            "DCOP Akua Serwaa Mensima was appointed acting regional commander on Monday.",
            {("appointed", "Akua Serwaa Mensima")},
        ),
        # A clause said of a list stands for all of it; one said of one for the last.
        (
            "Investigators are looking for two clerks, Farah Odede and Lillian Chege Wambui, "
            "whom they named as suspects.",
            {("charged", "Farah Odede"), ("charged", "Lillian Chege Wambui")},
        ),
        (
            "Police questioned Farah Odede and Lillian Chege Wambui, who has been charged with "
            "fraud.",
            {("charged", "Lillian Chege Wambui")},
        ),
        (
            "Farah Odede and Hamisi Lenku, the two men police have named as suspects, are "
            "still at large.",
            {("charged", "Farah Odede"), ("charged", "Hamisi Lenku")},
        ),
        # "who" hung on the last word of the post beside the name stands for the name.
        (
            "Oskar Lind, the deputy head of the water board's city branch, who was suspended "
            "on Friday and detained on Monday, has been charged with negligence.",
            {
                ("dismissed", "Oskar Lind"),
                ("detained", "Oskar Lind"),
                ("charged", "Oskar Lind"),
            },
        ),
        # A participle after the apposition read as the verb, the verb after it as its
        # conjunct.
        (
            "Rafael Ochoa, a market traders' leader charged with rioting after protests at the "
            "water company's offices in Tunja, was freed on bail on Friday and is due in court "
            "next month.",
            {("charged", "Rafael Ochoa"), ("released", "Rafael Ochoa")},
        ),
        # The same, with the apposition read as a second subject of the participle.
        (
            "Dorin Vasilescu, the regional customs chief fired two days after the blast, did "
            "not respond to requests for comment.",
            {("dismissed", "Dorin Vasilescu")},
        ),
        # A name hung on the words that describe the name before it.
        (
            "The suspects - Karim Ben Ali, a 31-year-old Tunisian, and Ibrahim Salem "
            "Abdelkader, 24, from Egypt - were held late on Monday.",
            {("detained", "Karim Ben Ali"), ("detained", "Ibrahim Salem Abdelkader")},
        ),
        # "those freed" read as a noun.
        (
            "Among those freed was the hotel's general manager, Omar Farah, who had been held "
            "since Sunday.",
            {("released", "Omar Farah"), ("detained", "Omar Farah")},
        ),
        # Among the people arrested.
        (
            "The plant's director, Dario Quiroz Vela, and an engineer, Ana Ynga Soto, were "
            "among four people detained by police on Thursday.",
            {("detained", "Dario Quiroz Vela"), ("detained", "Ana Ynga Soto")},
        ),
        # "was moved out" by a government is removed; moving out of a town is not.
        (
            "The new commissioner took charge after her predecessor, Vikas Borade, was moved "
            "out by the state government.",
            {("dismissed", "Vikas Borade")},
        ),
        ("Vikas Borade moved out of the district last year.", set()),
        # What a named successor will do does not make the succession unsure.
        (
            "Labour Minister Ana Ruiz resigned on Monday. Her successor, Rodrigo Salas Vidal, "
            "will chair the talks with the unions.",
            {("resigned", "Ana Ruiz"), ("appointed", "Rodrigo Salas Vidal")},
        ),
        (
            "Her likely successor, Rodrigo Salas Vidal, will chair the talks.",
            set(),
        ),
        # A board with a name of its own is not the country's.
        (
            "The ministry dissolved the Kilimani Hospital Board on Monday.",
            {("dismissed", "Kilimani Hospital Board")},
        ),
    ],
)
def test_names_posts_and_verbs_of_many_places(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Reports a spokesman dismissed, whatever the parser makes of "as fake news".
        "A spokesman for Governor Marcus Cole on Monday dismissed as fake news reports "
        "circulating on social media that the governor's chief of staff, Tunde Oyela, had been "
        "arrested at the airport.",
        # Police firing on people is shooting; "of Police" ends a body's name, no title.
        "The court dismissed a petition seeking the removal of Inspector General of Police Dr "
        "Ravi Kant Joshi over the police firing on protesters in the old town.",
        # An appointment only proposed.
        "The cabinet is expected on Wednesday to consider a proposal to appoint retired judge "
        "Arvind Pillai as the state's ombudsman.",
    ],
)
def test_actions_denied_or_only_proposed(nlp: Language, text: str) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The parser hangs "as a suspect" on the verb of saying after it.
        (
            "Prosecutors have named a former regional minister, Luc Vandermeer, as a suspect in "
            "the inquiry into the subsidies, his lawyer confirmed on Wednesday.",
            "Luc Vandermeer",
        ),
        # Or on "shift", read as a verb joined to "named".
        (
            "Investigators named site foreman Diego Paz and shift engineer Lucia Mora as suspects.",
            "Diego Paz",
        ),
        # A post with a word that makes it a suspect's.
        (
            "Police named Joao Pereira Matos, 27, as the suspected leader of the gang.",
            "Joao Pereira Matos",
        ),
        # A part in the wrong done is no post.
        (
            "Police arrested two vendors. Officers have named Teodor Brisk, a bootlegger, as "
            "the main supplier of the spirits.",
            "Teodor Brisk",
        ),
    ],
)
def test_someone_named_as_a_suspect_is_not_appointed(nlp: Language, text: str, name: str) -> None:
    assert ("appointed", name) not in action_pairs(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Head" is a post, as "chief" is; an appositive name with a rank before it.
        (
            "The head of the national gendarmerie, Colonel Amadou Sissoko, has been suspended "
            "pending an inquiry.",
            {("dismissed", "Amadou Sissoko")},
        ),
        # "Shri" is a title of address, no part of the name.
        (
            "Shri Mohan Lal Verma, Superintending Engineer, was suspended last week.",
            {("dismissed", "Mohan Lal Verma")},
        ),
        # A participle set beside a name is said of it, whatever the clause goes on to say.
        (
            "Union leader Fatoumata Diallo, freed on Sunday, called for a general strike.",
            {("released", "Fatoumata Diallo")},
        ),
        (
            "Ousmane Diarra was placed under a committal warrant and taken to the central prison.",
            {("detained", "Ousmane Diarra")},
        ),
        # A board of an organisation is that organisation's, not the country's.
        (
            "The board of the Volta Ferry Authority was dissolved on Tuesday.",
            {("dismissed", "Board of Volta Ferry Authority")},
        ),
        # A body's name the recogniser cut after "of" keeps what follows.
        (
            "The Board of Directors of the Volta Ferry Authority has been dissolved with "
            "immediate effect.",
            {("dismissed", "Board of Directors of Volta Ferry Authority")},
        ),
        # An attributive participle is said of its own post's name, not the names listed
        # after it.
        (
            "The suspended port director, Kwame Asante, and the harbour master Kofi Mensah "
            "were remanded in custody.",
            {
                ("dismissed", "Kwame Asante"),
                ("detained", "Kwame Asante"),
                ("detained", "Kofi Mensah"),
            },
        ),
        (
            "Police charged Kwame Asante, the suspended port director, and the harbour master "
            "Kofi Mensah with manslaughter.",
            {
                ("dismissed", "Kwame Asante"),
                ("charged", "Kwame Asante"),
                ("charged", "Kofi Mensah"),
            },
        ),
        # A participle beside a common noun with a name is said of the name, though the
        # clause goes on with what may happen.
        (
            "The ferry's owner, Kwame Asante, freed on bail last week, is expected to appear "
            "in court on Monday.",
            {("released", "Kwame Asante")},
        ),
        # After a possessive too.
        (
            "Prosecutors questioned five people, among them the clinic's dismissed medical "
            "director, Dr Ama Boateng.",
            {("dismissed", "Ama Boateng")},
        ),
        # A relative clause is said of its own noun, not of the names listed after it.
        (
            "Ama Boateng, who was dismissed by the ministry on Monday, the engineer Kofi Mensah "
            "and a technician were formally arrested on Thursday.",
            {
                ("dismissed", "Ama Boateng"),
                ("arrested", "Ama Boateng"),
                ("arrested", "Kofi Mensah"),
            },
        ),
        # A name the recogniser joined to a date before it ("last week - X") is still a name.
        (
            "On Tuesday, the three warders arrested last week - Kelvin Sunde, Peter Banda and "
            "John Zulu - were charged with negligence.",
            {
                ("arrested", "Kelvin Sunde"),
                ("arrested", "Peter Banda"),
                ("arrested", "John Zulu"),
                ("charged", "Kelvin Sunde"),
                ("charged", "Peter Banda"),
                ("charged", "John Zulu"),
            },
        ),
        # An escaped prisoner recaptured is in custody again.
        (
            "Kofi Mensah, an inmate who escaped in the riot, was recaptured on Friday.",
            {("arrested", "Kofi Mensah")},
        ),
        # "Without charge" takes nothing: a release.
        (
            "Police said they had released without charge a mechanic, Kofi Mensah, 27, who had "
            "been arrested on Friday.",
            {("arrested", "Kofi Mensah"), ("released", "Kofi Mensah")},
        ),
        (
            "Border police said on Thursday that they had released without charge a motorcycle "
            "mechanic, Kofi Mensah, 27, who had been arrested the previous Friday.",
            {("arrested", "Kofi Mensah"), ("released", "Kofi Mensah")},
        ),
    ],
)
def test_posts_titles_and_participles_beside_names(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


def test_each_attributive_participle_is_its_own_posts_in_a_long_list(nlp: Language) -> None:
    # The parser hangs the second post on the first name, and its name on what the post is
    # of: each "dismissed" is still its own post's, and the captain's post has none.
    text = (
        "On Tuesday, the prosecutor charged the dismissed stadium director, Karim Belhadi, the "
        "dismissed head of the wilaya's police, Rachid Mekki, and a police captain in charge "
        "of the north gate, Yacine Ferhat, with involuntary manslaughter."
    )
    dismissed = {
        name for action, name in action_pairs(nlp, text, PUBLISHED) if action == "dismissed"
    }
    assert dismissed == {"Karim Belhadi", "Rachid Mekki"}


def test_the_post_of_a_participle_after_a_possessive_is_the_post_alone(nlp: Language) -> None:
    text = "Police questioned the port's suspended harbour master, Kofi Mensah, on Friday."
    [found] = find_actions(nlp(text), PUBLISHED, COUNTRY)
    assert (found.action, found.subject, found.role) == (
        "dismissed",
        "Kofi Mensah",
        "the port's harbour master",
    )


def test_a_year_in_the_description_of_someone_dates_no_action(nlp: Language) -> None:
    text = (
        "The state government appointed Ankit Sood, a 2012-batch IAS officer, as the new "
        "deputy commissioner."
    )
    assert ("appointed", "Ankit Sood") in action_pairs(nlp, text, PUBLISHED)


def test_a_suspected_leader_named_is_a_suspect(nlp: Language) -> None:
    text = "The police chief named Caio Ribas Moura as the alleged leader of the raid."
    assert action_pairs(nlp, text, PUBLISHED) == {("charged", "Caio Ribas Moura")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Owner Tomas Quill Berrios, 58, was arrested on March 3.",
         {("arrested", "Tomas Quill Berrios")}),
        ("Signalman Petru Avram, 47, was detained on June 2.", {("detained", "Petru Avram")}),
    ],
)  # fmt: skip
def test_an_occupation_opening_a_sentence_is_no_part_of_the_name(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The signalman, Oren Vasko, was charged on Friday and remains in custody.",
            {("charged", "Oren Vasko"), ("detained", "Oren Vasko")},
        ),
        (
            "Oren Vasko was charged with manslaughter and is in pre-trial detention.",
            {("charged", "Oren Vasko"), ("detained", "Oren Vasko")},
        ),
    ],
)
def test_custody_after_a_charge_shares_its_passive_subject(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


def test_a_participle_hung_on_the_firm_people_are_of_describes_the_people(
    nlp: Language,
) -> None:
    text = (
        "Ari Lund and Bo Sten of the contractor Viva Eventos, detained on Tuesday and charged "
        "with manslaughter on Wednesday, were released on bail on Friday."
    )
    assert action_pairs(nlp, text, PUBLISHED) == {
        (action, name)
        for action in ("detained", "charged", "released")
        for name in ("Ari Lund", "Bo Sten")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charging of Ivo Kral on Tuesday angered his union.", {("charged", "Ivo Kral")}),
        ("The charging of phones at the station was banned.", set()),
    ],
)
def test_a_charge_named_as_a_noun(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Opposition leader Tomas Berg was arrested on May 1, charged with sedition on May 3 "
            "and released on bail on May 7.",
            {("arrested", "Tomas Berg"), ("charged", "Tomas Berg"), ("released", "Tomas Berg")},
        ),
        (
            "The owner, Ivo Pell, was detained on June 6, charged with the same offences and "
            "released on bail on June 7.",
            {("detained", "Ivo Pell"), ("charged", "Ivo Pell"), ("released", "Ivo Pell")},
        ),
        # Without a day of its own, the participle tells the grounds of the arrest.
        ("Tomas Berg was arrested on Monday, charged with sedition.", {("arrested", "Tomas Berg")}),
        (
            "Tomas Berg, who remains in detention after being charged with sedition, spoke "
            "through his lawyer.",
            {("detained", "Tomas Berg"), ("charged", "Tomas Berg")},
        ),
    ],
)
def test_the_later_steps_of_a_case_told_in_one_sentence(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Superintendent Mary Atieno, appointed commander after the riot, said the wall "
            "would be repaired.",
            {("appointed", "Mary Atieno")},
        ),
        # A board appointed is no one named.
        ("The board, appointed in May, said the wall would be rebuilt.", set()),
    ],
)
def test_a_participle_set_off_after_a_name_is_said_of_it(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


def test_provisional_release_granted_is_a_release(nlp: Language) -> None:
    # As translated reports say it.
    text = "Carlos Reyes was granted provisional release on Monday."
    assert action_pairs(nlp, text, PUBLISHED) == {("released", "Carlos Reyes")}
