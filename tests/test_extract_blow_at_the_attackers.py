"""An attack taken for a fight (no weapon told) and a later blow from afar whose object is the attackers by role
("a drone hit the raiders as they pulled back") are two events, the attack and the answer to it; a weapon told
later as striking the site attacked is still that attack's means, one event."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text: str) -> list[tuple[str, int | None]]:
    facts = ex.extract("NIAMEY, May 4 - " + text, id="t", published=date(2026, 5, 4))
    return [(i.type, i.casualties.killed) for i in facts.incidents]


_LEAD = "Insurgents attacked an army camp in Tillaberi on Saturday, killing 17 soldiers. "


@pytest.mark.parametrize(
    "answer",
    [
        "A drone operated by the army later hit the attackers as they pulled back, officials said.",
        "An air force drone struck a convoy of militants heading for the border, the ministry said.",
        "Army drones later struck the raiders near the camp.",
    ],
)
def test_a_blow_at_the_attackers_is_the_answer_not_the_means(ex, answer):
    assert _incidents(ex, _LEAD + answer) == [("armed_clash", 17), ("drone_attack", None)]


@pytest.mark.parametrize(
    "means",
    [
        "A drone struck the camp's fuel store first, officials said.",
        "The insurgents used drones to hit the barracks.",
        "A drone hit the militants' depot inside the camp.",
    ],
)
def test_a_weapon_striking_the_site_attacked_is_still_its_means(ex, means):
    """Near miss: the drone hit the camp or a site there, not the attackers: the attack told by its means."""
    assert _incidents(ex, _LEAD + means) == [("drone_attack", 17)]
