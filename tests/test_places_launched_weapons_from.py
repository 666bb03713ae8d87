"""Where weapons were launched from, told with the weapons between the verb and "from" ("launching the
drones from bases in X"), is their origin, not a scene of its own; gunmen firing at someone from a spot in X
still fought there."""

from datetime import date

_NEWS = "Drones struck fuel depots in Port Sudan on Sunday. "


def _places(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_weapons_launched_from_bases_in_a_region(ex):
    text = _NEWS + "The army accused the Rapid Support Forces of launching the drones from bases in Darfur."
    assert _places(ex, text) == [("Port Sudan", "Sudan")]


def test_gunmen_firing_at_someone_from_a_spot(ex):
    assert _places(ex, "Gunmen fired at police from a rooftop in Nyala on Sunday.") == [("Nyala", "Sudan")]
