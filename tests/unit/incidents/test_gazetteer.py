from streams.incidents.gazetteer import countries_having, country_of, place_of, shared_name


def test_gazetteer_reads_demonyms_cities_and_accents() -> None:
    assert country_of("Kazakh") == "Kazakhstan"
    assert country_of("Almatí") == "Kazakhstan"
    assert country_of("Kyrgyz") == "Kyrgyzstan"
    assert country_of("Pluto") is None
    # The short forms news uses.
    assert country_of("PNG") == "Papua New Guinea"
    assert country_of("DRC") == "Democratic Republic of the Congo"


def test_the_table_knows_regions() -> None:
    assert country_of("Ndola") == "Zambia"
    assert country_of("Cabo Delgado") == "Mozambique"
    assert country_of("Marrow") is None


def test_congo_alone_is_the_larger_country() -> None:
    assert country_of("Congo") == "Democratic Republic of the Congo"
    assert country_of("Brazzaville") == "Republic of the Congo"


def test_packages_add_provinces_and_towns() -> None:
    assert place_of("Settat") == "Morocco"  # ISO 3166-2 province
    assert place_of("Bagmati") == "Nepal"  # ISO 3166-2 province
    assert place_of("Sha Tin") == "China"  # GeoNames town; the table files Hong Kong under China


def test_names_of_two_countries_name_none() -> None:
    assert place_of("Punjab") is None  # a province of Pakistan and a state of India
    assert place_of("Nowhere Flats") is None


def test_a_name_two_countries_share_is_known_as_shared() -> None:
    assert shared_name("Punjab") and place_of("Punjab") is None
    assert not shared_name("Settat") and not shared_name("Atlantis")


def test_plain_words_of_direction_or_landform_name_no_place() -> None:
    # Regions of Cameroon, Yemen, Tanzania, South Sudan and Papua New Guinea are so named;
    # any report uses these words of its own country.
    for name in ("East", "Far North", "South-West", "City", "Coast", "Lakes", "Gulf"):
        assert place_of(name) is None and not shared_name(name), name
    assert place_of("Western Cape") == "South Africa"  # a direction and a proper name


def test_a_city_that_shares_its_name_with_a_smaller_town_abroad_may_be_either() -> None:
    # A Japanese city and an Uzbek town of fewer people: the city's, unless a text names the
    # other country.
    assert place_of("Asaka") == "Japan" and countries_having("Asaka") == {"Japan"}
    assert countries_having("Asaka", smaller=True) == {"Japan", "Uzbekistan"}
    # A main city of the table stays its country's.
    assert countries_having("Dhaka", smaller=True) == {"Bangladesh"}


def test_a_city_is_known_by_its_spellings_one_letter_apart() -> None:
    assert place_of("Andijan") == "Uzbekistan"  # GeoNames: Andijon
    assert place_of("Kharkov") == "Ukraine"  # GeoNames: Kharkiv
