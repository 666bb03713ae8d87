"""An armed group told by its kind as an event verb's subject ("the paramilitary group shelled") is the group named before."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The RSF overran a garrison town last month. The paramilitary group shelled a clinic in Dilling on Monday, killing four.",
        "The RSF has besieged Dilling for weeks. On Monday the group shelled a clinic in Kadugli, killing four, medics said.",
    ],
)
def test_the_group_by_its_kind_is_the_one_named_before(ex, text):
    assert _actors(ex, text)[-1] == ("Rapid Support Forces",)


@pytest.mark.parametrize(
    "text",
    [
        # a group of other words is no group named before
        "The RSF overran a garrison town last month. A group of gunmen attacked a clinic in Dilling on Monday, killing four.",
        # nor is a group when no armed group was told near it
        "Aid workers left the area last month. The armed group shelled a clinic in Dilling on Monday, killing four.",
    ],
)
def test_no_named_group_gives_no_doer(ex, text):
    assert _actors(ex, text)[-1] == ()
