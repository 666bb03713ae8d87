"""A fight told on right after a fight, with no place or day of its own, at a spot the sentence between
names ("... a shootout in X district. Forces launched a search operation in the Y area. The insurgents
fired at the search party, setting off the gunfight."), is the same fight, even where the gazetteer cannot place Y in X. A
fight told with its own town and day stays its own."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor

_LEAD = (
    "Two insurgents and a policeman died in a shootout in Kupwara district on Sunday, officials said. "
    "Security forces launched a search operation in the Lolab area after a tip-off, an officer said. "
)


def _incidents(text):
    return [(i.type, i.location) for i in shared_extractor().extract(text, id="t", published=date(2026, 3, 9)).incidents]


def test_the_fight_told_on_at_the_spot_between_is_one_fight():
    text = _LEAD + "The insurgents fired at the search party, setting off the gunfight."
    assert [t for t, _ in _incidents(text)] == ["armed_clash"]


def test_a_fight_with_its_own_town_and_day_stays_apart():
    """Near miss: the next fight names its town and its day."""
    text = _LEAD + "On Monday, insurgents fired at a police patrol in Doda, wounding two officers."
    assert [loc for _, loc in _incidents(text)][-1] == "Doda"
    assert len(_incidents(text)) == 2
