"""A charge defused, dismantled or found before it went off is no blast: told so in either voice, it makes no
explosion; a charge that went off, with another made safe beside it, still does.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 12)


def _incidents(ex, text):
    return ex.extract(text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text",
    [
        "Army engineers said an explosive-packed car bomb was defused near a bank in Baidoa on Monday.",
        "Sappers defused a roadside bomb on the main road into Bannu on Monday, police said.",
        "Soldiers defused a car bomb parked outside a clinic in Baidoa on Monday.",
        "An IED hidden under a culvert near Khost was found and dismantled by troops on Monday.",
    ],
)
def test_charge_made_safe_is_no_blast(ex, text):
    assert not [i for i in _incidents(ex, text) if i.type == "explosion"]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb went off beside a minibus in Bannu on Monday, killing two; police found a second one.",
        "A car bomb exploded near a bank in Baidoa on Monday, and a second charge was defused nearby.",
    ],
)
def test_charge_that_went_off_stays_a_blast(ex, text):
    assert [i.type for i in _incidents(ex, text)] == ["explosion"]
