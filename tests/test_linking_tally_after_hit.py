"""The night's tally counted in tens over a country, told right after one weapon's hit at a town, is an event of its
own (GUIDE: one country-level record, the town's hit beside it), not that hit told again.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 4, 5)


def _attacks(ex, text):
    found = ex.extract(text, id="t", published=DAY).incidents
    return sorted((i.location, i.count, i.casualties.killed) for i in found if i.type == "missile_attack")


@pytest.mark.parametrize(
    "hit",
    [
        "A Russian missile struck a warehouse in Dnipro overnight, killing three workers.",
        "A Russian missile attack on Dnipro killed three workers overnight.",
    ],
)
def test_the_tally_after_a_town_hit_stays_its_own_event(ex, hit):
    text = f"{hit} Russia fired 35 missiles at Ukraine overnight, the air force said."
    assert _attacks(ex, text) == [("Dnipro", 1, 3), ("Ukraine", 35, None)]


def test_control_a_country_wide_attack_retold_by_its_tally_stays_one(ex):
    # "a massive missile attack on Ukraine" is the barrage itself, told first by the country it hit
    text = (
        "Russia launched a massive missile attack on Ukraine overnight, killing three people. "
        "Russia fired 35 missiles at Ukraine, the air force said."
    )
    assert len(_attacks(ex, text)) == 1


def test_control_one_of_the_barrage_told_after_it(ex):
    # a share of the barrage told after it is a part at a town of its own, the barrage kept whole over the
    # country (GUIDE: the country-level item, and one per site; test_linking_one_of_them_own_town)
    text = "Russia fired 35 missiles at Ukraine overnight. One of them struck a warehouse in Dnipro, killing three."
    # (the part counts its one missile: GUIDE, count is the number of projectiles)
    assert _attacks(ex, text) == [("Dnipro", 1, 3), ("Ukraine", 35, None)]
