"""An interception a capital's dateline opens with no place of its own was over that country, not over the
capital: reporters there tell of the whole country, the seat GeoNames gives counting where the lexicon lets
no city stand for the state."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 5, 8))
    return [(i.type, i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "JERUSALEM - Air defence batteries shot down a ballistic missile launched from Yemen before dawn on Wednesday, the army said.",
            ("interception", "Israel", "Israel"),
        ),
        (
            "BAGHDAD - Soldiers downed an explosive-laden drone late on Tuesday, a security source said.",
            ("interception", "Iraq", "Iraq"),
        ),
    ],
)
def test_capital_dateline_event_is_country_level(ex, text, want):
    assert want in _places(ex, text)


def test_capital_dateline_other_event_stays_unplaced(ex):
    """Control: a ground attack such a sentence tells keeps no place (the capital's reporters tell of the
    whole country, and no scene is guessed for it)."""
    text = "BAGHDAD - Gunmen ambushed a border patrol late on Tuesday, a security source said."
    assert _places(ex, text) == []


def test_provincial_dateline_town_stays_the_scene(ex):
    """Control: a dateline town that is no capital is still where its sentence's unplaced event happened."""
    text = "KIRKUK, Iraq - Soldiers downed an explosive-laden drone late on Tuesday, a security source said."
    assert ("interception", "Kirkuk", "Iraq") in _places(ex, text)
