"""A past event told with its year and spot is an incident (GUIDE: background events count) even when its toll
is vague: "dozens of soldiers" counts the dead, not the events, so it makes no aggregate over the year.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 6, 3)


def _told(ex, text):
    return sorted((i.date, i.location, i.casualties.killed) for i in ex.extract(text, id="t", published=DAY).incidents)


def test_past_assault_with_a_vague_toll_is_kept(ex):
    text = (
        "Suspected jihadists killed 30 soldiers in an attack on a camp at Boulkessi in Mali on Sunday. "
        "In 2019, a similar assault on Boulkessi killed dozens of soldiers."
    )
    assert ("2019-01-01/2019-12-31", "Boulkessi", 12) in _told(ex, text)


def test_reworded_past_raid_wounding_several(ex):
    text = (
        "Gunmen stormed a police post near Djibo in Burkina Faso on Monday. "
        "In 2021, an ambush near Djibo wounded several soldiers."
    )
    assert [d for d, _, _ in _told(ex, text)].count("2021-01-01/2021-12-31") == 1


def test_vague_count_of_attacks_stays_an_aggregate(ex):
    # near miss: "dozens of attacks" over a year counts events, so it is no one event
    text = (
        "Militants stormed an army post at Boulkessi in Mali on Sunday. "
        "In 2019, jihadists launched dozens of attacks on Boulkessi."
    )
    assert [d for d, _, _ in _told(ex, text)] == ["2025-06-01"]
