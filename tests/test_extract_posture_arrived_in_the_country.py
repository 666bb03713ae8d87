"""Foreign troops told as arriving "in the country" are where the text before placed the story, never in
their own state, even when the state was the last country named ("<host> turned to <state>. 100 <state's>
instructors arrived in the country"); a people's troops named before ("expelled French troops") name a
force, not the country referred to."""

from __future__ import annotations

from datetime import date

import pytest


def _levels(ex, text):
    facts = ex.extract(text, id="t", published=date(2025, 5, 14))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Mali has turned to Russia for help. About 300 Russian trainers arrived in the country last month.", ("Russia", "Mali", 300)),
        (
            "Niger's rulers expelled French troops last year and turned to Russia. Some 200 Russian instructors have "
            "arrived in the country since then.",
            ("Russia", "Niger", 200),
        ),
    ],
)
def test_troops_arriving_in_the_country_are_guests(ex, text, level):
    assert _levels(ex, text) == [level]


def test_own_troops_sent_across_the_country_stay_home(ex):
    """Control: a state's own troops sent about its land, the state the last country named, stay at home."""
    text = "Floods hit Ecuador on Monday. Ecuador deployed 2,000 soldiers across the country."
    assert _levels(ex, text) == [("Ecuador", "Ecuador", 2000)]
