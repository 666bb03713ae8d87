"""Two targets told in one clause, each with a day of its own, are two deeds; one target told over a night
stays one."""

from datetime import date

_LEAD = "Houthi fighters clashed with government troops near Marib on Sunday, killing four soldiers. "


def _incidents(ex, text):
    facts = ex.extract(_LEAD + text, id="x", published=date(2025, 6, 3))
    return sorted((i.date, i.location) for i in facts.incidents[1:])


def test_two_targets_two_days_are_two_incidents(ex):
    text = "Drones hit the water pumping station in Hodeidah on Monday and the grain silos on Tuesday night."
    assert _incidents(ex, text) == [("2025-06-02", "Hodeidah"), ("2025-06-03", "Hodeidah")]


def test_two_targets_in_two_towns_take_their_own_town(ex):
    text = "Israeli jets struck the port of Hodeidah on Saturday and the Ras Isa fuel terminal on Sunday, the army said."
    got = _incidents(ex, text)
    assert [d for d, _ in got] == ["2025-05-31", "2025-06-01"]
    assert "Ras Isa" in got[1][1]


def test_same_site_hit_again_is_two_incidents(ex):
    text = "Drones hit the pumping station in Hodeidah on Monday and again on Tuesday."
    assert [d for d, _ in _incidents(ex, text)] == ["2025-06-02", "2025-06-03"]


def test_one_target_over_a_night_stays_one(ex):
    text = "Drones hit the water pumping station in Hodeidah late on Monday and early on Tuesday."
    assert len(_incidents(ex, text)) == 1


def test_day_of_the_saying_splits_nothing(ex):
    text = "Drones hit the pumping station in Hodeidah on Monday, officials said on Tuesday."
    assert _incidents(ex, text) == [("2025-06-02", "Hodeidah")]


def test_how_long_a_deed_lasted_splits_nothing(ex):
    text = "Gunmen stormed a hotel in Aden on Monday and the siege lasted until Tuesday."
    assert len(_incidents(ex, text)) == 1
