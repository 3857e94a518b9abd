import datetime as dt

from schemas.article import Article
from streams.clean.boilerplate import clean, is_furniture

BODY = """Friday, April 19, 2024
HomeWorldLeaders meet on the crisis

Leaders meet on the crisis
Leaders meet on the crisis

Troops arrive in the city. / afp

At least 12 people were killed in the clashes, officials said.
Protesters gather in front of the parliament building in the capital
Story highlights

PREV Some other story about markets
NEXT Another unrelated story

Author Information
I am a writer. Address: 12 Main Street Phone: (+1) 555-123-4567 Email: [email protected]
Recent posts"""


def article(body: str = BODY) -> Article:
    return Article(id="a1", published_at=dt.datetime(2022, 1, 8, tzinfo=dt.UTC), body=body)


def test_keeps_the_story_and_drops_furniture() -> None:
    text = clean(article()).text
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines == [
        "Leaders meet on the crisis",
        "At least 12 people were killed in the clashes, officials said.",
    ]


def test_offsets_map_back_to_the_body() -> None:
    cleaned = clean(article())
    sentence = "At least 12 people were killed in the clashes, officials said."
    start = cleaned.text.index(sentence)
    body_start = cleaned.body_offset(start)
    body_end = cleaned.body_offset(start + len(sentence))
    assert cleaned.article.body[body_start:body_end] == sentence


def test_every_kept_line_is_a_body_line() -> None:
    cleaned = clean(article())
    for line in cleaned.kept:
        text = cleaned.text[line.text_start : line.text_start + line.length]
        assert cleaned.article.body[line.body_start : line.body_start + line.length] == text


def test_crlf_bodies_keep_offsets() -> None:
    cleaned = clean(article("Story highlights\r\nFive people died on Monday.\r\n"))
    start = cleaned.text.index("Five")
    assert cleaned.article.body[cleaned.body_offset(start) :].startswith("Five people died")


def test_article_sentences_are_not_furniture() -> None:
    assert not is_furniture("Police said 20 people were arrested in Almaty on Friday.")
    assert not is_furniture("The government resigned.")
    assert is_furniture("Moscow, RussiaUpdated: Jan 08, 2022, 04:52 PM IST")
    assert is_furniture("Troops stand guard at the square, January 6, 2022. REUTERS/Jane Doe")


def test_an_embed_card_keeps_its_excerpt_only() -> None:
    body = (
        "Officials said 12 people died in the blaze, while three others died in … Continue reading "
        "City Tower Fire Leaves 12 Dead, Builders Held Copy and paste this link into your "
        "page to embed\nCopy and paste this html into your page\n"
        "Officials said they would continue reading the names on Monday."
    )
    cleaned = clean(article(body))
    assert cleaned.text.splitlines() == [
        "Officials said 12 people died in the blaze, while three others died in",
        "Officials said they would continue reading the names on Monday.",
    ]
    assert [k.body_start for k in cleaned.kept] == [0, body.index("Officials said they")]


def test_a_wires_credits_are_furniture_and_a_report_on_reporting_is_not() -> None:
    # The wire's staff would otherwise read as people of the story, shared by every report.
    assert is_furniture("(Reporting by Ana Sow in Thies; Editing by Tom Reyes)")
    assert is_furniture("Writing by Ana Sow; additional reporting by Ali Ba in Kolda")
    assert not is_furniture("Reporting by state media said 12 people died in the fire.")


def test_a_link_to_another_story_under_its_label_is_furniture() -> None:
    # The linked headline names another event's town, which the report would otherwise share.
    assert is_furniture("Read more: Police arrest organiser of the Dorlen attack")
    assert is_furniture("Also read - Floods leave 12 dead in Arlo")
    assert not is_furniture("Read more about the floods in our live blog.")
