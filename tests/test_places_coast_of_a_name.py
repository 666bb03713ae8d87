"""A name the gazetteer lacks, told after "the coast of" or "the shore of" (where a ship was hit at sea off
it), is the scene, as "the town of X" is; a known town told so stays that town."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return sorted((i.type, i.location, i.country) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "A merchant vessel was struck by a projectile off the coast of Ras Kamal on Wednesday, Yemeni officials said.",
            [("missile_attack", "Ras Kamal", "Yemen")],
        ),
        (
            "Gunmen in a skiff fired on a fishing dhow off the shore of Bandar Waqal on Sunday, wounding two crew, "
            "Somali officials said.",
            [("armed_clash", "Bandar Waqal", "Somalia")],
        ),
        (
            # control: a town the gazetteer knows, told the same way
            "A merchant vessel was struck by a projectile off the coast of Hodeidah on Wednesday, Yemeni officials said.",
            [("missile_attack", "Hodeidah", "Yemen")],
        ),
    ],
)
def test_coast_of_a_name(ex, text, seen):
    assert _seen(ex, text) == seen
