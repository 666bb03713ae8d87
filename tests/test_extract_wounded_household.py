"""The wounded told as a household and its size ("wounding a family of five") are that many, as the dead
told so already were; a family named only as whose the wounded were keeps the number told."""

from __future__ import annotations

from datetime import date

import pytest

_DAY = date(2031, 9, 20)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A drone strike on a flat in the town of Tyre wounded a family of five on Saturday, the health ministry said.", 5),
        ("Shelling hit a farm near Kherson on Saturday, injuring an entire family of four, the regional governor said.", 4),
    ],
)
def test_a_wounded_household_counts_its_size(ex, text, injured):
    (incident,) = ex.extract(text, id="t", published=_DAY).incidents
    assert incident.casualties.injured == injured


def test_members_of_one_family_keep_their_number(ex):
    """Near miss: 'two members of one family' are two wounded, not the family's size."""
    text = "Shelling hit a farm near Kherson on Saturday, injuring two members of one family, the regional governor said."
    (incident,) = ex.extract(text, id="t", published=_DAY).incidents
    assert incident.casualties.injured == 2
