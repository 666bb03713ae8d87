"""A name told "in <country>'s <province>" lies in that country, at that province's point, even where the
world list knows the name only as a town of another country."""

from __future__ import annotations

from datetime import date


def _one(ex, text):
    (i,) = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return i


def test_a_camp_told_in_a_countrys_province_is_there_not_a_namesake_abroad(ex):
    i = _one(ex, "A drone hit the Tabuk camp in Iraq's Anbar province on Tuesday, killing one fighter, police said.")
    assert (i.location, i.country) == ("Tabuk camp", "Iraq")
    assert i.lat is not None and abs(i.lat - 33.4) < 0.5  # Anbar's point, not Saudi Arabia's Tabuk


def test_control_a_camp_of_its_own_country_keeps_its_town(ex):
    i = _one(ex, "A drone hit the Tabuk camp in Saudi Arabia on Tuesday, wounding two guards, officials said.")
    assert i.country == "Saudi Arabia" and i.lat is not None and abs(i.lat - 28.4) < 0.1
