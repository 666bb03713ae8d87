"""Posture: a preposition ending in "-ing" ("including", "excluding") between a figure and a troop noun
is no adjective of the troops: "4,000 including Danish soldiers" counts a whole of which those are a part,
so the people named after it are not the whole's owner."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 7, 14))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Canada keeps 800 troops in Latvia. The NATO brigade there, which counts about 3,500 including Danish "
         "soldiers, trains near Riga.", ("Denmark", "Latvia", 3500)),
        ("The UN force in Lebanon has some 9,000 peacekeepers. The mission, which numbers about 9,500 excluding "
         "Irish troops, patrols the south.", ("Ireland", "Lebanon", 9500)),
    ],
)
def test_people_named_after_including_do_not_own_the_whole(ex, text, wrong):
    assert wrong not in _levels(ex, text)


def test_a_participle_before_troops_stays_an_adjective(ex):
    # near miss: "remaining" describes the troops, as before
    assert ("United States", "Iraq", 2500) in _levels(ex, "The U.S. keeps about 2,500 remaining troops in Iraq.")
