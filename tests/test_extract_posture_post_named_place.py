"""Posture: "the <country> base" names where a post is, not whose it is, when the article names that
country only as a place: its figure is the force's there, and a gapped list after it ("..., and Chad some
80") names further places of the same force, not further owners."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 6, 1))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Paris keeps 400 soldiers in Senegal and 700 in Chad. Under the reform, the Senegal base will keep "
         "about 150 troops, and Chad some 90.",
         [("France", "Senegal", 150), ("France", "Chad", 90)]),
        ("Italy has 500 troops in Niger and 300 in Djibouti. The Niger camp will hold roughly 200 soldiers "
         "next year, and Djibouti about 120.",
         # (the time between the figure and the gap leaves the second figure unread: no owner is made up)
         [("Italy", "Niger", 200)]),
    ],
)
def test_a_post_named_by_a_place_is_where_the_force_is(ex, text, levels):
    got = _levels(ex, text)
    for level in levels:
        assert level in got, got
    assert not [lv for lv in got if lv[0] in ("Chad", "Djibouti", "Senegal", "Niger")], got


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # near misses: a party's base ("the US base") and a gapped party after a party's own figure
        ("The United States has troops in Qatar. The US base at Al Udeid holds about 8,000 troops.",
         ("United States", "Qatar", 8000)),
        ("Germany sent 800 troops to Lithuania and the Netherlands 300.", ("Netherlands", "Lithuania", 300)),
    ],
)
def test_a_party_named_before_a_base_or_in_a_gap_stays_the_owner(ex, text, level):
    assert level in _levels(ex, text)
