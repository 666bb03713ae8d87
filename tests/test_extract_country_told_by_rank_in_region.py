"""A country told by its rank within a region ("Africa's most populous nation", "Europe's largest country")
is a country, not the region: where the story names one country, that country is the scene; a region
told as the scene stays the region.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 6, 3)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a market in Africa's most populous nation on Sunday, killing nine people, Nigerian police said.",
        "Gunmen stormed a church in Africa's largest country by population on Sunday, killing nine people, Nigerian police said.",
    ],
)
def test_country_told_by_rank_is_the_story_country(ex, text):
    assert _places(ex, text) == [("Nigeria", "Nigeria")]


def test_region_told_as_the_scene_stays(ex):
    # near miss: "in Africa" with no rank after it tells the region itself
    text = "Gunmen attacked a market in West Africa on Sunday, killing nine people, Nigerian police said."
    assert _places(ex, text) == [("West Africa", None)]
