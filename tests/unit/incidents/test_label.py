import pytest

from streams.incidents.label import describe, hinted_incident_id


@pytest.mark.parametrize(
    ("incident", "label", "country"),
    [
        (
            "south-sudan-conflict-2023-01-05-0f0f",
            "South Sudan conflict, 5 January 2023",
            "South Sudan",
        ),
        (
            "democratic-republic-of-the-congo-flood-2023-04-11-a1b2",
            "Democratic Republic of the Congo flood, 11 April 2023",
            "Democratic Republic of the Congo",
        ),
        ("unknown-incident-2021-12-30-9999", "Unknown place incident, 30 December 2021", None),
        # Ids of earlier versions, still on topics, keep their labels.
        ("kenya-protests-2024", "Kenya protests, 2024", "Kenya"),
        ("kazakhstan-unrest-2022-01", "Kazakhstan unrest, January 2022", "Kazakhstan"),
    ],
)
def test_label_is_derived_from_the_id(incident: str, label: str, country: str | None) -> None:
    found = describe(incident)
    assert (found.label, found.country) == (label, country)


def test_the_event_type_is_read_from_the_id() -> None:
    assert describe("kenya-protests-2024").event == "protests"
    assert describe("south-sudan-conflict-2023-01-05-0f0f").event == "conflict"
    assert describe("story-story-42-floods").event is None


def test_hints() -> None:
    hinted = hinted_incident_id("Story #42: Floods")
    assert hinted == "story-story-42-floods"
    assert describe(hinted).country is None
