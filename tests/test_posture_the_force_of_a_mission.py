"""A figure of "the new force" is the mission's when a mission is the party named last before it."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 12)


def _levels(ex: Extractor, text: str) -> list[tuple[str, int]]:
    return [(p.force, p.count) for p in ex.extract(text, id="x", published=PUB).troop_posture]


def test_the_new_force_after_a_mission_named_is_that_missions(ex):
    text = (
        "MOGADISHU (Wire) — American drones struck a militant camp near Kismayo on Monday, the US military said. "
        "AUSSOM formally took over from the old mission on Tuesday. The new force will have about 11,500 troops."
    )
    assert _levels(ex, text) == [("AUSSOM", 11500)]


def test_control_the_force_a_state_sent_stays_that_states(ex):
    text = (
        "BEIRUT (Wire) — UNIFIL has about 10,000 troops in Lebanon. Israel moved an armoured force into the south "
        "on Monday. The force numbers about 4,000 troops, officials said."
    )
    assert ("Israel", 4000) in _levels(ex, text)
