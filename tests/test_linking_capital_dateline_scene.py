"""A ground event a capital's dateline sentence tells in full (its day and toll) with no hint of any scene is in
the capital, where the reporter files from; anything that points elsewhere leaves it unplaced."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return [(i.type, i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "KHARTOUM, March 10 (Wire) - Drones hit a fuel depot on Monday, killing four workers, the army said.",
            ("drone_attack", "Khartoum", "Sudan"),
        ),
        (
            "MOGADISHU, Somalia — A suicide bomber blew himself up at a busy restaurant on Thursday evening, "
            "killing at least nine people, police said.",
            ("explosion", "Mogadishu", "Somalia"),
        ),
        # a foreign state named as the doer does not move the scene
        (
            "KYIV, March 12 (Wire) - Russian drones struck an apartment block overnight, killing three people, "
            "officials said.",
            ("drone_attack", "Kyiv", "Ukraine"),
        ),
    ],
)
def test_a_capitals_lede_told_in_full_is_in_the_capital(ex, text, want):
    assert _places(ex, text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # the capital's own state acting on a foreign target: the attacker's capital, not the scene
        "MOSCOW — Russia said its drones destroyed a Ukrainian fuel depot overnight, killing two guards.",
        "TEHRAN — Iran said on Monday it had struck militant bases with missiles, killing 10 fighters.",
        # words that point away from the capital
        "KHARTOUM, March 10 (Wire) - Gunmen ambushed a border patrol on Monday, killing four soldiers.",
        "BAGHDAD (Wire) - A roadside bomb hit a convoy in the north on Monday, killing two soldiers.",
        # a ship is hit at sea
        "DUBAI, March 12 (Wire) - Drones struck a tanker on Wednesday, killing a crew member, officials said.",
        # an armed group struck: its positions may lie anywhere in the country
        "SANAA, Yemen (Wire) - U.S. air strikes hit Houthi positions on Saturday, killing five fighters.",
        # no toll: told in passing, it may be anywhere
        "BAGHDAD (Wire) - Militants attacked an army patrol on Monday, police said.",
    ],
)
def test_a_capitals_lede_pointing_elsewhere_is_not_in_the_capital(ex, text):
    capital = text.split(" ")[0].strip(",").title()
    assert [p for p in _places(ex, text) if p[1] == capital] == []


def test_a_town_named_in_the_next_paragraph_wins(ex):
    text = (
        "BAGHDAD - A roadside bomb hit a military convoy on Tuesday, killing two soldiers.\n\n"
        "The blast struck on the highway near Fallujah, a police officer said."
    )
    assert [p[1] for p in _places(ex, text)] == ["Fallujah"]


def test_no_dateline_no_place(ex):
    # control: without a dateline nothing is guessed
    assert _places(ex, "Drones hit a fuel depot on Monday, killing four workers, the army said.") == []
