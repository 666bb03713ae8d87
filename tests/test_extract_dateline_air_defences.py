"""Unnamed air defences that stop weapons at no place named are the defences of the country a dateline
files from, so the interception is in that country and by it (GUIDE: an interception is by the state whose
air defences act); and "N out of M" counts the N stopped, as "N of M" does."""

from __future__ import annotations

from datetime import date


def _stops(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 9, 18)).incidents
    return [(i.location, i.country, tuple(i.actors), i.count) for i in found if i.type == "interception"]


def test_capital_dateline_places_unnamed_air_defences(ex):
    text = "KYIV (Wire) - Air defences brought down 31 Russian attack drones during the night, the air force said on Thursday."
    assert _stops(ex, text) == [("Ukraine", "Ukraine", ("Ukraine",), 31)]


def test_other_capital_other_side(ex):
    text = "MOSCOW (Wire) - Air defence units destroyed 17 Ukrainian drones in the night, the ministry reported on Thursday."
    assert _stops(ex, text) == [("Russia", "Russia", ("Russia",), 17)]


def test_out_of_counts_the_stopped_share(ex):
    text = "KYIV (Wire) - Air defences brought down 31 out of 40 Russian drones during the night, the air force said on Thursday."
    assert _stops(ex, text) == [("Ukraine", "Ukraine", ("Ukraine",), 31)]


def test_named_sky_keeps_its_place(ex):
    # near miss: the sentence names where the drones were stopped, so the dateline lends nothing
    text = "KYIV (Wire) - Air defences brought down 31 Ukrainian drones over Russia during the night, a monitor said on Thursday."
    assert _stops(ex, text) == [("Russia", "Russia", (), 31)]


def test_no_dateline_no_guess(ex):
    # near miss: with no dateline and no country named, nothing tells whose sky it was
    text = "Air defences brought down 31 drones during the night, officials said on Thursday."
    assert _stops(ex, text) == []


def test_out_of_counts_the_stopped_share_where_the_sky_is_named(ex):
    text = "Ukrainian air defences brought down 31 out of 40 Russian drones over Kharkiv on Wednesday night, officials said."
    assert [s[3] for s in _stops(ex, text)] == [31]
