"""What becomes of a barrage told over two sentences, and when its news day is.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 4, 14)
HEAD = "Overnight attack\n\n"


def _incidents(ex, text):
    return ex.extract(HEAD + text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "share",
    ["but at least one", "but only one", "though more than two", "but two"],
)
def test_a_hedged_share_that_struck_is_the_barrage_itself(ex, share):
    # GUIDE: one record per real event; the share of the salvo that got through is where it hit
    text = (
        "Iran launched a wave of ballistic missiles at Israel before dawn, the army said. "
        f"Most were intercepted, it said, {share} struck a block of flats in Haifa, killing four people."
    )
    found = _incidents(ex, text)
    attacks = [i for i in found if i.type != "interception"]
    assert len(attacks) == 1, found
    assert attacks[0].type == "missile_attack"
    assert attacks[0].actors == ("Iran",)
    assert attacks[0].casualties.killed == 4


def test_a_strike_of_its_own_after_an_interception_stays_apart(ex):
    # control: a new doer with its own weapon is a new event, not a share of the salvo
    text = (
        "Iran launched a wave of ballistic missiles at Israel before dawn, the army said. "
        "Most were intercepted. Later, Israeli jets struck a radar site near Tabriz, killing two soldiers."
    )
    found = _incidents(ex, text)
    assert {i.type for i in found} >= {"missile_attack", "air_strike"}, found


@pytest.mark.parametrize("clock", ["shortly after 5am", "just after midnight", "after dawn"])
def test_a_time_after_a_clock_is_the_news_day_not_a_cause(ex, clock):
    # "after 5am" tells the hour of the news, not an earlier event the strike answered (a "fresh" salvo is
    # no lead: its day comes from how it is told)
    found = _incidents(ex, f"Sirens sounded in the north {clock} as Iran launched a fresh salvo of missiles at Israel.")
    assert found and found[0].date == "2025-04-13/2025-04-14", found


def test_a_strike_told_after_an_event_is_still_background(ex):
    # control: "after" before an event word keeps telling a cause, told as background
    found = _incidents(
        ex,
        "Israeli jets struck a depot near Tabriz on Monday. The raid came after rocket attacks on Haifa.",
    )
    assert [i.date for i in found if i.type == "rocket_attack"] in ([], [None]), found
