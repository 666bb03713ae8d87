"""Armed men told as members of a group in a belief set off by commas ("The gunmen, believed to be members of
X, ...") are X's men, suspected, as they are when the belief follows with no comma."""

from __future__ import annotations

from datetime import date


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 1, 17)).incidents]


def test_belief_set_off_by_commas(ex):
    text = "The gunmen, thought to be members of ISWAP, stormed a market in Monguno on Thursday, killing eight traders."
    assert _actors(ex, text) == [["ISWAP (suspected)"]]


def test_belief_without_comma_still_read(ex):
    """Control: the belief told with no comma was already read."""
    text = "Gunmen thought to be members of ISWAP stormed a market in Monguno on Thursday, killing eight traders."
    assert _actors(ex, text) == [["ISWAP (suspected)"]]
