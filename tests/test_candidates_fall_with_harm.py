"""A missile or drone told to have landed or crashed, with harm told in the participle after it ("..., wounding
six"), hit something: it is an attack with that weapon, as one told "and wounded six" already is. A fall with no
harm and no target stays a crash (GUIDE: a projectile that fell with no stated target)."""

from datetime import date

DAY = date(2025, 5, 5)


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="t", published=DAY).incidents]


def test_missile_landing_with_wounded_is_an_attack(ex):
    assert _types(ex, "A missile landed near Ben Gurion airport on Sunday, wounding six.") == ["missile_attack"]


def test_drone_crash_with_injured_is_an_attack(ex):
    assert _types(ex, "A drone crashed near Ben Gurion airport on Sunday, injuring seven.") == ["drone_attack"]


def test_control_drone_crash_without_harm_stays_a_crash(ex):
    assert _types(ex, "A drone crashed in a field near Kursk on Sunday.") == ["crash"]
