"""A town told after its country's adjective and its kind ("the central Ukrainian city of X") is the gazetteer's
town, at its own point: a country holds every town in it, so its point says nothing of where the town lies, and
the town is no spot "within" the country that a country-wide event would share.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 4, 5)


def _incidents(ex, text):
    return ex.extract(text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("A Russian drone struck a hospital in the northeastern Ukrainian city of Sumy on Friday, wounding eight people.",
         ("Sumy", 50.9, 34.8)),
        ("Israeli jets struck a depot in the Syrian city of Homs on Friday, a monitor said.", ("Homs", 34.7, 36.7)),
    ],
)  # fmt: skip
def test_a_town_told_by_its_country_adjective_keeps_its_point(ex, text, where):
    (inc,) = _incidents(ex, text)
    assert (inc.location, round(inc.lat, 1), round(inc.lon, 1)) == where, inc


def test_control_a_town_told_of_its_province_still_lies_by_it(ex):
    # "the Odesa port of X": a town before "of" still places a name with no namesake near it at its own point
    (inc,) = _incidents(ex, "Drones hit the Odesa port of Izmail on Friday, wounding two workers, the governor said.")
    assert (inc.location, inc.country, inc.lat, inc.lon) == ("Izmail", "Ukraine", 46.48, 30.72), inc


def test_a_hit_told_before_the_nights_tally_stays_its_own_event(ex):
    # GUIDE: one record per real event; a missile on a town and the night's counted barrage over the whole
    # country are two, the town being no spot "within" the country the barrage is placed by
    text = (
        "KYIV, April 5 (Wire) - A Russian missile hit a shopping street in the southern Ukrainian city of Mykolaiv on "
        "Friday evening, killing six people and wounding 22, the mayor said.\n\n"
        "Rescuers were still searching the rubble on Saturday morning.\n\n"
        "Overnight, Russia launched 85 drones and three missiles at Ukraine, the air force said."
    )
    counts = sorted((i.location, i.count) for i in _incidents(ex, text) if i.type == "missile_attack")
    assert counts == [("Mykolaiv", 1), ("Ukraine", 88)]


def test_control_a_barrage_told_first_and_one_of_it_hitting_a_town(ex):
    # "one of them" makes the hit a share of the barrage told just before: a part at its own town, the barrage
    # kept whole over the country (test_linking_one_of_them_own_town); the part counts its one missile (GUIDE:
    # count is the number of projectiles), as test_linking_tally_after_hit now pins
    found = _incidents(ex, "KYIV, April 5 (Wire) - Russia fired 40 missiles at Ukraine overnight. One of them hit Lviv, killing two.")
    attacks = sorted((i.location, i.count, i.casualties.killed) for i in found if i.type == "missile_attack")
    assert attacks == [("Lviv", 1, 2), ("Ukraine", 40, None)], found
