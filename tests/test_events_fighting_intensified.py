"""Fighting told as intensifying is a trend, not an event, however long the phrase naming its sides ("as fighting
between the army and the hill militias intensified")."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    facts = ex.extract(text, id="x", published=date(2031, 3, 10))
    return [(i.type, i.location) for i in facts.incidents]


def test_fighting_between_two_named_sides_intensifying_is_no_event(ex):
    text = (
        "A drone strike by government forces killed at least nine traders at a market in Velmor on Saturday, "
        "witnesses said, as fighting between the army and the hill militias intensified."
    )
    assert [t for t, _ in _incidents(ex, text)] == ["drone_attack"]


def test_fighting_between_two_sides_that_killed_people_is_an_event(ex):
    # (control) the fighting told with its day and toll is one
    text = "Fighting between the army and the hill militias killed five people in Velmor on Saturday."
    assert [t for t, _ in _incidents(ex, text)] == ["armed_clash"]
