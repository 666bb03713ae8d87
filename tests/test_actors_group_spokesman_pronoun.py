"""A speaker told as the group's spokesman ("The group's military spokesman said their drones struck") is the
group's voice, as "the group said" is: the deed is the armed group's that opened the sentence before, past the
country named with it ("Yemen's Houthi rebels"). "The group" is never a state."""

from __future__ import annotations

from datetime import date


def _actors_at(ex, text: str, place: str) -> list[tuple[str, ...]]:
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return [i.actors for i in incs if i.location == place]


def test_the_groups_spokesman_speaks_for_the_group(ex):
    text = (
        "SANAA (Wire) - Yemen's Houthi rebels said on Monday they had fired a ballistic missile at Israel's Ben "
        "Gurion airport. The group's military spokesman said their drones also struck a target in the port city of Eilat."
    )
    assert _actors_at(ex, text, "Eilat") == [("Houthis",)]


def test_the_group_is_no_state_opening_the_sentence_before(ex):
    """Control: the sentence before opens on a state, so "the group" names none of its parties."""
    text = (
        "JERUSALEM (Wire) - Israel's military said rockets were fired at the north on Monday. "
        "The group said its fighters also struck an army post near Metula."
    )
    assert all("Israel" not in actors for actors in _actors_at(ex, text, "Metula"))
