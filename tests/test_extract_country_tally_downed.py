"""An interception of two kinds counted together ("32 drones and three missiles were shot down") counts both
(35); a tally of tens of weapons stopped, told after a strike on a town, more than that strike counted and
naming no stretch of ground, is the country's air defences at work: the country, not the town."""

from __future__ import annotations

from datetime import date

import pytest


def _downed(ex, text):
    f = ex.extract(text + "\n\nThe war goes on.", id="t", published=date(2025, 3, 10))
    return [(i.location, i.count) for i in f.incidents if i.type == "interception"]


_STRIKE = "A missile strike on a hospital in Kamianske killed three."


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            f"{_STRIKE} The air force said Russia launched 37 drones and 10 missiles overnight, of which 32 drones and"
            " three missiles were shot down.",
            [("Ukraine", 35)],
        ),
        (f"{_STRIKE} Air defences shot down 32 drones and three missiles over Ukraine, the air force said.", [("Ukraine", 35)]),
        # near misses: a stretch of the town named, a few weapons, or the share of the drones that hit the town
        (f"{_STRIKE} Air defences shot down 12 drones over the city, the governor said.", [("Kamianske", 12)]),
        (f"{_STRIKE} Air defences shot down both missiles, the governor said.", [("Kamianske", 2)]),
        ("Twenty drones struck Kamianske overnight. Air defences shot down 15 of them, the governor said.", [("Kamianske", 15)]),
    ],
)
def test_a_countrys_tally_of_the_downed(ex, text, seen):
    assert _downed(ex, text) == seen


def test_one_kind_counted_apart_from_another_event(ex):
    text = "Air defences shot down 32 drones over Kyiv overnight and three missiles hit Kharkiv, the air force said."
    assert _downed(ex, text) == [("Kyiv", 32)]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (f"{_STRIKE} Air defences shot down 32 drones and three missiles over the country, the air force said.", [("Ukraine", 35)]),
        # near miss: a stretch of the town
        (f"{_STRIKE} Air defences shot down two drones over the city, the governor said.", [("Kamianske", 2)]),
    ],
)
def test_an_interception_over_the_whole_country(ex, text, seen):
    assert _downed(ex, text) == seen
