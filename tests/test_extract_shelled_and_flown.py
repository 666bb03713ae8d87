"""Guns fired and weapons sent through the air by one subject, joined by "and" ("shelled X and launched drones
at Y"), are two events, one of each type (GUIDE: shelling is artillery or mortar fire, a drone attack a target
attacked with drones); two blows of one means joined so stay one clause's reading."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text):
    return sorted(i.type for i in ex.extract(text, id="t", published=date(2025, 5, 4)).incidents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Northern troops shelled Halden on Saturday and launched drones at Marlow.",
            ["drone_attack", "shelling"],
        ),
        (
            "Northern troops launched drones at Halden and shelled the town on Saturday.",
            ["drone_attack", "shelling"],
        ),
    ],
)
def test_guns_and_drones_are_two_events(ex, text, expected):
    assert _types(ex, text) == expected


def test_one_means_twice_stays_one_event(ex):
    assert _types(ex, "Northern troops shelled Halden and pounded its outskirts on Saturday.") == ["shelling"]
