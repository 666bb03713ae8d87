"""A state's air arm named as the doer of a strike ("the air force struck") names its means: aircraft. A
country-level raid so told, after other events, is an air strike typed by its own words, which the learned
keeper may not drop as a weak cue.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 6, 3)


def _typed(ex, text):
    return [(i.type, i.country) for i in ex.extract(text, id="t", published=DAY).incidents]


def test_air_force_strike_after_a_salvo_is_kept(ex):
    text = (
        "Iran launched ballistic missiles at Israel on Tuesday. A missile hit a building in Bat Yam, wounding "
        "12 people. Israel's air force struck missile launchers in western Iran, the military said."
    )
    assert ("air_strike", "Iran") in _typed(ex, text)


def test_reworded_air_force_raid_abroad(ex):
    text = (
        "Russia launched drones at Kyiv overnight. A drone hit a house in Brovary, wounding two. "
        "Ukraine's air force struck an airfield in Russia, the general staff said."
    )
    assert ("air_strike", "Russia") in _typed(ex, text)


def test_air_force_speaking_of_an_interception_stays_one(ex):
    # near miss: the air force as the speaker of downed drones strikes nothing
    text = (
        "Russia launched drones at Kyiv overnight. A drone hit a house in Brovary, wounding two. "
        "Ukraine's air force said 40 drones were shot down."
    )
    assert [t for t, _ in _typed(ex, text)] == ["drone_attack", "drone_attack", "interception"]
