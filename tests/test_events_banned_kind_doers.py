"""A word of banning before a kind of group names the doers ("outlaw groups fired"), not a ban on the deed."""

from datetime import date


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_outlaw_groups_fire_rockets(ex):
    text = "Early on Wednesday, outlaw groups fired four rockets at an army base near Baghdad airport."
    assert _types(ex, text) == ["rocket_attack"]


def test_banned_militias_attack(ex):
    text = "Banned militias attacked a police post in the town of Tikrit on Tuesday, officials said."
    assert len(_types(ex, text)) == 1


def test_a_law_outlawing_attacks_stays_no_event(ex):
    assert _types(ex, "Parliament passed a law on Tuesday that outlaws attacks on hospitals in Iraq.") == []


def test_a_truce_barring_strikes_stays_no_event(ex):
    assert _types(ex, "The truce bars air strikes on the port of Hodeidah, officials said on Monday.") == []
