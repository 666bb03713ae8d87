"""Two towns, each qualified by its country, each with a toll ("killed three near A in Syria and two in Iraq's
B district"): one event at each town with its own dead, not two country-level events with the second toll lost."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return sorted((i.location.split()[0], i.country, i.casualties.killed) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "US forces said they killed three militants near Deir ez-Zor in Syria and two in Iraq's Sinjar district "
            "in strikes on Monday.",
            [("Deir", "Syria", 3), ("Sinjar", "Iraq", 2)],
        ),
        (
            "Air strikes killed four near Jilib in Somalia and three in Kenya's Mandera county on Saturday, officials said.",
            [("Jilib", "Somalia", 4), ("Mandera", "Kenya", 3)],
        ),
        (
            "Israeli raids killed five people in Gaza and two in Lebanon's Nabatieh on Sunday, medics said.",
            [("Gaza", "Palestine", 5), ("Nabatieh", "Lebanon", 2)],
        ),
    ],
)
def test_each_qualified_town_is_a_scene_with_its_toll(ex, text, seen):
    assert _seen(ex, text) == seen


def test_a_country_named_alone_stays_the_scene(ex):
    """Near miss: "two in Lebanon", no town of Lebanon named, is an event at country level."""
    got = _seen(ex, "Israeli strikes killed six people in Gaza and two in Lebanon on Sunday, medics said.")
    assert got == [("Gaza", "Palestine", 6), ("Lebanon", "Lebanon", 2)]
