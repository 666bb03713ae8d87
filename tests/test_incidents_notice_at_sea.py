"""A maritime notice of "an incident" at a spot at sea told from the coast is an event (GUIDE: unspecified
incidents are of type other), told in an article that holds no other word of conflict; one told on land is not."""

from datetime import date

import pytest

DAY = date(2025, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The agency has received a report of an incident 70 nautical miles northwest of Hodeidah, Yemen.",
        "The agency says a ship reported an incident 25 nm off Aden. The master of a merchant vessel reported a "
        "splash in the water near the ship. No damage was reported.",
    ],
)
def test_incident_at_sea_is_recorded(ex, text):
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert (inc.type, inc.country) == ("other", "Yemen")
    assert "nautical miles" in inc.location or "nm" in inc.location


def test_incident_on_land_stays_unrecorded(ex):
    """Near miss: an incident told on land by a distance is no maritime notice."""
    assert ex.extract("Police reported an incident 20 km north of Kyiv on Monday.", id="t", published=DAY).incidents == ()


def test_notice_then_its_blow_is_one_attack(ex):
    """The notice's spot passes to the blow told next: one attack, not an incident and an attack."""
    text = (
        "The agency has received a report of an incident 55 nautical miles west of Hodeidah, Yemen. "
        "The master reports that the vessel was hit by an unknown projectile."
    )
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert (inc.type, inc.location) == ("missile_attack", "55 nautical miles west of Hodeidah")
