"""A single weapon's hit told first, and a barrage counted in tens over the whole country told after it: two
events, as when the barrage is told first (linking.one_of_a_barrage), whichever order the report takes.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 4, 5)
TALLY = "\n\nOvernight, Russia launched 70 drones and four missiles at Ukraine, the air force said."


def _attacks(ex, text):
    found = ex.extract(text, id="t", published=DAY).incidents
    return sorted((i.location, i.count) for i in found if i.type == "missile_attack")


@pytest.mark.parametrize(
    "hit",
    [
        "A Russian missile hit a playground in a Ukrainian town on Friday evening, killing five people.",
        "A Russian missile hit a market in Ukraine on Friday evening, killing five people, officials said.",
    ],
)
def test_a_hit_told_only_by_its_country_keeps_the_tally_apart(ex, hit):
    # GUIDE: one record per real event; the night's barrage is not lost into the one missile told first
    assert _attacks(ex, hit + TALLY) == [("Ukraine", 1), ("Ukraine", 74)]


def test_control_a_barrage_told_first_and_one_of_it_hitting_a_town(ex):
    # "one of them" makes the hit a share of the barrage told just before: a part at its own town, the barrage
    # kept whole over the country (test_linking_one_of_them_own_town)
    text = "KYIV, April 5 (Wire) - Russia fired 40 missiles at Ukraine overnight. One of them hit Lviv, killing two."
    # (the part counts its one missile: GUIDE, count is the number of projectiles)
    assert _attacks(ex, text) == [("Lviv", 1), ("Ukraine", 40)]


def test_control_a_small_count_told_after_a_hit_is_not_a_barrage(ex):
    # a few missiles, not a country-wide tally in tens: the rule leaves such retellings as they were
    text = (
        "A Russian missile hit a market in Ukraine on Friday evening, killing five people, officials said. "
        "Russia fired two missiles at Ukraine on Friday, the air force said."
    )
    assert len(_attacks(ex, text)) == 1
