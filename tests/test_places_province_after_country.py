"""A spot no gazetteer knows, told "in <country>'s <province>", is written within that province (the country
gives its country, the province where in it), not left as a bare name."""

from __future__ import annotations

from datetime import date


def _one(ex, text):
    (i,) = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return i


def test_a_spot_told_in_a_countrys_province_is_written_within_it(ex):
    i = _one(ex, "Gunmen killed six shepherds near the village of Umm Dabbur in Syria's Hama province on Monday, a monitor said.")
    assert (i.location, i.country) == ("Umm Dabbur, Hama province", "Syria")


def test_control_a_spot_told_in_a_country_alone_stays_as_read(ex):
    i = _one(ex, "Gunmen killed six shepherds near the village of Umm Dabbur in Syria on Monday, a monitor said.")
    assert (i.location, i.country) == ("Umm Dabbur", "Syria")
