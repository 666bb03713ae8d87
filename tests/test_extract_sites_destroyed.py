"""A site or a means of war destroyed by an armed party whose means are untold was attacked ("Ukrainian
forces destroyed an ammunition depot near X on Friday"); a ruin with no armed doer, or no site, is none."""

from __future__ import annotations

from datetime import date

import pytest


def _events(ex, text):
    f = ex.extract(text, id="t", published=date(2025, 6, 15))
    return [(i.type, i.location, i.actors) for i in f.incidents]


@pytest.mark.parametrize(
    "text, place, actor",
    [
        ("Ukrainian forces destroyed a Russian ammunition depot near Donetsk on Friday, the general staff said.", "Donetsk", "Ukraine"),
        ("Israeli forces destroyed a Hezbollah weapons site in southern Lebanon on Saturday, the military said.", "southern Lebanon", "Israel"),
        ("Myanmar's army destroyed a rebel camp near Lashio on Thursday, state media said.", "Lashio", "Myanmar"),
        ("Ukrainian forces destroyed a Russian S-400 air defence system in Crimea on Friday, the general staff said.", "Crimea", "Ukraine"),
        ("Al-Shabaab fighters destroyed a telecommunications tower near Baidoa on Monday, residents said.", "Baidoa", "Al-Shabaab"),
    ],
)
def test_a_site_destroyed_by_an_armed_party_was_attacked(ex, text, place, actor):
    got = _events(ex, text)
    assert len(got) == 1
    assert got[0][1].startswith(place) and actor in got[0][2]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no armed doer, no site, a figure of speech
        "Floods destroyed a bridge near Lashio on Thursday, state media said.",
        "Ukrainian forces destroyed documents near Donetsk on Friday before they left, the general staff said.",
        "The war has destroyed the economy of Donetsk, the general staff said on Friday.",
    ],
)
def test_a_ruin_with_no_armed_doer_or_site_is_none(ex, text):
    assert _events(ex, text) == []
