"""Posture: a state that expels troops, named as the plain subject ("Benin will expel ...", "Togo
expelled ..."), not only as "Togo's junta", hosted them; a send-off still to come ("will expel") is a
level standing until they go, "(to be withdrawn)", as "will withdraw its 1,000 soldiers" is."""

from __future__ import annotations

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "Benin will expel about 1,200 Belgian troops by October.",
        "Benin's rulers will expel about 1,200 Belgian soldiers before the end of the year.",
    ],
)
def test_a_coming_expulsion_is_a_level_to_be_withdrawn(ex, text: str) -> None:
    assert posture_with_qualifiers(ex, text) == [("Belgium", "Benin", 1200, "about (to be withdrawn)")]


def test_a_state_that_expelled_troops_held_a_former_level(ex) -> None:
    text = "Benin expelled about 1,200 Belgian troops in 2023."
    assert posture_with_qualifiers(ex, text) == [("Belgium", "Benin", 1200, "about (former level)")]


def test_a_state_that_hosts_troops_stays_a_standing_level(ex) -> None:
    """Near miss: a plain host verb after the name is no expulsion."""
    text = "Benin hosts about 1,200 Belgian troops."
    assert posture_with_qualifiers(ex, text) == [("Belgium", "Benin", 1200, "about")]
