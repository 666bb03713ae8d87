"""A vessel or site told struck in the passive with no agent, with a toll in its sentence, took a blow from afar:
the article is about conflict and the blow is an attack (of untold means at sea: GUIDE types by the weapon told)."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.country, i.casualties.injured) for i in facts.incidents]


def test_fishing_boat_struck_off_a_coast_wounding_crew(ex):
    text = "A fishing boat was struck off the coast of Hodeidah on Wednesday, wounding three fishermen, the coast guard said."
    assert _read(ex, text) == [("other", "Hodeidah", "Yemen", 3)]


def test_fishing_boat_hit_likewise(ex):
    text = "A fishing boat was hit off the coast of Hodeidah on Wednesday, wounding three fishermen, the coast guard said."
    assert _read(ex, text) == [("other", "Hodeidah", "Yemen", 3)]


def test_boat_struck_by_a_wave_is_no_attack(ex):
    assert _read(ex, "Near the harbour, the boat was struck by a wave on Wednesday, injuring two.") == []


def test_struck_with_no_toll_needs_more_war_words(ex):
    assert _read(ex, "A fishing boat was struck off the coast of Hodeidah on Wednesday.") == []
