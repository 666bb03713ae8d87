"""The dateline's town as a place of last resort: a capital's lede at a site of the town told by its kind, and a
story's first event told after a dateline sentence that tells none, with nothing hinting at another scene."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return [(i.type, i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a definite site of the town, no toll
        (
            "BAGHDAD, March 10 (Wire) - Two rockets hit near the airport on Monday, the army said.",
            ("rocket_attack", "Baghdad", "Iraq"),
        ),
        (
            "KHARTOUM (Wire) - A drone struck the city's main market on Monday, witnesses said.",
            ("drone_attack", "Khartoum", "Sudan"),
        ),
        (
            "MOGADISHU (Wire) - Mortar shells landed near the presidential palace on Sunday, police said.",
            ("shelling", "Mogadishu", "Somalia"),
        ),
    ],
)
def test_a_capitals_lede_at_a_site_of_the_town_is_in_the_capital(ex, text, want):
    assert _places(ex, text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "GOMA, Congo (Wire) - Fighting flared again in the east this week, aid groups said.\n\n"
            "Rebels shelled a displacement camp on Monday, killing five, a camp official said.",
            ("shelling", "Goma", "Democratic Republic of Congo"),
        ),
        (
            "ODESA, Ukraine (Wire) - The governor urged residents to stay in shelters this week.\n\n"
            "A Russian drone hit a warehouse on Tuesday, wounding two workers, he said.",
            ("drone_attack", "Odesa", "Ukraine"),
        ),
    ],
)
def test_the_first_event_after_a_dateline_sentence_telling_none_is_at_the_town(ex, text, want):
    assert _places(ex, text) == [want]


def test_a_place_told_with_the_first_event_wins(ex):
    text = (
        "GOMA, Congo (Wire) - Fighting flared again this week, aid groups said.\n\n"
        "Rebels shelled a camp near Sake on Monday, killing five, a camp official said."
    )
    assert [p[1] for p in _places(ex, text)] == ["Sake"]


@pytest.mark.parametrize(
    "text",
    [
        # a foreign state striking, from a hub the story is not about
        "DUBAI (Wire) - Tensions rose across the region this week.\n\n"
        "Israeli strikes killed five people on Monday, medics said.",
        # words pointing away from the town
        "GOMA, Congo (Wire) - Aid groups warned of more fighting this week.\n\n"
        "Rebels attacked a border post on Monday, killing three soldiers.",
        # a capital's lede with no toll and no site of the town stays unplaced
        "BAGHDAD, March 10 (Wire) - Two rockets hit near a border post on Monday, the army said.",
    ],
)
def test_no_town_when_something_points_elsewhere(ex, text):
    town = text.split(" ")[0].strip(",").title()
    assert [p for p in _places(ex, text) if p[1] == town] == []
