"""A defender that held off "repeated" attacks tells one clash; a pattern of attacks stays no event."""

from datetime import date


def _clashes(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.type, i.location, i.country) for i in facts.incidents]


def test_held_off_repeated_attacks_is_one_clash(ex):
    text = "Ukrainian troops held off repeated Russian attacks near Kupiansk, a military spokesman said."
    assert _clashes(ex, text) == [("armed_clash", "Kupiansk", "Ukraine")]


def test_beat_back_repeated_attacks_reworded(ex):
    text = "Soldiers beat back repeated attacks by militants on the town of Gao, the army said."
    assert _clashes(ex, text) == [("armed_clash", "Gao", "Mali")]


def test_repeated_attacks_faced_stay_a_pattern(ex):
    assert _clashes(ex, "Ukrainian troops have faced repeated Russian attacks near Kupiansk.") == []
