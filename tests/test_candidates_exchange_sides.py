"""Artillery or mortar exchanges between two sides are shelling both sides fired: both are its actors, as a
clash's sides are."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, sorted(i.actors)) for i in facts.incidents]


def test_artillery_exchanges_between_two_named_sides(ex):
    text = "Residents of Bahri reported heavy artillery exchanges between the Sudanese army and the RSF on Saturday."
    assert _read(ex, text) == [("shelling", "Bahri", ["Rapid Support Forces", "Sudan"])]


def test_artillery_duels_between_two_peoples_forces(ex):
    text = "Artillery duels between Ukrainian and Russian forces continued near Kupiansk on Monday."
    assert _read(ex, text) == [("shelling", "Kupiansk", ["Russia", "Ukraine"])]


def test_artillery_fire_by_one_side_stays_its_own(ex):
    text = "Russian artillery fire hit Kupiansk on Monday, killing two people, officials said."
    assert [r[2] for r in _read(ex, text)] == [["Russia"]]
