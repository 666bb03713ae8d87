"""An event noun fought on ground ("the siege of X", "the shelling of X") names its scene with "of", as a
locative word would: a world-list town read only after "in/at/near" is placed there too."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    facts = ex.extract(text, id="x", published=date(2031, 5, 2))
    return [(i.type, i.location, i.date, i.casualties.killed) for i in facts.incidents]


def test_a_siege_broken_after_fighting_with_a_toll(ex):
    text = "Troops broke the siege of Kadugli on Thursday after heavy fighting that killed 20 fighters."
    assert _incidents(ex, text) == [("armed_clash", "Kadugli", "2031-05-01", 20)]


def test_fighting_that_ended_a_siege_with_a_toll(ex):
    text = "Heavy fighting on Thursday ended the siege of Kadugli, killing 20 fighters."
    assert _incidents(ex, text) == [("armed_clash", "Kadugli", "2031-05-01", 20)]


def test_a_siege_kept_up_stays_no_event(ex):
    # (control) the siege goes on: a state, no event, wherever it is
    text = "The militia pressed its year-long siege of the city of Kadugli on Thursday."
    assert _incidents(ex, text) == []


def test_a_fight_ended_by_talks_stays_no_event(ex):
    # (control) what talks ended is no fighting told
    text = "The talks ended the fighting in Kadugli on Thursday."
    assert _incidents(ex, text) == []


def test_a_siege_in_history_names_no_event(ex):
    # (control) a siege only debated, no deed of war in the text
    text = "Historians still debate the siege of Leningrad."
    assert _incidents(ex, text) == []
