"""A party named as claiming an event told by a definite noun ("Al-Shabaab claimed the bombing", "X has claimed
the raid on a base near Y on Sunday") is its claimant (GUIDE: the claiming party's suffix).
A claim not made, or one that asserts something of the event, names none."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    assert len(incs) == 1, incs
    return list(incs[0].actors)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A bomb exploded in Mogadishu on Sunday. Al-Shabaab claimed the bombing.", "Al-Shabaab (claimed)"),
        ("A bomb exploded in Mogadishu on Sunday. Al-Shabaab claimed responsibility for that bombing.", "Al-Shabaab (claimed)"),
        ("Al-Shabaab claimed responsibility for that bombing in Mogadishu on Sunday.", "Al-Shabaab (claimed)"),
        ("JNIM claimed the attack on a base near Djibo on Sunday.", "JNIM (claimed)"),
    ],
)
def test_a_named_claim_of_the_event_is_its_claimant(ex, text, actor):
    assert _actors(ex, text) == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded in Mogadishu on Sunday. Al-Shabaab has not claimed the bombing.",
        "A bomb exploded in Mogadishu on Sunday. Al-Shabaab claimed the bombing was a success.",
        "A bomb exploded in Mogadishu on Sunday. No group claimed the bombing.",
    ],
)
def test_near_miss_no_claimant(ex, text):
    assert _actors(ex, text) == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a spokesman speaks for the party: he is no claimant of his own
        (
            "Houthi drones struck a ship in the Gulf of Aden on Monday. "
            "Houthi spokesman Yahya Saree on Monday claimed responsibility for that attack.",
            ["Houthis"],
        ),
        # the party already told as the doer is not listed again as claiming
        (
            "Al-Shabaab fighters stormed a hotel in Mogadishu on Sunday, killing five. "
            "Al-Shabaab claimed responsibility for that attack.",
            ["Al-Shabaab"],
        ),
    ],
)
def test_near_miss_the_doer_already_told(ex, text, actors):
    assert _actors(ex, text) == actors
