"""A weapon of untold kind fired and then fallen is typed by its fall (GUIDE: crash, a projectile that fell with no
stated target); a weapon of a named kind keeps the type its kind gives."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


def test_a_projectile_fired_and_fallen_is_a_crash(ex):
    text = "A projectile fired from Lebanon fell in an open area near Kiryat Shmona on Monday, the army said."
    assert _types(ex, text) == ["crash"]


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("A rocket fired from Lebanon fell in an open area near Kiryat Shmona on Monday, the army said.", "rocket_attack"),
        ("A missile fired from Yemen fell in an open area near Eilat on Monday, the army said.", "missile_attack"),
    ],
)
def test_a_weapon_of_a_named_kind_fired_and_fallen_keeps_its_kind(ex, text, typ):
    assert _types(ex, text) == [typ]
