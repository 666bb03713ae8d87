"""An assault "held off", "staved off" or "driven back" is fought off as one "repelled" is: the side that
held is a side of the clash beside the attacker (GUIDE: actors are the parties that acted)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 3)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Ukrainian troops held off a Russian attack near Kupiansk on Monday, the general staff said.", ("Russia", "Ukraine")),
        ("Syrian troops drove back an assault by HTS fighters near Idlib on Monday, killing six of them.", ("Hayat Tahrir al-Sham", "Syria")),
        ("Kenyan soldiers staved off an al-Shabaab raid on a camp near Mandera on Sunday, killing four attackers.", ("Al-Shabaab", "Kenya")),
    ],
)
def test_the_side_that_held_off_the_assault_fought_it(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_an_assault_launched_names_only_its_attacker(ex):
    """Near miss: an assault that nobody is told to have fought off names only the side that made it."""
    text = "Russian forces launched an assault near Kupiansk on Monday, the general staff said."
    assert _actors(ex, text) == [("Russia",)]
