"""An "aggression" as the subject of a hit verb is a raid named as state media name one; elsewhere it is no event.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 3, 10)
TAIL = "\n\nThe armed forces did not comment on the report, and no group said it was behind the raid."


def _incidents(ex, text):
    return ex.extract(text + TAIL, id="t", published=DAY).incidents


def test_aggression_that_hit_a_site_is_a_strike_by_its_state(ex):
    text = "ALEPPO (Agency) - A Turkish aggression targeted an army depot near Manbij on Sunday, state television said."
    found = [i for i in _incidents(ex, text) if i.location == "Manbij"]
    assert [(i.type, i.actors) for i in found] == [("air_strike", ("Turkey",))]


def test_aggression_with_a_toll_is_no_ground_fight(ex):
    text = "HOMS (Agency) - An enemy aggression targeted a farm outside Homs on Saturday, killing three shepherds."
    found = [i for i in _incidents(ex, text) if i.casualties.killed == 3]
    assert [i.type for i in found] == ["air_strike"]


def test_aggression_as_a_war_is_no_event(ex):
    """Near miss: an aggression told against a country, with no hit verb, is the war in general."""
    text = "VILNIUS (Agency) - The ministers said on Sunday that the aggression against Moldova must end soon."
    assert [i for i in _incidents(ex, text) if i.type != "threat_statement"] == []
