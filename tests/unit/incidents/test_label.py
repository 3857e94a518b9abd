from streams.incidents.label import describe, hinted_incident_id, incident_id


def test_label_is_derived_from_the_id() -> None:
    made = incident_id("South Sudan", "conflict", 2023, 4)
    assert made == "south-sudan-conflict-2023-04"
    assert describe(made) == ("South Sudan conflict, April 2023", "South Sudan")


def test_unknown_country_and_hints() -> None:
    assert (
        describe(incident_id(None, "disaster", 2021, 12)).label
        == "Unknown place disaster, December 2021"
    )
    hinted = hinted_incident_id("Story #42: Floods")
    assert hinted == "story-story-42-floods"
    assert describe(hinted).country is None
