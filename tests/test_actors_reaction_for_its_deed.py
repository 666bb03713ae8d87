"""A reaction aimed at a party "for its" deed ("X condemned Y on Monday for its strikes on Z") gives the
deed to the party condemned, whom "its" names, not to the one reacting. A reaction to the deed itself
("condemned the Zedland strikes") still reads the doer from the event's own words."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.location, i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        ("Qatar condemned Israel on Tuesday for its air strikes on army positions near Daraa.", "Daraa", "Israel"),
        ("Turkey sharply criticised Russia for its missile attack on the port of Odesa on Monday.", "Odesa", "Russia"),
    ],
)
def test_party_condemned_for_its_deed_is_the_doer(ex, text, place, actor):
    assert _incidents(ex, text) == [(place, (actor,))]


def test_reaction_to_the_deed_itself_is_unchanged(ex):
    # control: the reacting party is never the doer; the doer is read from the event words
    assert _incidents(ex, "Qatar condemned the Israeli air strikes on army positions near Daraa on Tuesday.") == [
        ("Daraa", ("Israel",))
    ]
