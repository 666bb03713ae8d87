"""A sentence that opens by counting more of the weapon the sentence before told ("A drone hit X. Two more struck
Y.") tells that weapon's attack, counted, as "a drone hit X and two more struck Y" already did within one
sentence; a sentence that names its own weapon, or none after no weapon, is untouched."""

from datetime import date

import pytest

DAY = date(2025, 3, 14)


def _rows(ex, text):
    return [(i.type, i.location, i.count) for i in ex.extract(text, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "A drone hit an apartment block in Sumy on Wednesday, killing two people. Two more struck a warehouse in Kharkiv.",
            ("drone_attack", "Kharkiv", 2),
        ),
        (
            "Russian missiles struck an energy facility in Odesa on Wednesday. Three more hit a port terminal in Izmail that night.",
            ("missile_attack", "Izmail", 3),
        ),
    ],
)
def test_more_of_the_weapon_told_before(ex, text, second):
    rows = _rows(ex, text)
    assert len(rows) == 2
    assert rows[1] == second


def test_own_weapon_wins(ex):
    """Near miss: the sentence's own weapon is the means, not the one told before."""
    text = "A drone hit an apartment block in Sumy on Wednesday. Two more missiles struck a warehouse in Kharkiv."
    assert _rows(ex, text)[1][0] == "missile_attack"
