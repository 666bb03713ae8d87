"""Bombs told coming down on a place ("bombs fell on a camp", "a guided aerial bomb landed on a house") were
dropped from the air: an air strike (GUIDE), not a crash with no target nor a planted charge's blast. A jet
that crashed, a mortar bomb or debris that fell keep their own type."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 3, 3)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "BUNIA (Wire) - Bombs fell on a village near Bunia on Friday, killing seven, the UN said.",
        "KHARKIV (Wire) - A guided aerial bomb landed on a school in Kupiansk on Sunday, injuring four, the governor said.",
        "Barrel bombs rained down on the town of Kafranbel on Friday, rescuers said.",
    ],
)
def test_bombs_that_came_down_on_a_place_were_dropped_from_the_air(ex, text):
    assert _types(ex, text) == ["air_strike"]


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("KHARKIV (Wire) - A fighter jet crashed near Kupiansk on Sunday, the governor said.", "crash"),
        ("MOGADISHU (Wire) - A mortar bomb fell on a house in Mogadishu on Friday, killing two, police said.", "shelling"),
        ("KYIV (Wire) - Debris of a downed drone fell on a house in Kyiv overnight, the mayor said.", "crash"),
    ],
)
def test_what_else_came_down_keeps_its_type(ex, text, typ):
    """Control: an aircraft that crashed, a mortar round, debris."""
    assert _types(ex, text) == [typ]
