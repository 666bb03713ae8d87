"""A launch told as forestalled ("before they could be launched", "prior to their launch", "before launch") is
no event: weapons a far-flying state's forces ruined on the ground so were struck from the air."""

from datetime import date

import pytest

DAY = date(2025, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "U.S. forces on Tuesday destroyed three Houthi cruise missiles on the ground in Yemen before they could "
        "be launched, officials said.",
        "U.S. forces destroyed four Houthi drones in Yemen prior to their launch, the Pentagon said on Monday.",
        "U.S. forces destroyed a Houthi missile before launch in Yemen on Tuesday.",
    ],
)
def test_weapons_ruined_before_launch_were_struck(ex, text):
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert (inc.type, inc.country, inc.actors) == ("air_strike", "Yemen", ("United States",))


def test_what_was_destroyed_in_the_air_stays_an_interception(ex):
    text = "U.S. forces destroyed three Houthi drones in mid-air over the Red Sea on Tuesday, officials said."
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert inc.type == "interception"


def test_a_launch_told_done_stays_a_missile_attack(ex):
    text = "The Houthis launched three missiles at a cargo ship in the Red Sea on Tuesday, officials said."
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert (inc.type, inc.actors) == ("missile_attack", ("Houthis",))
