"""A mine as the subject of a hit word ("a mine hit a truck") went off: an explosion, as for a harm verb.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor

DAY = date(2025, 3, 10)
TAIL = "\n\nThe army blamed insurgents for the attack and gave no further details."


def _types(text):
    return [i.type for i in shared_extractor().extract(text + TAIL, id="t", published=DAY).incidents]


def test_mine_that_hit_is_an_explosion():
    assert _types("A roadside mine hit a minibus near Mopti on Sunday, killing four passengers.") == ["explosion"]


def test_armed_men_that_hit_stay_a_fight():
    # near miss: the same hit by armed men is a fight on the ground
    assert _types("Gunmen hit a minibus near Mopti on Sunday, killing four passengers.") == ["armed_clash"]
