"""A wire's lede told at no place of its own happened where its dateline files from ("KIRKUK, Iraq - Gunmen
ambushed a patrol on Monday"): the town, or a capital's whole country; kept, not dropped for want of a place."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 15)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("KIRKUK, Iraq - Gunmen ambushed a patrol on Monday, killing four, police said.", "Kirkuk", "Iraq"),
        # a capital's reporters tell of the whole country
        ("KHARTOUM - Drones hit a fuel depot on Monday, killing four, the army said.", "Sudan", "Sudan"),
        ("BAGHDAD — Two rockets hit near the airport on Monday, the army said. No group claimed it.", "Iraq", "Iraq"),
    ],
)
def test_lede_at_no_place_is_in_the_dateline_town(ex, text, place, country):
    (inc,) = ex.extract(text, id="t", published=PUBLISHED).incidents
    assert (inc.location, inc.country) == (place, country)


def test_a_place_told_in_the_lede_wins(ex):
    # control: the dateline's town is only where the reporter is when the lede names a scene
    (inc,) = ex.extract("BEIRUT — Israeli strikes hit Gaza on Monday, killing 12, medics said.", id="t", published=PUBLISHED).incidents
    assert inc.location == "Gaza"


def test_a_vague_mention_stays_unplaced(ex):
    # control: no day and no toll, nothing told in full
    facts = ex.extract("KHARTOUM - Drone attacks have become common, the army said.", id="t", published=PUBLISHED)
    assert facts.incidents == ()
