""""in Iraq's Anbar province": a country's possessive before a place and its kind noun owns the place, not the
deed (GUIDE: actors are the parties that acted), and the place phrase adds no reach to the subject before it."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str):
    [inc] = ex.extract(text, id="t", published=date(2025, 6, 3)).incidents
    return inc.actors


@pytest.mark.parametrize(
    "text",
    [
        "Coalition air defences at Ain al-Asad air base in Iraq's Anbar province shot down two drones late on Monday.",
        "Coalition air defences at Ain al-Asad air base shot down two drones late on Monday.",
    ],
)
def test_the_subject_before_an_owned_place_acts(ex, text):
    assert _actors(ex, text) == ("US-led coalition",)


def test_a_country_owning_the_place_is_no_doer(ex):
    assert _actors(ex, "A drone base in Syria's Deir ez-Zor province was struck on Tuesday.") == ()


def test_a_possessive_force_still_acts(ex):
    """Control: a country's possessive before its forces names the doer."""
    assert _actors(ex, "Israel's air force struck a weapons depot in Syria's Hama province on Tuesday.") == ("Israel",)


def test_a_two_word_place_is_owned_too(ex):
    assert _actors(ex, "Militants in Pakistan's Khyber Pakhtunkhwa province ambushed a police convoy on Tuesday, killing five officers.") == ()


def test_a_place_after_the_event_word_leaves_the_doer(ex):
    """Control: the kind noun after the event word is its target, not the possessive's place."""
    assert _actors(ex, "Israel's bombardment of villages in south Lebanon killed three people on Tuesday.") == ("Israel",)
