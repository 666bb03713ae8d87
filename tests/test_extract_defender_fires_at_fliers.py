"""What guards the air firing at weapons in flight ("interceptors fired at incoming rockets", "air defences
opened fire on the drones") is an interception (GUIDE: the interceptor is the actor), and the blasts heard as
it fires are that interception's; a defender firing at a place or at a weapon's site is no interception."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text):
    return sorted(i.type for i in ex.extract(text, id="t", published=date(2025, 5, 4)).incidents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interceptors fired at incoming rockets over Halden late on Saturday.", ["interception"]),
        ("Air defences opened fire on two drones over Marlow on Saturday night.", ["interception"]),
        # the blasts heard while the defenders fire belong to their interception
        (
            "Loud blasts rang out over Marlow on Saturday night as interceptors fired at hostile missiles "
            "launched from the east, officials said.",
            ["interception"],
        ),
    ],
)
def test_defender_firing_at_weapons_in_flight_intercepts(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a site that holds weapons, not weapons in flight
        "Air defences fired at drone launchers near Marlow on Saturday.",
        # jets firing at a place on the ground
        "Fighter jets fired at rebel positions near Halden on Saturday.",
    ],
)
def test_defender_firing_at_the_ground_is_no_interception(ex, text):
    assert "interception" not in _types(ex, text)
