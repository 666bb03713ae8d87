"""An outlet named with a participle of whose it is, set off by commas ("Al-Masirah TV, run by the Houthis,
said"), is the source, as one named with "a channel ..." is (GUIDE: attribution is who reported it)."""

from __future__ import annotations

from datetime import date

import pytest


def _attribution(ex, text: str) -> str | None:
    [inc] = ex.extract(text, id="t", published=date(2025, 6, 3)).incidents
    return inc.attribution


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Al-Masirah TV, run by the Houthis, said a missile had been fired at Eilat on Monday.", "Al-Masirah TV"),
        ("Sabereen News, close to Iraqi armed factions, said a drone had struck the Conoco gas field on Monday.", "Sabereen News"),
    ],
)
def test_the_outlet_before_the_participle_is_the_source(ex, text, source):
    assert _attribution(ex, text) == source


def test_an_apposition_with_an_article_stays_as_it_was(ex):
    """Near miss: an apposition opened by an article was read before and still is."""
    text = "The Sudan Doctors Network, a medics' group, said a drone struck a market in El Fasher on Monday, killing 12."
    assert _attribution(ex, text) == "Sudan Doctors Network"
