"""A bare army or military that stops weapons over the one country a story names is that country's own, as it
is when it strikes (test_extract_home_army): "the army shot down drones", and the army as the speaker of its
own side's deed ("the army said its air defences downed", "the military said it had shot down"). Not when the
story names another country, nor when the report tells the deed with no doer (a passive)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text, where):
    incs = ex.extract(text, id="t", published=date(2025, 3, 11)).incidents
    return [list(i.actors) for i in incs if i.location == where and i.type == "interception"]


@pytest.mark.parametrize(
    ("text", "where", "actor"),
    [
        ("The army shot down several drones over Port Sudan on Monday.", "Port Sudan", "Sudan"),
        ("The army said its air defences brought down four drones over Port Sudan on Monday.", "Port Sudan", "Sudan"),
        ("The military said it had shot down two drones near Port Sudan on Monday.", "Port Sudan", "Sudan"),
    ],
)
def test_a_bare_army_stopping_weapons_is_the_story_s_one_country_s(ex, text, where, actor):
    assert _actors(ex, text, where) == [[actor]]


def test_a_bare_army_telling_its_own_strike_is_the_story_s_one_country_s(ex):
    text = "The army said on Sunday that it had shelled RSF positions near Omdurman, killing dozens."
    incs = ex.extract(text, id="t", published=date(2025, 3, 11)).incidents
    assert [list(i.actors) for i in incs if i.location == "Omdurman"] == [["Sudan"]]


@pytest.mark.parametrize(
    ("text", "where", "actor"),
    [
        # another country named: whose army is not told
        ("The army said its air defences brought down four drones over Port Sudan on Monday. Egypt urged calm.", "Port Sudan", None),
        # the deed told with no doer
        ("The army said drones were shot down over Port Sudan on Monday.", "Port Sudan", None),
        # a foreign force named keeps its own name
        ("US forces shot down two drones over a base in Erbil on Monday.", "Erbil", "United States"),
    ],
)
def test_near_miss_keeps_its_reading(ex, text, where, actor):
    assert _actors(ex, text, where) == [[actor] if actor else []]
