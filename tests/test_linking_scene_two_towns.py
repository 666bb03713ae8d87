"""A sentence that tells no event of its own may name where the event just told, placed only in its country,
happened; one that names two towns far apart names no one scene ("air defences were activated over X and
Y"), so the event keeps its country.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 6, 3)


def _places(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents]


def test_two_towns_named_after_a_raid_leave_it_in_the_country(ex):
    text = (
        "Israeli jets struck targets in Iran on Sunday, the military said. "
        "Air defences were activated over Tabriz and Shiraz, state media said."
    )
    assert _places(ex, text) == [("air_strike", "Iran")]


def test_reworded_two_towns_under_alert(ex):
    text = (
        "Russian missiles struck targets in Ukraine on Sunday, the air force said. "
        "Sirens sounded for hours over Lviv and Odesa, officials said."
    )
    assert [p for _, p in _places(ex, text)] == ["Ukraine"]


def test_one_town_named_after_a_raid_is_its_scene(ex):
    # near miss: one town named in the sentence after is where the raid was
    text = (
        "Israeli jets struck targets in Iran on Sunday, the military said. "
        "Residents of Tabriz reported loud blasts, state media said."
    )
    assert _places(ex, text) == [("air_strike", "Tabriz")]
