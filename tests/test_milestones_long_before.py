""""Long before" measures a gap in the past, no bound: "the crisis began long before this week's ambush"
tells no step due by this week. A plain "before" still bounds a plan."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 6, 15)


def due(ex, text: str) -> list[tuple[str, str]]:
    return [(m.what, str(m.due)) for m in ex.extract(text, id="x", published=PUBLISHED).milestones]


def test_long_before_bounds_nothing(ex):
    text = "The rift began long before this week's clashes, diplomats say, with the pullout of French troops in 2022."
    assert due(ex, text) == []


def test_plain_before_still_bounds_a_plan(ex):
    assert due(ex, "French troops will leave the base before the end of the month, the ministry said.") == [
        ("French troops will leave the base", "2025-06-30")
    ]
