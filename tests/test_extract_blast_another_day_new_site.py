"""A blast told on a day of its own words at a site told for the first time ("On Friday, a car bomb exploded at
a market in X") is another event than an assault told in X the day before, not that assault's opening; a blast
at the assault's own site keeps the day's allowance and stays the assault's.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 5, 31)
ASSAULT = "Jihadists stormed an army camp near Gao on Thursday, killing 22 soldiers. "


def _kinds(ex, text):
    return [(i.type, str(i.date)) for i in ex.extract(text, id="t", published=DAY).incidents]


def test_a_blast_at_a_new_site_the_next_day_is_its_own(ex):
    text = ASSAULT + "On Friday, a car bomb exploded at a market in Gao."
    assert _kinds(ex, text) == [("armed_clash", "2025-05-29"), ("explosion", "2025-05-30")]


def test_reworded_with_the_day_last(ex):
    text = ASSAULT + "A car bomb went off near a checkpoint in Gao on Friday."
    assert _kinds(ex, text) == [("armed_clash", "2025-05-29"), ("explosion", "2025-05-30")]


def test_a_blast_at_the_assaults_own_site_stays_the_assault(ex):
    """Near miss: the blast at the camp's gate, told on the next day, opened the same assault."""
    text = ASSAULT + "A car bomb exploded at the gate of the camp on Friday."
    assert [k for k, _ in _kinds(ex, text)] == ["armed_clash"]
