"""A road told as "linking" or "connecting" two towns, and a stretch told only "between" two towns, is placed
at the first town named, as "the road between X and Y" is; a road's town is finer than the region the
sentence names around it, but a spot the sentence names as the scene still wins.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest


def _locations(ex, text):
    return [i.location for i in ex.extract(text, id="t", published=date(2025, 6, 3)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed an army convoy on the road linking Baiji and Tikrit on Sunday, killing four soldiers.",
        "Gunmen ambushed an army convoy on the highway connecting Baiji with Tikrit on Sunday, killing four soldiers.",
        "Gunmen ambushed an army convoy on the main road linking Baiji to Tikrit on Sunday, killing four soldiers.",
    ],
)
def test_road_linking_two_towns_is_placed_at_the_first(ex, text):
    assert _locations(ex, text) == ["Baiji"]


def test_stretch_between_two_towns_is_placed_at_the_first(ex):
    text = "A roadside bomb struck a supply convoy between Gao and Ansongo on Sunday, wounding six soldiers."
    assert _locations(ex, text) == ["Gao"]


def test_road_town_is_finer_than_the_region_around_it(ex):
    text = "A drone strike hit a car on the road between Nabatieh and Kfar Roummane in southern Lebanon on Monday, killing two people."
    assert _locations(ex, text) == ["Nabatieh"]


def test_spot_named_beside_the_road_still_wins(ex):
    # near miss: "near X" names the scene; the road's towns only locate it
    text = "A drone strike hit a car near Yohmor, on the road between Nabatieh and Kfar Roummane in southern Lebanon on Monday."
    assert _locations(ex, text) == ["Yohmor"]


def test_clashes_between_two_parties_keep_their_scene(ex):
    # near miss: "between" after a clash noun names its sides, not a stretch
    text = "Clashes between Tuareg rebels and the army broke out in Kidal on Sunday, killing six."
    assert _locations(ex, text) == ["Kidal"]
