"""A siege kept up ("pressed its year-long siege of the city", "tightened their siege") is a state that goes on,
not an event of the day; a siege ended or laid as a deed stays an event."""

from __future__ import annotations

from datetime import date


def _types(ex, text):
    facts = ex.extract(text, id="x", published=date(2031, 5, 2))
    return [i.type for i in facts.incidents]


def test_a_siege_pressed_is_no_event(ex):
    text = (
        "Shelling killed at least 14 people in Velmor on Thursday, a committee said, as the militia pressed its "
        "year-long siege of the city."
    )
    assert _types(ex, text) == ["shelling"]


def test_a_siege_tightened_is_no_event(ex):
    text = "Shelling killed nine people in Velmor on Thursday as the rebels tightened their siege of the town."
    assert _types(ex, text) == ["shelling"]


def test_a_town_besieged_as_a_deed_is_an_event(ex):
    # (control) a siege laid on the day, with its toll, is a deed
    text = "Rebels besieged the town of Kadugli on Thursday, killing 20 soldiers."
    assert _types(ex, text) == ["armed_clash"]
