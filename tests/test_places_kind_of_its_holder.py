"""A town, a kind noun and "of" a name: "the Odesa port of X" puts X at or near the town (of far namesakes, none:
the town's point), and "the X village of Hama" (a world-list village told "of" a town the bundled gazetteer
knows) is the village, held by the town, not the town's owner."""

from __future__ import annotations

from datetime import date


def _first(ex, text):
    return ex.extract(text, id="t", published=date(2025, 3, 14)).incidents[0]


def test_a_port_of_a_town_lies_by_the_town_not_at_a_far_namesake(ex):
    i = _first(ex, "Drones struck the Odesa port of Pivdennyi overnight, setting a grain terminal on fire, officials said.")
    assert (i.location, i.country) == ("Pivdennyi", "Ukraine")
    assert abs(i.lat - 46.48) < 0.3 and abs(i.lon - 30.72) < 0.5


def test_a_world_list_village_told_of_a_bundled_town_is_the_scene(ex):
    i = _first(ex, "Jets bombed the Kafr Zita village of Hama on Sunday, killing five farmers, a monitor said.")
    assert (i.location, i.country) == ("Kafr Zita", "Syria")
    assert abs(i.lat - 35.37) < 0.05


def test_control_a_bundled_town_told_before_its_suburb_owns_it(ex):
    i = _first(ex, "A glide bomb hit the Kherson suburb of Antonivka on Sunday, wounding two, the governor said.")
    assert (i.location, i.country) == ("Antonivka", "Ukraine")
    assert abs(i.lat - 46.68) < 0.1


def test_a_port_site_told_of_another_port_holds_it(ex):
    i = _first(ex, "Warplanes pounded the Hodeidah port of Ras Isa on Friday, killing nine dock workers, medics said.")
    assert (i.location, i.country) == ("Ras Isa", "Yemen")


def test_control_a_port_site_told_alone_is_the_scene(ex):
    i = _first(ex, "Warplanes pounded the Hodeidah port on Friday, killing nine dock workers, medics said.")
    assert (i.location, i.country) == ("Hodeidah port", "Yemen")
