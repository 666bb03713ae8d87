"""A fight told breaking out with its day or scene before 'between X and Y' lists both sides; newly listed groups are sides."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Fierce clashes erupted on Monday between the Joint Forces and the RSF west of Mellit, killing nine, residents said.",
            ("Joint Forces", "Rapid Support Forces"),
        ),
        (
            "Fighting has also broken out overnight in North Darfur between the Joint Forces and the RSF, killing six, medics said.",
            ("Joint Forces", "Rapid Support Forces"),
        ),
        (
            "Clashes broke out early on Monday near Dilling between the SPLM-N and Sudanese troops, killing seven, a doctor said.",
            ("SPLM-N", "Sudan"),
        ),
    ],
)
def test_sides_after_the_fights_day_or_scene_are_listed(ex, text, sides):
    assert _actors(ex, text) == [sides]


def test_a_lower_case_joint_force_is_no_group(ex):
    """Near miss: 'joint forces' in lower case are any two armies together, not Darfur's armed movements."""
    text = "Clashes erupted on Monday between joint forces and the RSF west of Mellit, killing nine, residents said."
    assert _actors(ex, text) == [("Rapid Support Forces",)]


def test_a_sectarian_groups_claim_is_read(ex):
    """A newly listed Pakistani group claims a bombing as any listed group does."""
    text = "A bomb went off at a bus stop in Quetta on Monday, killing five people. Lashkar-e-Jhangvi claimed the bombing."
    assert _actors(ex, text) == [("Lashkar-e-Jhangvi (claimed)",)]
