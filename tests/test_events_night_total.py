"""A count told "in total" with one night named ("overnight", "last night") is that night's event, while a total
with no such night stays a running tally and no event."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 6, 20)).incidents
    return sorted((i.type, i.location, list(i.actors), i.count) for i in incs)


def _unpinned(got, expected):
    """``got`` with the actors blanked where ``expected`` leaves them open (None)."""
    return [(t, loc, None if e[2] is None else a, n) for (t, loc, a, n), e in zip(got, expected, strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KYIV (Desk) — In total, Russia attacked the country with 91 drones overnight, 47 of which were downed, "
            "the air force reported on Friday.",
            # (the stopper of a barrage aimed at "the country" is left open here: not this rule's question)
            [("drone_attack", "Ukraine", ["Russia"], 91), ("interception", "Ukraine", None, 47)],
        ),
        (
            "KYIV (Desk) — In total, Russia sent 66 drones at Ukraine overnight, 38 of which were shot down, "
            "the air force reported on Friday.",
            [("drone_attack", "Ukraine", ["Russia"], 66), ("interception", "Ukraine", ["Ukraine"], 38)],
        ),
        (
            "In total, Russia attacked Ukraine with 130 drones last night, the military reported on Friday.",
            [("drone_attack", "Ukraine", ["Russia"], 130)],
        ),
    ],
)
def test_a_night_s_total_is_that_night_s_attack(ex, text, expected):
    got = _incidents(ex, text)
    assert _unpinned(got, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a total with no night told stays a running tally
        ("In total, Russia has attacked Ukraine with 9,500 drones, officials reported on Friday.", []),
        # a barrage told without a total is read as before
        (
            "Russia sent 75 drones and two missiles at Ukraine overnight, the air force reported on Tuesday.",
            [("missile_attack", "Ukraine", ["Russia"], 77)],
        ),
        ("Moscow attacked the proposal with sharp words overnight.", []),
    ],
)
def test_totals_without_one_night_and_plain_barrages_keep_their_reading(ex, text, expected):
    assert _incidents(ex, text) == expected
