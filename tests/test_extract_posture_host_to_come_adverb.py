"""Posture: a host to come stays a host with an adverb between the modal and the verb ("which will
then host", "will eventually host"): the troops it will hold are a planned level there."""

from __future__ import annotations

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it would send a battalion to Finland, which will then host 1,300 Norwegian soldiers.",
        "Finland will eventually host 1,300 Norwegian troops.",
    ],
)
def test_a_host_to_come_after_an_adverb_holds_a_planned_level(ex, text: str) -> None:
    assert posture_with_qualifiers(ex, text) == [("Norway", "Finland", 1300, "(planned)")]


def test_a_host_now_stays_a_standing_level(ex) -> None:
    """Near miss: the host verb in the present tells the level there now."""
    assert posture_with_qualifiers(ex, "Finland hosts 1,300 Norwegian troops.") == [("Norway", "Finland", 1300, None)]
