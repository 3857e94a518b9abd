import pytest

from streams.extract.numbers import find_quantities, number_value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("4,400", 4400, 4400, 4400, "exact"),
        ("4.400", 4400, 4400, 4400, "exact"),
        ("4 400", 4400, 4400, 4400, "exact"),
        ("twenty-six", 26, 26, 26, "exact"),
        ("two thousand", 2000, 2000, 2000, "exact"),
        ("1.2 million", 1_200_000, 1_200_000, 1_200_000, "exact"),
        ("a hundred", 100, 100, 100, "exact"),
        ("two dozen", 24, 24, 24, "exact"),
        ("more than 4,400", 4400, 4400, None, "more_than"),
        ("over 300", 300, 300, None, "more_than"),
        ("past 500", 500, 500, None, "more_than"),
        ("exceeded 400", 400, 400, None, "more_than"),
        ("passed 12,000", 12000, 12000, None, "more_than"),
        ("topped 500", 500, 500, None, "more_than"),
        ("crossed 1,000", 1000, 1000, None, "more_than"),
        ("at least 26", 26, 26, None, "at_least"),
        ("26 or more", 26, 26, None, "at_least"),
        ("about 2,000", 2000, 1800, 2200, "about"),
        ("around 6,000", 6000, 5400, 6600, "about"),
        ("some 50", 50, 45, 55, "about"),
        ("nearly 200", 200, 180, 200, "about"),
        ("nears 2,500", 2500, 2250, 2500, "about"),
        ("approaching 400", 400, 360, 400, "about"),
        ("almost 100", 100, 90, 100, "about"),
        ("up to 50", 50, 0, 50, "up_to"),
        ("as many as 300", 300, 0, 300, "up_to"),
        ("fewer than 10", 10, 0, 9, "up_to"),
        ("between 20 and 30", 20, 20, 30, "about"),
        ("20 to 30", 20, 20, 30, "about"),
        ("dozens", 12, 12, 99, "vague"),
        ("several dozen", 36, 36, 99, "vague"),
        ("a few dozen", 24, 24, 99, "vague"),
        ("Dozens", 12, 12, 99, "vague"),
        ("hundreds", 100, 100, 999, "vague"),
        ("thousands", 1000, 1000, 9999, "vague"),
        ("tens of thousands", 10_000, 10_000, 99_999, "vague"),
        ("several", 3, 3, 9, "vague"),
        ("several hundred", 300, 300, 999, "vague"),
        ("a few thousand", 2000, 2000, 5999, "vague"),
        ("scores", 20, 20, 99, "vague"),
        ("tens", 10, 10, 99, "vague"),
    ],
)
def test_reads_one_quantity(
    text: str, value: int, low: int, high: int | None, qualifier: str
) -> None:
    [quantity] = find_quantities(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.qualifier) == (
        value,
        low,
        high,
        qualifier,
    )
    assert quantity.as_written == text


def test_a_change_is_two_numbers_not_a_range() -> None:
    assert [q.value for q in find_quantities("the toll rose from 26 to 44")] == [26, 44]
    assert [q.value for q in find_quantities("the toll rose by 30 to 210")] == [30, 210]
    # A day of a month, then the count a total came to.
    found = find_quantities("bringing the total detained since March 12 to 175")
    assert [q.value for q in found] == [12, 175]
    # Descending, a count and then the first of its parts.
    found = find_quantities("the toll is 31 - twelve guards, nine inmates and ten others")
    assert [q.value for q in found] == [31, 12, 9, 10]
    # In words too, where the dash is no hyphen of one number.
    found = find_quantities("the toll is five - three guards and two inmates")
    assert [q.value for q in found] == [5, 3, 2]
    assert [q.value for q in find_quantities("twenty - five guards died")] == [25]


def test_separate_numbers_in_one_sentence() -> None:
    found = find_quantities("killed twenty-six demonstrators and eighteen officers died")
    assert [(q.value, q.qualifier) for q in found] == [(26, "exact"), (18, "exact")]


def test_spans_point_at_the_text() -> None:
    text = "Police said more than 4,400 people were held."
    [quantity] = find_quantities(text)
    assert text[quantity.start : quantity.end] == "more than 4,400"
    assert text[quantity.num_start : quantity.num_end] == "4,400"


@pytest.mark.parametrize("text", ["an 81-year-old man", "he is 56 years old"])
def test_ages_are_not_counts(text: str) -> None:
    assert find_quantities(text) == []


def test_a_time_of_day_is_no_count() -> None:
    # A live page's entries open on the time they were written.
    found = find_quantities("16:40 - Police have detained seven people; at 9:15 three more.")
    assert [q.value for q in found] == [7, 3]
    assert [q.value for q in find_quantities("Dead: 41. Injured: 120.")] == [41, 120]


def test_decimal_before_scale_is_a_point() -> None:
    assert number_value("2.2 million") == 2_200_000
    assert number_value("4.400") == 4400


def test_vague_list_gives_each_word() -> None:
    found = find_quantities("hundreds injured and thousands arrested")
    assert [q.as_written for q in found] == ["hundreds", "thousands"]


def test_counts_are_exact_integers_never_through_a_float() -> None:
    assert number_value("1.2 million") == 1_200_000
    assert number_value("1.25 million") == 1_250_000
    assert number_value("4,700,000,123") == 4_700_000_123
    # 0.29 * 100 is 28.999999999999996 as a float.
    assert number_value("0.29 hundred") == 29
    assert number_value("2.5") is None  # no whole count


@pytest.mark.parametrize(
    "text",
    [
        "1,000,000,000,000 dead",
        "12345678901234567890123456 people were killed",
        "9 billion people died",
        "-5 dead",
    ],
)
def test_no_count_above_the_world_population_nor_below_zero(text: str) -> None:
    assert find_quantities(text) == []


def test_the_ceiling_itself_is_still_a_count() -> None:
    [quantity] = find_quantities("8.2 billion people")
    assert quantity.value == 8_200_000_000
