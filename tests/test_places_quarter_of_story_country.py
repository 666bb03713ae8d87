"""A quarter of the story's country told with no name ("strikes on villages in the south") is the event's scene:
it places the event in the country the text placed events in before, else the dateline's, it keeps attacks
told in the plural from passing as background, and it is not the town of another event told before it.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 22)


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=DAY).incidents
    return sorted((i.type, i.location, i.country, i.casualties.killed) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "BEIRUT - Israel launched air strikes on several villages in the south, killing five people.",
            [("air_strike", "the south", "Lebanon", 5)],
        ),
        (
            "KYIV - Russia launched drone strikes on several towns in the east, killing three people.",
            [("drone_attack", "the east", "Ukraine", 3)],
        ),
    ],
)
def test_plural_strikes_in_a_quarter_of_the_dateline_country(ex, text, seen):
    assert _seen(ex, text) == seen


def test_quarter_is_not_the_town_of_the_event_before(ex):
    text = (
        "SANAA, March 21 - A missile struck a fuel depot in Hodeidah on Friday, killing two workers, the health "
        "ministry said. Hours later, jets carried out air strikes on farms in the north, killing seven people, "
        "the ministry said."
    )
    found = _seen(ex, text)
    assert ("air_strike", "the north", "Yemen", 7) in found and len(found) == 2, found


def test_quarter_takes_the_country_of_the_scene_told_before_not_of_a_target_town(ex):
    # the event before is across the border (a town aimed at): the quarter is the story's country's
    text = (
        "BEIRUT, March 22 (Wire) - An Israeli drone hit a motorbike in the Lebanese village of Kfar Kila on "
        "Saturday, killing its rider, Lebanese officials said. Nobody claimed the attack. Later, the Israeli "
        "army said it had shot down two rockets fired from Lebanon toward the town of Kiryat Shmona. "
        "Israel answered with strikes on several villages in the south, killing four people, the officials said."
    )
    found = _seen(ex, text)
    assert ("air_strike", "the south", "Lebanon", 4) in found, found


def test_raids_in_a_quarter_with_a_toll_of_their_own_are_no_retelling(ex):
    text = (
        "ABUJA, March 21 - Gunmen killed 14 villagers in Zamfara state on Thursday, police said. Troops later "
        "launched raids on bandit camps in the northwest, killing 30 gunmen, the army said."
    )
    found = _seen(ex, text)
    assert [f[1:] for f in found] == [("Zamfara state", "Nigeria", 14), ("the northwest", "Nigeria", 30)], found


def test_fire_in_a_quarter_is_not_part_of_the_battle_before(ex):
    text = (
        "MOGADISHU, March 20 (Wire) - Militants attacked an army base in Lower Shabelle on Thursday, killing four "
        "soldiers. Separately, foreign jets conducted air strikes against militants in the north, killing 12."
    )
    found = _seen(ex, text)
    assert ("air_strike", "the north", "Somalia", 12) in found and len(found) == 2, found


@pytest.mark.parametrize(
    "text",
    [
        # controls: a quarter told of a long war, or of a trend with no toll, is background
        "BEIRUT - Fighting raged in the south for years.",
        "BEIRUT - Israel has stepped up air strikes in the south, residents say.",
        "DAMASCUS - Air strikes in the north have become a daily fear for families, aid workers say.",
    ],
)
def test_quarter_told_as_background_gives_nothing(ex, text):
    assert _seen(ex, text) == []


def test_undated_strikes_with_no_place_stay_background(ex):
    # control: the same plural with no quarter told
    assert _seen(ex, "BEIRUT - Israel has carried out air strikes for months, residents say.") == []
