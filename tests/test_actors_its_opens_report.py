"""A report that opens on "Its jets" / "Their drones" and closes with its speaker told by its kind alone ("...,
the military said") goes on with the party that opened the sentence before: its men or arms did the deed.
"Their" fighters are a state's or army's own only where that party is an armed group (a state's are "its"),
and a report closed by a named speaker lends that speaker no deed."""

from __future__ import annotations

from datetime import date

import pytest


def _actors_at(ex, text: str, place: str) -> list[tuple[str, ...]]:
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return [i.actors for i in incs if i.location == place]


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        (
            "JERUSALEM (Wire) - The Israeli military said on Tuesday it had struck a Hezbollah weapons depot in the "
            "Bekaa Valley overnight. Its jets also hit a rocket launcher near the town of Khiam, the military said in a statement.",
            "Khiam",
            "Israel",
        ),
        (
            "SANAA (Wire) - The Houthis said on Monday they had fired a ballistic missile at Israel's Ben Gurion airport. "
            "Their drones also struck a target in the port city of Eilat, the group said.",
            "Eilat",
            "Houthis",
        ),
    ],
)
def test_its_men_are_the_party_told_before(ex, text, place, actor):
    assert _actors_at(ex, text, place) == [(actor,)]


def test_a_named_closing_speaker_is_no_doer(ex):
    """Control: a report closed by another party's outlet lends it no deed."""
    text = (
        "JERUSALEM (Wire) - The Israeli military said on Tuesday it had struck a Hezbollah weapons depot in the "
        "Bekaa Valley overnight. Its jets also hit a rocket launcher near the town of Khiam, Hezbollah's Al-Manar "
        "television reported."
    )
    assert all("Hezbollah" not in actors for actors in _actors_at(ex, text, "Khiam"))
