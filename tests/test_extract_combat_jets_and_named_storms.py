"""Combat jets named by their type are the doers of a strike ("RAF Typhoons struck"), and a storm named by its
name ("Typhoon Haiyan struck") is a natural hazard, not an attack."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March, RAF Typhoons struck a militant hideout in the hills north of Palmyra.",
        "On 12 March, RAF Tornados struck a militant hideout north of Palmyra.",
        "On 12 March, two Gripen jets struck a militant depot north of Palmyra.",
    ],
)
def test_jets_by_type_strike(ex, text):
    (inc,) = ex.extract(text, id="t", published=PUBLISHED).incidents
    assert inc.type == "air_strike" and inc.date == "2025-03-12"


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Haiyan struck the coast on 12 March, killing 600 people.",
        "Cyclone Idai hit Beira on 12 March, killing 60 people.",
        # control: the hazard told without a name stays no attack too
        "Tornadoes struck Kentucky on 12 March, killing six people.",
    ],
)
def test_named_storms_are_no_attack(ex, text):
    assert ex.extract(text, id="t", published=PUBLISHED).incidents == ()
