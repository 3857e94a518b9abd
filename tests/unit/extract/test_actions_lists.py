"""Action rules for people listed after a plural role: after a colon, with their ages, or each
after a post of their own."""

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.action_pairs import action_pairs

PUBLISHED = dt.date(2023, 4, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count of people set beside its names, which the parser joins to the verb.
        (
            "Police have arrested the bar's owner, Carlos Reyes, and two of his managers, "
            "Lina Tan and Mark Uy.",
            {("arrested", "Carlos Reyes"), ("arrested", "Lina Tan"), ("arrested", "Mark Uy")},
        ),
        # The names joined to the count rather than set beside it.
        (
            "Police have arrested the bar's owner, Ramon Diaz, and two of his managers, Nora "
            "Velasco and Mark Anthony Cruz.",
            {
                ("arrested", "Ramon Diaz"),
                ("arrested", "Nora Velasco"),
                ("arrested", "Mark Anthony Cruz"),
            },
        ),
        # The list after a colon, hung by the parser on the last noun before it.
        (
            "Investigators on Monday arrested three managers of the quarry firm Dolmen Stone "
            "over the landslide that buried the Ferrow road: site manager Ivo Brandt, 52, and "
            "safety officer Lena Kask, 39.",
            {("arrested", "Ivo Brandt"), ("arrested", "Lena Kask")},
        ),
        # Names with their ages, the second set in apposition to the first.
        (
            "Police apprehended three suspects over the torching of a bakery in Kampung Delima: "
            "Ahmad Faris Hakim, 22, Mohd Irfan Zulkifli, 35, and a 16-year-old whose name was "
            "withheld because he is a minor.",
            {("arrested", "Ahmad Faris Hakim"), ("arrested", "Mohd Irfan Zulkifli")},
        ),
        # A clause in the plural on the last name listed is said of every name; in the
        # singular, of the last alone.
        (
            "The court freed Ivo Brandt and Lena Kask, who were charged with fraud last week.",
            {
                ("released", "Ivo Brandt"),
                ("released", "Lena Kask"),
                ("charged", "Ivo Brandt"),
                ("charged", "Lena Kask"),
            },
        ),
        (
            "Police questioned Ivo Brandt and Lena Kask, who was charged with fraud.",
            {("charged", "Lena Kask")},
        ),
        # Each name after its own post, however the parser hangs them.
        (
            "The ministry dismissed three officials over the outbreak: health director Olga "
            "Lindahl, deputy governor Bruno Castell and district coordinator Ivo Brandt.",
            {
                ("dismissed", "Olga Lindahl"),
                ("dismissed", "Bruno Castell"),
                ("dismissed", "Ivo Brandt"),
            },
        ),
        # "including" a post of something whose name the parser hangs on that thing, and a
        # name after it that the parse leaves out of the list.
        (
            "Police arrested three persons, including the owner of the unit, Aman Gill, and his "
            "cousin Raj Gill, after the blast.",
            {("arrested", "Aman Gill"), ("arrested", "Raj Gill")},
        ),
        # Names the parser hangs on what the role is of, in a sentence it left without a
        # verb.
        (
            "Three members of the water board, Ana Bell, Jon Vale and Omar Said, handed in "
            "their resignations on Thursday.",
            {("resigned", "Ana Bell"), ("resigned", "Jon Vale"), ("resigned", "Omar Said")},
        ),
    ],
)
def test_people_listed_after_a_plural(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The names after the colon are of another clause.
        "Police arrested two men over the riot, the ministry said: Interior Minister Ivo "
        "Brandt praised the officers.",
        # A list of people thanked, after a verb that is no action.
        "The mayor thanked two rescuers: Olga Lindahl, 51, and Bruno Castell, 44.",
    ],
)
def test_names_after_a_colon_in_a_clause_of_their_own_are_not_listed(
    nlp: Language, text: str
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == set()


def test_towns_listed_after_the_place_of_the_arrests_are_no_people(nlp: Language) -> None:
    # The recogniser takes the small towns for people's names.
    text = "Police said 90 students had been arrested in Lusaka, Mwenda, Kabala Falls and Chinsali."
    assert action_pairs(nlp, text, PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The magistrate charged the director of the port authority, Tomas Ferrer Vidal, and "
            "the head of the harbour police, Marta Quiroga, over the late warnings.",
            {("charged", "Tomas Ferrer Vidal"), ("charged", "Marta Quiroga")},
        ),
        (
            "Police arrested the owner of the ferry, Samuel Kiprop, and the captain of the "
            "vessel, Daniel Otieno, on Monday.",
            {("arrested", "Samuel Kiprop"), ("arrested", "Daniel Otieno")},
        ),
        # Posts with and without their names set off, one of them opened by "a".
        (
            "Police detained the site engineer, Tomas Ferrer Vidal, the contractor Piet Mosso "
            "and a municipal inspector, Ilse Marwick, over the collapse.",
            {
                ("detained", "Tomas Ferrer Vidal"),
                ("detained", "Piet Mosso"),
                ("detained", "Ilse Marwick"),
            },
        ),
        (
            "Police detained the site engineer, Kofi Mensah, the contractor Ruslan Beketov and "
            "a municipal inspector, Aiyana Greaves-Tolland, in connection with the collapse.",
            {
                ("detained", "Kofi Mensah"),
                ("detained", "Ruslan Beketov"),
                ("detained", "Aiyana Greaves-Tolland"),
            },
        ),
        # The first post's name hung by the parser on the place of the post.
        (
            "The cabinet dismissed the director of the forestry service, Olga Lindahl, and the "
            "head of the fire agency, Bruno Castell, on Friday.",
            {("dismissed", "Olga Lindahl"), ("dismissed", "Bruno Castell")},
        ),
        # Three posts each with a name, the second name hung on the first; "as well as".
        (
            "The government suspended the head of the water board, Anton Velkov, the director of "
            "the dam agency, Marta Olsen, and the regional fire chief, Samuel Kiprop, pending an "
            "inquiry.",
            {
                ("dismissed", "Anton Velkov"),
                ("dismissed", "Marta Olsen"),
                ("dismissed", "Samuel Kiprop"),
            },
        ),
        (
            "The judge charged the director of civil protection, Anton Velkov, as well as the "
            "head of the emergency service, Marta Olsen.",
            {("charged", "Anton Velkov"), ("charged", "Marta Olsen")},
        ),
        # The name after the last post tells of the arrests.
        (
            "Police arrested the owner of the ferry, Samuel Kiprop, and the captain of the "
            "vessel, Daniel Otieno, said a police spokesman.",
            {("arrested", "Samuel Kiprop")},
        ),
    ],
)
def test_each_post_of_a_list_names_the_one_after_it(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "including" hung on the verb's object, "bail", not on the verb.
        (
            "Five of the 29 people arrested over the riot were granted bail on Saturday, "
            "including the group administrator Ravi Oraon.",
            {("released", "Ravi Oraon")},
        ),
        (
            "Five men were granted bail, including Ravi Oraon and Sunil Kerketta.",
            {("released", "Ravi Oraon"), ("released", "Sunil Kerketta")},
        ),
        (
            "Ravi Oraon was granted bail along with Sunil Kerketta.",
            {("released", "Ravi Oraon"), ("released", "Sunil Kerketta")},
        ),
    ],
)
def test_those_who_share_what_a_row_reads(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "including" hung on the verb, its second name set off after a post of its own.
        (
            "Prosecutors had detained four of them by Friday night, including the mill's "
            "owner, Darko Velin, 58, and its chief engineer, Ivo Prasek.",
            {("detained", "Darko Velin"), ("detained", "Ivo Prasek")},
        ),
        # A second name set off after a post joined to the first, which the parser hangs on
        # the first post.
        (
            "His deputy, Farid Sadov, and a senior sanitary inspector for the city, Zara "
            "Kurbon, were charged with the same offence, the prosecutor's office said.",
            {("charged", "Farid Sadov"), ("charged", "Zara Kurbon")},
        ),
        # A verb said of people only, its subject a group of them.
        (
            "Nine guards were suspended on Monday, including the shift commander, Marko Ayom.",
            {("dismissed", "Marko Ayom")},
        ),
        # Nor of things.
        ("Train services were suspended, including the Kafue express, Marko Ayom said.", set()),
        # An inverted list whose first name the parser makes a modifier of the next post.
        (
            "Also detained were maintenance chief Lino Berta and safety officer Rada Okon.",
            {("detained", "Lino Berta"), ("detained", "Rada Okon")},
        ),
        # One the parser cuts into two sentences after "were".
        (
            "Also detained were production manager Tolga Er, occupational safety specialist "
            "Elif Doruk and shift supervisor Cem Kaya.",
            {("detained", "Tolga Er"), ("detained", "Elif Doruk"), ("detained", "Cem Kaya")},
        ),
        # The name set off after a post described by an adverb and its participle.
        (
            "A reporter for the privately owned Radio Kora TV, Ebo Mensah, was detained "
            "while filming on Saturday and released on Sunday without charge.",
            {("detained", "Ebo Mensah"), ("released", "Ebo Mensah")},
        ),
    ],
)
def test_those_who_share_what_a_verb_tells(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One person named in each of the two sentences before.
        (
            "The court ordered engineer Ivo Prasek to be held in custody. Operator Lino Berta "
            "was released on bail. Prosecutors charged both men on Tuesday with negligence.",
            {("released", "Lino Berta"), ("charged", "Ivo Prasek"), ("charged", "Lino Berta")},
        ),
        # Two in one sentence, each in a clause of their own.
        (
            "Engineer Ivo Prasek remains in custody, while operator Lino Berta is on bail. "
            "Both were charged in July.",
            {("detained", "Ivo Prasek"), ("charged", "Ivo Prasek"), ("charged", "Lino Berta")},
        ),
        # One person named before: "both men" points to no one.
        (
            "Police arrested Ivo Prasek on Monday. Prosecutors charged both men on Tuesday.",
            {("arrested", "Ivo Prasek")},
        ),
    ],
)
def test_both_men_are_the_two_named_one_each_before(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The list after the first post and name hung on the verb; the relative clause on its
        # last name said of those before it, not of the names after "as well as".
        (
            "The indictment, accepted on Monday by a city court, names the company's owner "
            "Rafael Ostrow, manager Dina Kell and foreman Tomas Brek, who remain in jail, as "
            "well as safety officer Anna Lind and contractor Olaf Tern.",
            {
                ("charged", "Rafael Ostrow"),
                ("charged", "Dina Kell"),
                ("charged", "Tomas Brek"),
                ("charged", "Anna Lind"),
                ("charged", "Olaf Tern"),
                ("detained", "Dina Kell"),
                ("detained", "Tomas Brek"),
            },
        ),
        # Named after a colon past the plural the arrest is of; held for trial by a court.
        (
            "The criminal court has ordered the arrest of three suspects pending trial: the "
            "owner of Kessel Chemie, Rafael Ostrow, general manager Dina Kell and production "
            "manager Tomas Brek.",
            {("arrested", "Rafael Ostrow"), ("arrested", "Dina Kell"), ("arrested", "Tomas Brek")},
        ),
        # An arrest ordered with no trial pending is a warrant, read as a charge.
        (
            "A judge ordered the arrest of two suspects: Dina Kell and Tomas Brek.",
            {("charged", "Dina Kell"), ("charged", "Tomas Brek")},
        ),
    ],
)
def test_lists_the_parser_scatters_past_the_first_name(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kin set beside the name before: a second person of the list.
        (
            "Prosecutors formally charged Elio Marca, his wife Ruth Pari and Isaac Vela with "
            "aggravated homicide.",
            {("charged", "Elio Marca"), ("charged", "Ruth Pari"), ("charged", "Isaac Vela")},
        ),
        (
            "The judge ordered 18 months of preventive detention against Elio Marca, his wife "
            "Ruth Pari and the second pastor Isaac Vela.",
            {("detained", "Elio Marca"), ("detained", "Ruth Pari"), ("detained", "Isaac Vela")},
        ),
        # Called alleged, a victim is no suspect; a party's group is no armed one.
        ("The alleged victim, Anna Lind, spoke to reporters on Monday.", set()),
        ("The party named the leader of its group in parliament as Anna Lind.", set()),
    ],
)
def test_kin_in_a_list_and_roles_that_name_no_suspect(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors charged two officers, Anna Lind and Olaf Tern, with homicide. Both "
            "remain in custody.",
            {
                ("charged", "Anna Lind"),
                ("charged", "Olaf Tern"),
                ("detained", "Anna Lind"),
                ("detained", "Olaf Tern"),
            },
        ),
        (
            "Police arrested Anna Lind and Olaf Tern on Monday. They remain in custody.",
            {
                ("arrested", "Anna Lind"),
                ("arrested", "Olaf Tern"),
                ("detained", "Anna Lind"),
                ("detained", "Olaf Tern"),
            },
        ),
        # No group named before: no one.
        ("Tomas Brek resigned. Both remain in custody.", {("resigned", "Tomas Brek")}),
    ],
)
def test_a_state_of_custody_said_of_a_group_named_before(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Items with ages and posts, parted by semicolons, and a source after the last.
        (
            "Those charged include the alleged ringleader Tomas Rebel, 45; his wife, Ilse "
            "Rebel, 41; pharmacist Aron Fenn, 38; two clerks of the licensing office, Petra "
            "Wolde, 47, and Nils Aker, 39; and a driver, Emil Sand, 29, the prosecutor's office "
            "said.",
            {
                ("charged", "Tomas Rebel"),
                ("charged", "Ilse Rebel"),
                ("charged", "Aron Fenn"),
                ("charged", "Petra Wolde"),
                ("charged", "Nils Aker"),
                ("charged", "Emil Sand"),
            },
        ),
        # An item that is a clause of its own ends the list.
        (
            "Police arrested Tomas Rebel, 40; his lawyer, Aron Fenn, said the arrest was unjust.",
            {("arrested", "Tomas Rebel")},
        ),
        # The source named after the last item is no item.
        (
            "Police arrested Tomas Rebel, 40; his wife, Ilse Rebel, 41; and a driver, Emil "
            "Sand, spokesman Aron Fenn said.",
            {("arrested", "Tomas Rebel"), ("arrested", "Ilse Rebel"), ("arrested", "Emil Sand")},
        ),
        # Naming some of those counted is no appointment: they are the arrested.
        (
            "Police have arrested four people. She named three of them: Kato Mulindwa, 32, a "
            "rider; Opio Jonas, 27; and Akello Grace, 24, a waitress at the bar.",
            {
                ("arrested", "Kato Mulindwa"),
                ("arrested", "Opio Jonas"),
                ("arrested", "Akello Grace"),
            },
        ),
        # Nor with no sentence on arrests before.
        ("She named three of them: Kato Mulindwa, 32, a rider; Opio Jonas, 27.", set()),
        # Names of one word, set off with their ages, whatever the recogniser typed them.
        (
            "Those charged include Rudi Hartawan, 45; clinic owners Suyanto, 56, and Warsini, "
            "49; and a driver, Dedi Purba, 29.",
            {
                ("charged", "Rudi Hartawan"),
                ("charged", "Suyanto"),
                ("charged", "Warsini"),
                ("charged", "Dedi Purba"),
            },
        ),
        # Surnames alone, of people the article named before.
        (
            "Prosecutors charged the director, Jamal Nazir, the manager, Dilshod Ergash, and the "
            "inspector, Sardor Yusup. The court ordered Nazir, Ergash and Yusup to be held in "
            "custody for two months.",
            {
                ("charged", "Jamal Nazir"),
                ("charged", "Dilshod Ergash"),
                ("charged", "Sardor Yusup"),
                ("detained", "Jamal Nazir"),
                ("detained", "Dilshod Ergash"),
                ("detained", "Sardor Yusup"),
            },
        ),
        # A post with no agent's ending.
        (
            "A third official, planning engineer Tomas Rebel, was suspended on Saturday.",
            {("dismissed", "Tomas Rebel")},
        ),
    ],
)
def test_lists_whose_items_semicolons_part(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert action_pairs(nlp, text, PUBLISHED) == expected
