"""A passive toll of counted people at a spot of its own, on a day of its own, is an event of untold means
("dozens of patients were killed at a hospital in X on Saturday"); a toll with no day, one of people told
before, or one of a mishap is none of its own."""

from __future__ import annotations

from datetime import date

import pytest


def _events(ex, text):
    f = ex.extract("Fighting between the army and rebel forces has raged in the region for months.\n\n" + text, id="t", published=date(2025, 6, 15))
    return [(i.location, i.date, i.casualties.killed, i.casualties.injured) for i in f.incidents]


@pytest.mark.parametrize(
    "text, place, day, killed, injured",
    [
        ("Dozens of patients were killed at a hospital in Khan Younis on Saturday, the ministry said.", "Khan Younis", "2025-06-14", 12, None),
        ("Eleven people were killed at a market in Omdurman on Wednesday, activists said.", "Omdurman", "2025-06-11", 11, None),
        ("At least 25 civilians were killed in El Geneina on Thursday, a doctors' group said.", "El Geneina", "2025-06-12", 25, None),
        ("Nine patients were killed and 20 wounded at a clinic in El Fasher on Tuesday, the WHO said.", "El Fasher", "2025-06-10", 9, 20),
        ("In Gaza, 30 Palestinians were killed near an aid site in Rafah on Monday, rescuers said.", "Rafah", "2025-06-09", 30, None),
    ],
)
def test_a_toll_at_a_spot_on_a_day_is_an_event(ex, text, place, day, killed, injured):
    got = _events(ex, text)
    assert len(got) == 1
    assert got[0][0].startswith(place) and got[0][1] == day and got[0][2:] == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no day of its own, people told before, a mishap as the cause
        "Eleven people were killed at a market in Omdurman, activists said.",
        "Funerals were held for the 11 people killed at a market in Omdurman on Wednesday.",
        "Seven people were killed in Kano on Monday when a wall collapsed, police said.",
        "Five people were killed in a stampede at a stadium in Kano on Monday, police said.",
    ],
)
def test_a_toll_with_no_scene_and_day_of_its_own_is_none(ex, text):
    assert _events(ex, text) == []


def test_a_toll_retold_after_its_strike_stays_one_event(ex):
    """The toll of a strike told in the sentence before is that strike's, not a second event."""
    got = _events(ex, "Israeli strikes hit Rafah on Tuesday. Thirty people were killed in Rafah on Tuesday, medics said.")
    assert got == [("Rafah", "2025-06-10", 30, None)]
