""""The group" opening a sentence stands for the group that opened the sentence before as its subject, not
for another group that sentence named later in passing (GUIDE: actors are the parties that acted)."""

from __future__ import annotations

from datetime import date


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 3)).incidents]


def test_the_group_is_the_subject_before_not_the_group_it_named_in_passing(ex):
    text = (
        "The Houthis launched a ballistic missile at the Israeli city of Eilat on Sunday in what they called "
        "support for Hamas. The group also fired two drones at a container ship in the Red Sea on Monday, "
        "the maritime agency said."
    )
    assert _actors(ex, text) == [("Houthis",), ("Houthis",)]


def test_the_rebels_after_a_dateline_are_the_group_that_opened_the_story(ex):
    text = (
        "ADEN, June 3 (Wire) - Houthi rebels shelled government positions near Taiz on Sunday after talks "
        "sponsored by the Saudi-led coalition and attended by al-Qaeda's foes stalled. The rebels also "
        "fired a drone at an army base in Marib on Monday, officials said."
    )
    assert ("Houthis",) in _actors(ex, text)[1:]


def test_a_group_named_by_an_object_before_is_still_the_last_named(ex):
    """Near miss: a sentence opened by a state names the group only as its target; "the group" is that one."""
    text = (
        "Israeli jets struck Hezbollah positions near Nabatieh on Sunday. "
        "The group fired rockets at an army post near Metula on Monday, the military said."
    )
    assert _actors(ex, text)[-1] == ("Hezbollah",)
