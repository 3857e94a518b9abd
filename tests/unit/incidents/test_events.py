import pytest
from spacy.language import Language

from streams.incidents.event_types import EVENT_TYPES, UNTYPED
from streams.incidents.events import event_type

# One sentence per row of the table, in the row's order.
ROW_SENTENCES = {
    "earthquake": "A strong earthquake flattened homes in the hills, killing 40 villagers.",
    "tsunami": "A tsunami swept the coast of Pelago Bay and 12 fishermen died.",
    "storm": "The cyclone made landfall on Sunday and killed nine people.",
    "flood": "Floods swept through the valley overnight, leaving 30 dead.",
    "eruption": "The volcano's eruption buried two hamlets and 11 people died.",
    "landslide": "A landslide buried a bus on the mountain road and 17 died.",
    "wildfire": "A wildfire tore through the pine forest and killed six hikers.",
    "fire": "A blaze gutted the textile market and 14 traders died.",
    "collapse": "A five-storey block collapsed in the old town, killing eight residents.",
    "crush": "A stampede at the stadium gates killed 21 fans.",
    "crash": "The ferry capsized on the lake and 33 passengers died.",
    "bombing": "A suicide bomber blew himself up at the bus station, killing 19.",
    "explosion": "An explosion at the fertiliser plant killed seven workers.",
    "protests": "Police fired tear gas at protesters and two demonstrators died.",
    "shooting": "Gunmen opened fire on a wedding party, killing seven guests.",
    "lynching": "A mob lynched two herders at the cattle market, and four people were hurt.",
    "coup": "Army officers staged a mutiny at the barracks and four soldiers died.",
    "conflict": "Shelling of the frontline town killed five civilians as the war dragged on.",
    "epidemic": "The cholera outbreak has killed 52 people in the delta.",
    "heatwave": "The heatwave has killed 38 elderly people across the south.",
    "drought": "The drought has left 80 herders dead across the plateau.",
    "poisoning": "Bootleg hooch sold in the slum has killed 23 labourers.",
}


def test_every_row_has_a_sentence() -> None:
    assert list(ROW_SENTENCES) == [row.slug for row in EVENT_TYPES]


@pytest.mark.parametrize(("slug", "sentence"), sorted(ROW_SENTENCES.items()))
def test_each_row_names_its_type(nlp: Language, slug: str, sentence: str) -> None:
    assert event_type(nlp(sentence)).slug == slug


def test_no_event_word_is_untyped(nlp: Language) -> None:
    assert event_type(nlp("The minister named eleven new cabinet members.")) is UNTYPED


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        # A tower that fell in an earthquake is the earthquake's.
        (
            "Rescuers pulled two more bodies from the collapsed tower in Riverton. "
            "The building collapsed during the earthquake and 40 workers are still under the "
            "rubble. The collapse has killed 60 people so far.",
            "earthquake",
        ),
        # A curfew after a mutiny is the mutiny's.
        (
            "The curfew in Port Varo was extended for a third night. Police said 400 people "
            "were arrested for breaking the curfew, and 12 officers are held over the mutiny. "
            "The mutiny left 19 people dead.",
            "coup",
        ),
    ],
)
def test_a_consequence_named_with_its_cause_is_the_causes(
    nlp: Language, body: str, slug: str
) -> None:
    assert event_type(nlp(body)).slug == slug


def test_a_passing_mention_of_another_disaster_moves_nothing(nlp: Language) -> None:
    body = (
        "A blaze swept through a hostel in the capital, killing 12 students. "
        "Firefighters fought the fire for six hours, weeks after an earthquake shook the north."
    )
    assert event_type(nlp(body)).slug == "fire"


def test_a_cave_in_is_a_collapse_and_a_cave_none(nlp: Language) -> None:
    assert event_type(nlp("A cave-in at the gold pit killed four miners.")).slug == "collapse"
    assert event_type(nlp("The shaft caved in on Monday, trapping six miners.")).slug == "collapse"
    body = "Four hikers died in a cave in the hills after heavy rain trapped them."
    assert event_type(nlp(body)).slug != "collapse"


def test_gunfire_and_storming_are_no_blaze_and_no_storm(nlp: Language) -> None:
    body = (
        "Protesters stormed the parliament and police opened fire on the crowd, killing "
        "three demonstrators. Protesters also stormed the state broadcaster."
    )
    assert event_type(nlp(body)).slug == "protests"


@pytest.mark.parametrize(
    "headline",
    [
        "Police fire tear gas at bread protesters in Lowland",
        "Gunmen open fire at Lowland protest rally",
        "Protesters storm parliament in Lowland",
        "Police fire on bread protesters in Lowland",
        "Troops fire into crowd of Lowland protesters",
    ],
)
def test_a_headline_s_gunfire_and_storming_are_no_blaze_and_no_storm(
    nlp: Language, headline: str
) -> None:
    body = "Three people were killed and 25 injured, a rights group said."
    assert event_type(nlp(body), headline).slug == "protests"
    # In the body too, however the parser tags it.
    assert event_type(nlp(f"{headline}. {body}")).slug == "protests"


def test_police_who_fire_on_strikers_make_no_blaze(nlp: Language) -> None:
    # A headline read from an address's slug, which drops the "on".
    body = "Six striking miners were killed and 23 hurt, a union said."
    assert event_type(nlp(body), "Lowland Police Fire Striking Miners Tarn").slug != "fire"


@pytest.mark.parametrize(
    ("headline", "slug"),
    [("Fire at Lowland market kills 12", "fire"), ("After the storm the river rose", "storm")],
)
def test_a_blaze_or_a_storm_before_a_preposition_or_after_an_article_stays_one(
    nlp: Language, headline: str, slug: str
) -> None:
    body = "Twelve people were killed, officials said."
    assert event_type(nlp(body), headline).slug == slug
    assert event_type(nlp(f"{headline}. {body}")).slug == slug


def test_troops_that_crush_a_mutiny_make_no_crowd_crush(nlp: Language) -> None:
    body = "Gunfire rang out for hours at the barracks and eleven people were killed."
    headline = "Loyal troops crush mutiny in Port Varo"
    assert event_type(nlp(body), headline).slug == "coup"


def test_a_protest_as_a_manner_is_no_protest(nlp: Language) -> None:
    body = "Nine workers were killed at a textile mill, and traders shut their stalls in protest."
    assert event_type(nlp(body)).slug == "incident"
    body = "Nine people were killed in the protests, and shops shut in protest."
    assert event_type(nlp(body)).slug == "protests"


def test_torrential_rains_are_a_storm_and_marching_in_the_rain_is_not(nlp: Language) -> None:
    body = "Torrential rains lashed the coast overnight, and 31 people died in the region."
    assert event_type(nlp(body)).slug == "storm"
    body = "Protesters marched in the rain, and police said two demonstrators died. Rain fell."
    assert event_type(nlp(body)).slug == "protests"


def test_an_outbreak_named_beside_the_floods_is_the_floods_crisis(nlp: Language) -> None:
    body = "A cholera outbreak in the camps has killed 14 people since the floods, medics said."
    assert event_type(nlp(body)).slug == "flood"
    assert event_type(nlp("The cholera outbreak has killed 52 people.")).slug == "epidemic"


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        # The rains an outbreak peaks before are a season, not its cause.
        (
            "An outbreak of meningitis has killed 40 people, and cases usually peak in the dry "
            "months before the rains.",
            "epidemic",
        ),
        # A political lynching is a figure of speech.
        (
            "The mayor was suspended after nine people died when two cabins fell, and he "
            "called the suspension a political lynching.",
            "incident",
        ),
        # A burst dam is where its flood began.
        (
            "A dam gave way before dawn on Tuesday in the hills, and at least nine people died.",
            "flood",
        ),
        # A mudflow is a landslide.
        ("A mudflow buried cars queuing at the border post, and five people died.", "landslide"),
        # The means of fighting a fire name none.
        (
            "Nine students died in the hostel. The owner had been told in December to install "
            "fire-fighting equipment and fire exits.",
            "incident",
        ),
    ],
)
def test_words_that_name_no_event_or_another(nlp: Language, body: str, slug: str) -> None:
    assert event_type(nlp(body)).slug == slug


def test_a_roof_that_caves_in_during_the_seasons_rain_is_its_own_event(nlp: Language) -> None:
    body = (
        "The roof of a school dormitory collapsed during heavy monsoon rain, killing eight "
        "boys. Rescuers searched the rubble of the collapsed building for two more. The "
        "monsoon is expected to last another week."
    )
    assert event_type(nlp(body), "Dormitory roof collapse kills eight").slug == "collapse"
    # A storm's winds that bring a roof down keep it in the storm's incident.
    body = (
        "The cyclone tore through the coast overnight, and a school roof collapsed, killing "
        "eight boys. The cyclone has killed 40 people."
    )
    assert event_type(nlp(body)).slug == "storm"


def test_an_outbreak_of_violence_is_no_epidemic(nlp: Language) -> None:
    body = "Since the outbreak of violence on Friday, 31 people have died, and a curfew holds."
    assert event_type(nlp(body)).slug == "protests"


def test_a_fire_after_a_crash_is_the_crash(nlp: Language) -> None:
    body = (
        "The airliner's crash on landing left 14 dead. The fire that started in the cabin "
        "killed most of them, and firefighters fought the blaze for an hour. Investigators "
        "reached the crash site on Monday."
    )
    assert event_type(nlp(body)).slug == "crash"


def test_a_war_keeps_its_air_strikes(nlp: Language) -> None:
    body = "An airstrike on a market killed 23 people as the war entered its third year."
    assert event_type(nlp(body)).slug == "conflict"


@pytest.mark.parametrize(
    ("headline", "slug"),
    [("Floods in Lowland kill 30", "flood"), ("Riots spread to the capital", "protests")],
)
def test_capitalised_plurals_name_their_type(nlp: Language, headline: str, slug: str) -> None:
    assert event_type(nlp(headline)).slug == slug


def test_the_headline_names_the_event_when_the_body_does_not(nlp: Language) -> None:
    body = "The disaster agency said 85 people remained in hospital after the count was revised."
    assert event_type(nlp(body)) is UNTYPED
    assert event_type(nlp(body), "Lowland revises flood toll").slug == "flood"


def test_people_trampled_by_a_crowd_are_a_crush(nlp: Language) -> None:
    body = "Eleven pilgrims were trampled to death at the temple gate on Sunday."
    assert event_type(nlp(body)).slug == "crush"


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        # The verb of a flood, not its noun; "flooded with" is said of crowds and calls.
        ("Torrential rain flooded towns across the south, killing at least 51 people.", "flood"),
        ("Streets in Marrowby were inundated and 12 people died.", "flood"),
        ("Hospitals were flooded with the wounded after the blast killed 12 people.", "explosion"),
    ],
)
def test_floods_as_a_verb(nlp: Language, body: str, slug: str) -> None:
    assert event_type(nlp(body)).slug == slug


@pytest.mark.parametrize(
    "body",
    [
        "Divers searched the hull on the third day after the capsizing, as the toll rose to 40.",
        "The sinking of the passenger boat left 40 people dead on the river.",
        "Ten days after the river boat overturned, the search closed with 31 people dead.",
        "Day three of the ferry disaster: divers reached the wreck and the toll rose to 18.",
    ],
)
def test_a_boat_that_capsized_or_sank_is_a_crash(nlp: Language, body: str) -> None:
    assert event_type(nlp(body)).slug == "crash"


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        # A blast at a depot, the fire it started and the firefighters: an accident.
        ("A blast tore through the solvent depot at the docks and killed five workers. The "
         "fire burned all night, and firefighters found two more bodies at dawn. Firefighters "
         "said the explosion was heard ten kilometres away.", "explosion"),
        # A blast named beside a bomber is the bombing's.
        ("The blast killed 14 people at the market. Police said a suicide bomber had walked "
         "into the crowd; the explosion wrecked a dozen stalls.", "bombing"),
    ],
)  # fmt: skip
def test_a_blast_is_a_bombing_only_beside_a_bomb(nlp: Language, body: str, slug: str) -> None:
    assert event_type(nlp(body)).slug == slug


def test_trains_that_collided_are_a_crash(nlp: Language) -> None:
    body = (
        "Two commuter trains collided near Halden station at rush hour, killing 11 people. "
        "Firefighters worked for hours after the collision."
    )
    assert event_type(nlp(body)).slug == "crash"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            None,
            "A bus and a lorry hit each other on the coast road and nine people died. The fire "
            "brigade cut survivors free, and fire crews stayed at the scene all night; the "
            "fire service said the toll may rise.",
        ),
        ("Fire Brigade Says Nine Dead On Coast Road", "Nine people died on the coast road."),
    ],
)
def test_the_fire_brigade_at_a_crash_is_no_fire(
    nlp: Language, title: str | None, body: str
) -> None:
    assert event_type(nlp(body), title).slug != "fire"


def test_houses_set_on_fire_in_a_raid_by_bandits_are_a_shooting(nlp: Language) -> None:
    body = (
        "Armed bandits attacked a farming village on Friday night, killing 17 people. The "
        "attackers set several houses on fire before leaving."
    )
    assert event_type(nlp(body)).slug == "shooting"


def test_shops_set_on_fire_in_clashes_name_no_fire(nlp: Language) -> None:
    body = "Clashes went on for a second night; shops were set on fire and 30 people were hurt."
    assert event_type(nlp(body)).slug != "fire"


@pytest.mark.parametrize(
    ("title", "slug"),
    [("Settlement Fire Kills 12 In Hill Camp", "fire"), ("Mobs Set Fire To Shops", "incident")],
)
def test_a_headline_word_that_only_begins_like_a_verb_is_no_verb(
    nlp: Language, title: str, slug: str
) -> None:
    assert event_type(nlp("Twelve people died."), title).slug == slug


def test_an_attack_on_a_village_is_a_shooting_and_a_bomb_attack_a_bombing(nlp: Language) -> None:
    body = (
        "Armed men attacked the village of Okpeka at night and 14 residents died. The "
        'attackers burnt 30 houses. "The rains have come and we cannot farm," a widow said.'
    )
    assert event_type(nlp(body)).slug == "shooting"
    body = (
        "A suicide bomber struck the bus station, killing 19. The attack was the deadliest "
        "this year, and the attacker's bomb was packed with nails."
    )
    assert event_type(nlp(body)).slug == "bombing"


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        # A robbery or a hostage-taking by armed men is typed as their attack.
        (
            "Robbers held 12 people hostage inside a bank branch for six hours, and a security "
            "guard was killed before police stormed the building.",
            "shooting",
        ),
        # A named disease is an epidemic.
        (
            "Dengue has killed 29 people this year, and 30,000 cases have been confirmed.",
            "epidemic",
        ),
        ("Measles killed 11 children in the camp, the agency said.", "epidemic"),
    ],
)
def test_robberies_and_named_diseases_have_their_types(nlp: Language, body: str, slug: str) -> None:
    assert event_type(nlp(body)).slug == slug


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("A grenade thrown into a crowded bar killed three people and wounded 34.", "bombing"),
        (
            "A sandstorm swept across the south on Monday. Four people died when their minibus "
            "collided with a lorry in near-zero visibility during the sandstorm.",
            "storm",
        ),
    ],
)
def test_words_of_a_kind_beyond_the_rows_sentences(nlp: Language, body: str, slug: str) -> None:
    assert event_type(nlp(body)).slug == slug
