""" "missiles at a US warship", "a US carrier group", "a US convoy": a state's ship, fleet or convoy goes where it
is sent, so the state that owns it is no scene; a place told with it still is, and a state's land hit stays."""

from __future__ import annotations

from datetime import date


def _places(ex, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 3))
    return [(i.location, i.country) for i in facts.incidents]


def test_a_states_warship_is_not_in_that_state(ex):
    text = "The rebels said they had launched two cruise missiles at a US warship late on Saturday."
    assert ("United States", "United States") not in _places(ex, text)


def test_a_states_carrier_group_is_not_in_that_state(ex):
    text = "Eight ballistic missiles were fired at a U.S. carrier group on Sunday, the navy said."
    assert ("United States", "United States") not in _places(ex, text)


def test_a_states_convoy_is_not_in_that_state(ex):
    text = "Gunmen attacked a US convoy on Friday, two officials said."
    assert ("United States", "United States") not in _places(ex, text)


def test_a_place_told_with_the_owned_target_is_the_scene(ex):
    # control: the sea the fleet sails is where it was attacked
    text = "The rebels fired six ballistic missiles at a US carrier group in the Red Sea on Sunday."
    assert [loc for loc, _ in _places(ex, text)] == ["Red Sea"]


def test_a_town_struck_stays_the_scene(ex):
    # control: a state's town, not a thing it owns, is where the strike fell
    text = "Russian drones hit apartment blocks in Kharkiv overnight, killing three people, the mayor said."
    assert [loc for loc, _ in _places(ex, text)] == ["Kharkiv"]
