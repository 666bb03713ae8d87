""""The city" or "the town" told with no town named before it is the town the dateline files from, when nothing
between them but that town's country is named; a town named before, or a region told in between, keeps it."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return [(i.type, i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a capital's dateline, the event told in a later sentence "in the city"
        (
            "KHARTOUM (Wire) - The conflict dragged into its third year this week. A drone slammed into a fuel "
            "depot in the city on Monday, killing four workers.",
            ("drone_attack", "Khartoum", "Sudan"),
        ),
        # "the town", a town that is no capital, its country told in the dateline
        (
            "BUNIA, Congo (Wire) - Aid groups warned of worsening hunger on Wednesday. Militiamen raided a "
            "clinic in the town on Tuesday, killing six patients.",
            ("armed_clash", "Bunia", "Democratic Republic of Congo"),
        ),
    ],
)
def test_the_city_with_no_town_before_it_is_the_datelines(ex, text, want):
    found = _places(ex, text)
    assert [(loc, country) for _, loc, country in found] == [want[1:]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a town named before is the one "the city" names again (control)
        (
            "KHARTOUM (Wire) - Fighting has raged around El Fasher for months. A drone struck a fuel depot in "
            "the city on Monday, killing four.",
            "El Fasher",
        ),
        # a region told in between may hold the city meant: not the dateline's town
        (
            "KYIV (Wire) - Russia pounded the Kharkiv region overnight. A drone hit an apartment block in the "
            "city on Tuesday, wounding three.",
            "Kharkiv region",
        ),
    ],
)
def test_the_city_after_another_place_is_not_the_datelines(ex, text, want):
    assert [loc for _, loc, _ in _places(ex, text)] == [want]
