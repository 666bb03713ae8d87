"""A site told as "hit" in the passive with no agent took a blow from afar, as one "struck" did, and a
short report of it is about violence when its sentence tells a toll; a blast told as shaking a named town
is felt there and makes a short report relevant though no harm is told.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 4, 15)


def _found(ex, text):
    return sorted((i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents)


def test_a_site_hit_with_a_toll_is_struck(ex):
    text = "ODESA (Agency) - A grain terminal in Kherson was hit overnight, killing three guards, officials said."
    assert _found(ex, text) == [("air_strike", "Kherson")]


def test_hit_as_struck_also_hit(ex):
    # the helper may carry an adverb; the reading is the one "was struck" already has
    struck = "A power plant in Kharkiv was struck on Sunday, killing one worker, the governor said."
    hit = "A power plant in Kharkiv was also hit on Sunday, killing one worker, the governor said."
    assert _found(ex, hit) == _found(ex, struck) == [("air_strike", "Kharkiv")]


def test_hit_by_weather_or_sanctions_stays_out(ex):
    # near misses: an agent after the passive names what hit, and a flood or a sanction is no attack
    assert _found(ex, "Villages near Basra were hit hard by floods on Sunday, killing four people, officials said.") == []
    assert _found(ex, "Traders in Karachi were hit by new tariffs on Sunday, killing hopes of a rebound.") == []


def test_active_hit_by_a_storm_stays_out(ex):
    # near miss: the active verb with a storm as its subject is weather
    assert _found(ex, "A storm hit Aden on Sunday, killing two fishermen, officials said.") == []


def test_a_blast_that_shook_a_town_is_an_explosion(ex):
    text = "BEIRUT (Agency) - A loud explosion shook Sidon late on Tuesday, local media reported."
    assert _found(ex, text) == [("explosion", "Sidon")]


def test_a_scandal_or_a_blast_of_words_shaking_no_place_stays_out(ex):
    # near misses: no blast word, or a shaking of no listed place
    assert _found(ex, "A bribery scandal rocked the cabinet in Baghdad on Tuesday, local media reported.") == []
    assert _found(ex, "An explosion of anger rocked the markets on Tuesday, traders said.") == []
