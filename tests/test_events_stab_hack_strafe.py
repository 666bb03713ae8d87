"""Stabbings and hackings to death by armed men are harm done (a clash), and helicopters strafing positions an
air strike; a hacking with no "to death" (a computer's) and a stabbing by no armed party stay no event."""

from datetime import date


def _types(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_militants_stabbed_policemen(ex):
    assert _types(ex, "Militants stabbed two policemen at a checkpoint in Kirkuk on Monday.") == [("armed_clash", "Kirkuk")]


def test_gunmen_hacked_farmers_to_death(ex):
    assert _types(ex, "Gunmen hacked four herders to death near Bunia on Tuesday.") == [("armed_clash", "Bunia")]


def test_helicopters_strafed_positions(ex):
    assert _types(ex, "Army helicopters strafed rebel positions near El Obeid on Monday.") == [("air_strike", "El Obeid")]


def test_computer_hacking_and_a_private_stabbing_are_no_events(ex):
    assert _types(ex, "Hackers hacked the ministry website in Kyiv on Monday.") == []
    assert _types(ex, "A man stabbed his neighbour in Kirkuk on Monday.") == []
