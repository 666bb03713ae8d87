"""A further event's scene ("A second raid hit a house in X") is not the place an earlier country-level
event narrows to.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 3)
HEAD = "Strikes in the south\n\nBEIRUT - Israeli jets struck several villages in south Lebanon on Monday, the army said. "


def _places(ex, text):
    return sorted((i.location, i.casualties.killed) for i in ex.extract(HEAD + text, id="t", published=DAY).incidents)


@pytest.mark.parametrize("further", ["A second raid", "Another strike", "A separate raid"])
def test_a_further_raids_town_is_not_the_first_raids_scene(ex, further):
    found = _places(ex, f"{further} hit a house in Nabatieh, killing two people, the health ministry said.")
    assert found == [("Lebanon", None), ("Nabatieh", 2)], found


def test_the_raid_retold_at_its_town_still_narrows_it(ex):
    # control: the same raid told at its town, with no mark of a further one
    found = _places(ex, "The raid hit a house in Nabatieh, killing two people, the health ministry said.")
    assert [loc for loc, _ in found] == ["Nabatieh"], found
