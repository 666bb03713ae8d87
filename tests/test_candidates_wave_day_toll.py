"""A wave or series of strikes told with a day and a toll of its own is one raid, even when its scene was told
in the sentence before ("The assault opened on Sunday with a wave of air strikes that killed 12"): it folds into
that event. Without its own day and toll the same words tell a pattern or nothing new."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str):
    facts = ex.extract(text, id="t", published=date(2025, 2, 10))
    return [(i.date, i.type, i.location, i.actors, i.casualties.killed) for i in facts.incidents]


def test_wave_with_its_day_and_toll_folds_into_the_raid_told_before(ex):
    text = (
        "NABLUS, West Bank, Feb 10 (Wire) - Israeli forces launched a raid on the Balata refugee camp on Sunday. "
        "The operation began on Sunday with a wave of drone strikes that killed eight people, the ministry said."
    )
    got = _incidents(ex, text)
    assert len(got) == 1
    assert got[0][0] == "2025-02-09"
    assert got[0][2] == "Balata refugee camp"
    assert got[0][4] == 8


def test_wave_without_a_toll_adds_nothing(ex):
    """Control: the same wave with no toll of its own leaves the raid as it was."""
    text = (
        "NABLUS, West Bank, Feb 10 (Wire) - Israeli forces launched a raid on the Balata refugee camp on Sunday. "
        "The operation began with a wave of drone strikes, the ministry said."
    )
    got = _incidents(ex, text)
    assert len(got) == 1
    assert got[0][4] is None


def test_wave_over_months_stays_a_pattern(ex):
    """Control: a wave told over months is a pattern, toll or not."""
    text = "GAZA (Wire) - Israel has carried out a wave of strikes in recent months, killing hundreds, medics said."
    assert _incidents(ex, text) == []


def test_wave_that_opened_the_raid_dated_before_takes_its_day(ex):
    """No day in the wave's own sentence: it opened the raid the sentence before dated by its day."""
    text = (
        "HEBRON (Wire) - Israeli troops launched a raid on Dura on Saturday. It began with a series of drone strikes "
        "that killed five people, the ministry said."
    )
    got = _incidents(ex, text)
    assert len(got) == 1
    assert (got[0][0], got[0][4]) == ("2025-02-08", 5)


def test_wave_that_opened_a_war_dated_by_month_stays_nothing(ex):
    """Control: what the sentence before dates by a month or a year is a campaign, not one raid."""
    text = "GAZA (Wire) - The war began in October 2023. It began with a wave of air strikes that killed hundreds."
    assert _incidents(ex, text) == []
