"""A clock time before a weapon (a live blog's "09:40 A missile struck ...", "at 21:15 two drones")
counts nothing by its minutes: the count is the weapon's own number, or none."""

from __future__ import annotations

from datetime import date

import pytest

_DAY = date(2031, 7, 6)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("09:40 BST A rocket has hit a warehouse in Kiryat Shmona, police say. Nobody was hurt.", 1),
        ("At 21:15 two drones struck a fuel depot near Belgorod, the governor said on Sunday.", 2),
        ("10:05 GMT Jets have struck radar sites near Tabriz, local media report.", None),
    ],
)
def test_the_minutes_of_a_clock_are_no_count(ex, text, count):
    (incident,) = ex.extract(text, id="t", published=_DAY).incidents
    assert incident.count == count


def test_a_number_told_before_the_weapon_still_counts(ex):
    """Near miss: a plain number before the weapon is its count."""
    (incident,) = ex.extract("Forty drones struck a fuel depot near Belgorod on Sunday, the governor said.", id="t", published=_DAY).incidents
    assert incident.count == 40
