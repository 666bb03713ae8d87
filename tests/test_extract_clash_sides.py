"""A fight's word tells its sides ("clashes between X and Y", "X clashed with Y"): both are listed, as GUIDE's clashes are."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Fighting between M23 rebels and the Congolese army flared near Masisi on Monday, residents said.", ("M23", "Democratic Republic of Congo")),
        ("Clashes broke out between Israel and Hezbollah near Rmeish on Monday, a local official said.", ("Israel", "Hezbollah")),
        # a first side of no listed name leaves the other
        ("Clashes between tribal fighters and the RSF near Mellit on Monday killed eight, witnesses said.", ("Rapid Support Forces",)),
        # the side fought, told after "with", joins the doer
        ("Houthi fighters clashed with Saudi troops near Kitaf on Monday, a tribal source said.", ("Houthis", "Saudi Arabia")),
        ("Al-Shabaab militants fought Somali troops near Jowhar on Monday, killing six, police said.", ("Al-Shabaab", "Somalia")),
    ],
)
def test_both_sides_of_a_fight_are_listed(ex, text, sides):
    assert _actors(ex, text) == [sides]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a side of no listed name adds nobody
        ("Syrian troops clashed with smugglers near Qusayr on Monday, killing two, state media said.", ("Syria",)),
        # what the fight was fought with, or where, is no side
        ("Houthi fighters clashed with rifles and mortars near Kitaf on Monday, a tribal source said.", ("Houthis",)),
        # an attack told by another word has a doer, not sides
        ("Al-Shabaab militants attacked Somali troops near Jowhar on Monday, killing six, police said.", ("Al-Shabaab",)),
    ],
)
def test_words_that_name_no_side_add_none(ex, text, kept):
    assert _actors(ex, text)[0] == kept
