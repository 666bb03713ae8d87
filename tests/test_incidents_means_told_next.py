"""An attack placed only by its country, its means told at a spot of that country in the very next sentence
(no doer, toll or "also" of its own there), is that attack told again (GUIDE: one record per real event)."""

from datetime import date


def _events(ex, text):
    return [(i.type, i.location, i.casualties.injured) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_means_told_next_is_the_attack(ex):
    assert _events(ex, "An attack on US forces in Iraq on Monday wounded four. Three rockets hit the Victory base, officials said.") == [
        ("rocket_attack", "Victory base", 4)
    ]


def test_another_attack_next_stays_apart(ex):
    got = _events(ex, "An attack on US forces in Iraq on Monday wounded four. Separately, Turkish jets struck Sinjar on Monday.")
    assert len(got) == 2
    got = _events(ex, "An attack on US forces in Iraq on Monday wounded four. Rockets also hit Erbil on Monday, killing two.")
    assert len(got) == 2
