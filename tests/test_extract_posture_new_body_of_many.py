"""Posture: a figure told as the size of a new body of many states that no party names ("an international
force of 4,000 troops") is none of the parties the text told before; a force of a state named in its own
sentence keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 9, 2))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia keeps 2,000 soldiers in Somalia. The peace deal foresees an international force of 4,000 troops there.",
        "Rwanda pulled its units out of the province. A regional force of 3,000 soldiers would then take over in Congo.",
        "Turkey moved troops near the frontier. Under the plan, a multinational mission of 6,000 troops would patrol Syria.",
    ],
)
def test_a_new_body_of_many_states_is_no_party_told_before(ex, text):
    assert [lv for lv in _levels(ex, text) if lv[2] in (3000, 4000, 6000)] == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # near misses: the state sends or holds the force in its own sentence
        ("Spain sent a joint force of 700 troops to Latvia.", ("Spain", "Latvia", 700)),
        ("Italy deployed a force of 1,200 soldiers to Lebanon.", ("Italy", "Lebanon", 1200)),
    ],
)
def test_a_states_own_force_keeps_its_owner(ex, text, level):
    assert level in _levels(ex, text)
