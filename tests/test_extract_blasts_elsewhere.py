"""Blasts reported or heard: the sound of an event told before, or an event of their own.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 16)
LEAD = "Strikes on Iran\n\nIsraeli jets struck targets in Tehran on Friday, killing 20 people, officials said.\n\n"


def _incidents(ex, text):
    return ex.extract(LEAD + text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text",
    [
        "State media reported explosions in Isfahan.",
        "Residents reported a loud explosion in Tabriz.",
    ],
)
def test_blasts_reported_in_another_town_are_an_event_of_their_own(ex, text):
    found = _incidents(ex, text)
    strikes = [i for i in found if i.type == "air_strike"]
    blasts = [i for i in found if i.type == "explosion"]
    assert [i.location for i in strikes] == ["Tehran"], found
    assert len(blasts) == 1 and blasts[0].location in ("Isfahan", "Tabriz"), found


@pytest.mark.parametrize("text", ["Loud explosions were heard across Tehran.", "Explosions were heard in Iran."])
def test_blasts_heard_where_the_strike_was_are_its_sound(ex, text):
    # control: blasts in the struck town, or in its country, add no event
    found = _incidents(ex, text)
    assert [i.type for i in found] == ["air_strike"], found
    assert found[0].location == "Tehran"
