"""Dead counted by a country's justice, interior or emergencies ministry, as by its health ministry, in a
sentence that names no place for them, died in that country ("bombs struck a prison, the Zedish justice ministry
said"), unless that country did it; a defence ministry tells of strikes abroad too, and places nothing."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    f = ex.extract(text + "\n\nThe war goes on.", id="t", published=date(2025, 3, 10))
    return [(i.location, i.country, i.casualties.killed) for i in f.incidents]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Four guided aerial bombs struck the Bilenkivska correctional colony late on Monday, the Ukrainian justice"
            " ministry said. Sixteen prisoners died.",
            [("Ukraine", "Ukraine", 16)],
        ),
        ("A drone hit a bus late on Monday, killing two, the Russian emergencies ministry said.", [("Russia", "Russia", 2)]),
        # near misses: the ministry's country did it; a defence ministry
        ("Russian guided bombs struck a prison late on Monday, killing 16 prisoners, the Russian justice ministry said.", []),
        ("Guided bombs struck a prison late on Monday, killing 16, the Ukrainian defence ministry said.", []),
    ],
)
def test_a_home_ministrys_toll_is_in_its_country(ex, text, seen):
    assert _seen(ex, text) == seen


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        # a spot no gazetteer knows, its dead counted by a country's health ministry: in that country
        (
            "Three people were killed in an Israeli strike on a house in the village of Qarbatun on Monday, Lebanon's"
            " health ministry said.",
            [("Qarbatun", "Lebanon", 3)],
        ),
        # near misses: a defence or foreign ministry tells of strikes abroad too, and places nothing
        (
            "Three people were killed in an Israeli strike on a house in the village of Qarbatun on Monday, Lebanon's"
            " defence ministry said.",
            [("Qarbatun", None, 3)],
        ),
        (
            "Three people were killed in an Israeli strike on a house in the village of Qarbatun on Monday, Lebanon's"
            " foreign ministry said.",
            [("Qarbatun", None, 3)],
        ),
    ],
)
def test_a_spot_no_gazetteer_knows_lies_where_the_ministry_counts(ex, text, seen):
    assert _seen(ex, text) == seen
