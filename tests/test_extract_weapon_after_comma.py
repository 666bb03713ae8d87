"""A country named in a sentence's opening phrase, set off by a comma before the weapon ("In X, a mortar
attack ...") is where the event happened, not its doer; a name on the weapon's own noun phrase still is.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 14)


def _incidents(ex, text):
    return ex.extract(text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text",
    [
        "In Somalia, a mortar attack struck an army camp near Baidoa on Sunday night.",
        "In Mali, mortar shells landed inside the military camp at Gao on Sunday, residents said.",
    ],
)
def test_opening_country_is_no_doer(ex, text):
    found = _incidents(ex, text)
    assert len(found) == 1, found
    assert found[0].actors == ()


@pytest.mark.parametrize(
    "text, doer",
    [
        ("A Hezbollah anti-tank missile struck a house in Metula on Sunday.", "Hezbollah"),
        ("Houthi drones hit a fuel depot in Eilat on Sunday, officials said.", "Houthis"),
    ],
)
def test_name_on_the_weapon_stays_the_doer(ex, text, doer):
    found = _incidents(ex, text)
    assert len(found) == 1, found
    assert doer in found[0].actors
