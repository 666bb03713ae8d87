"""Small craft are ships too: a dhow, a trawler or a yacht taken by force is a seizure, as a cargo ship is.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pirates hijacked a fishing dhow off Eyl in Puntland on Sunday, local officials said.", ["other"]),
        ("On Monday armed men seized a trawler off Hodeidah, the coast guard said.", ["other"]),
        ("On Saturday gunmen hijacked a private yacht off Eyl in Somalia.", ["other"]),
        # near miss: a craft bought or sold is no event
        ("On Sunday a businessman bought a yacht in Eyl, officials said.", []),
    ],
)
def test_small_craft_seized(ex, text, expected):
    assert [i.type for i in ex.extract(text, id="t", published=DAY).incidents] == expected
