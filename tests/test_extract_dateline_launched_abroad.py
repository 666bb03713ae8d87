"""An interception a provincial dateline's sentence tells of a weapon launched from another country, with no
spot named, was over that state, not over the town the reporter files from; a town the sentence names as
the scene, or a weapon with no foreign origin, keeps the town."""

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
            "NETANYA, Israel - The Israeli military said it shot down a long-range missile launched from Yemen early on Thursday.",
            ("interception", "Israel", "Israel"),
        ),
        (
            "ZAPORIZHZHIA, Ukraine - Gunners downed three attack drones sent from Russia late on Wednesday, an army spokesman said.",
            ("interception", "Ukraine", "Ukraine"),
        ),
    ],
)
def test_weapon_from_abroad_is_stopped_over_the_state(ex, text, want):
    assert want in _places(ex, text)


def test_dateline_town_named_as_the_scene_stays(ex):
    """Control: the sentence names the dateline's own town as where the weapon was stopped."""
    text = "NETANYA, Israel - The Israeli military said it shot down a long-range missile launched from Yemen over Netanya early on Thursday."
    assert ("interception", "Netanya", "Israel") in _places(ex, text)


def test_weapon_with_no_foreign_origin_stays_at_the_town(ex):
    """Control: a drone downed with no launch abroad told is still placed at the town the reporter files from."""
    text = "ZAPORIZHZHIA, Ukraine - Gunners downed three attack drones late on Wednesday, an army spokesman said."
    assert ("interception", "Zaporizhzhia", "Ukraine") in _places(ex, text)
