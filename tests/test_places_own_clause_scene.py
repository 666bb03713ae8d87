"""The event's own clause places it before a clause joined by ", and" that tells a consequence elsewhere: a town
of the next province does not narrow a province the event's clause names, and a clause the event hangs on
("Fires broke out in X after a strike") gives its place before one told beyond ", and"."""

from __future__ import annotations

from datetime import date


def _places(ex, text: str) -> list[str | None]:
    facts = ex.extract(text, id="t", published=date(2025, 2, 11))
    return [i.location for i in facts.incidents]


def test_town_of_another_province_beyond_and_is_no_narrower_scene(ex):
    text = (
        "A missile strike damaged a gas compressor station in the Poltava region overnight, and water supplies "
        "were disrupted for residents of Kharkiv."
    )
    assert _places(ex, text) == ["Poltava region"]


def test_place_of_the_clause_the_event_hangs_on(ex):
    text = (
        "A blaze engulfed a fuel depot in the Poltava region after a drone strike, and trains were delayed "
        "in Kharkiv."
    )
    assert _places(ex, text) == ["Poltava region"]


def test_control_event_at_a_town_keeps_it(ex):
    # control: the town in the event's own clause stays its scene
    assert _places(ex, "A missile hit Kharkiv on Monday night, and fires broke out.") == ["Kharkiv"]


def test_control_town_in_its_province_still_narrows(ex):
    # control: a town inside the province told beyond ", and" is still where the event happened
    text = "Russian drones attacked the Poltava region on Monday night, and residents of Kremenchuk reported damage."
    assert _places(ex, text) == ["Kremenchuk"]
