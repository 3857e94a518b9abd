import pytest

from streams.incidents.label import describe, hinted_incident_id, incident_id


@pytest.mark.parametrize(
    ("made", "label", "country"),
    [
        (
            incident_id("South Sudan", "conflict", 2023, None),
            "South Sudan conflict, 2023",
            "South Sudan",
        ),
        (
            incident_id("Democratic Republic of the Congo", "flood", 2023, 4),
            "Democratic Republic of the Congo flood, April 2023",
            "Democratic Republic of the Congo",
        ),
        (incident_id(None, "incident", 2021, 12), "Unknown place incident, December 2021", None),
    ],
)
def test_label_is_derived_from_the_id(made: str, label: str, country: str | None) -> None:
    assert describe(made) == (label, country)


def test_ids_are_readable() -> None:
    assert incident_id("South Sudan", "conflict", 2023, None) == "south-sudan-conflict-2023"
    assert incident_id("Turkey", "earthquake", 2023, 2) == "turkey-earthquake-2023-02"


def test_unknown_types_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown event type"):
        incident_id("Chad", "disaster", 2023, 1)


def test_hints() -> None:
    hinted = hinted_incident_id("Story #42: Floods")
    assert hinted == "story-story-42-floods"
    assert describe(hinted).country is None


def test_ids_made_before_event_types_keep_their_labels() -> None:
    assert describe("kazakhstan-unrest-2022-01") == (
        "Kazakhstan unrest, January 2022",
        "Kazakhstan",
    )
