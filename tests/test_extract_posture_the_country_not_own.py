"""A force is not posted in its own state by the whole of "the country", even when that state was the last
country named ("<host> turned to <state>. 100 <state's> trainers are in the country"): the country meant is
the story's other state. A part of it ("the south of the country") or the land an attack hit stays the
state's own."""

from __future__ import annotations

from datetime import date

import pytest


def _levels(ex, text):
    facts = ex.extract(text, id="t", published=date(2025, 3, 3))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "OUAGADOUGOU (Wire) - Burkina Faso's junta turned to Russia for security support after expelling French "
            "forces. About 100 Russian instructors are in the country.",
            ("Russia", "Burkina Faso", 100),
        ),
        (
            "The Central African Republic has signed a defence pact with Rwanda. Some 900 Rwandan soldiers are "
            "now stationed in the country.",
            ("Rwanda", "Central African Republic", 900),
        ),
    ],
)
def test_the_whole_country_is_the_other_state(ex, text, level):
    assert _levels(ex, text) == [level]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a part of the country, its own named last
        (
            "JERUSALEM (Wire) - Israel struck Lebanon on Monday. About 5,000 Lebanese soldiers are in the south of the country.",
            ("Lebanon", "Lebanon", 5000),
        ),
        # the land an attack hit, named last
        (
            "JERUSALEM (Wire) - Israel struck Lebanon on Monday. About 5,000 Lebanese soldiers are deployed in the country.",
            ("Lebanon", "Lebanon", 5000),
        ),
        # no other state named
        ("Floods swept across Pakistan this week. Pakistan has deployed 20,000 soldiers in the country.", ("Pakistan", "Pakistan", 20000)),
    ],
)
def test_own_ground_stays_home(ex, text, level):
    assert _levels(ex, text) == [level]
