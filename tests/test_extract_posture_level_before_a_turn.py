"""A level told as held before a turn that has begun ("before the drawdown began, there were about 2,000")
is a former one (GUIDE's qualifier "about (former level)"), as one held "last year" is."""

from __future__ import annotations

from datetime import date

import pytest


def _qualifiers(ex, text):
    return [p.qualifier for p in ex.extract(text, id="t", published=date(2025, 5, 14)).troop_posture]


@pytest.mark.parametrize(
    "text",
    [
        "Before the pullout began, there were about 1,500 French troops in Chad.",
        "Britain had roughly 900 soldiers in Estonia before the reduction, officials said.",
    ],
)
def test_level_before_a_turn_is_former(ex, text):
    assert _qualifiers(ex, text) in (["about (former level)"], ["roughly (former level)"])


def test_level_kept_before_a_coming_date_stands(ex):
    """Control: "before the elections" after a level held now is no turn gone by."""
    assert _qualifiers(ex, "Britain has about 900 soldiers in Estonia and will keep them there before the elections.") == ["about"]
