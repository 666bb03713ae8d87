"""Three dated clauses beside a mission that set no step of it: one party's push on others for a step
('had pushed for the mission to end within six months'), options to present by a date, and an exercise told
as the subject of its own length ('Drills with the host's troops will run from May 5 to May 20'). A
mandate's end and a force's move by a date, told beside them, stay milestones."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 8, 28)


def _dues(ex: Extractor, text: str) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="x", published=PUB).milestones)


@pytest.mark.parametrize(
    "text",
    [
        "The peacekeepers patrol the border. Several donors had pushed for the mission to end within six months.",
        "The peacekeepers patrol the border. The council asked the envoy to present options for the force by June 1, 2026.",
        "The brigade is based near the border. Drills with the host's troops will run from September 5 to September 20.",
    ],
)
def test_a_push_options_or_drills_are_no_milestone(ex, text):
    assert _dues(ex, text) == []


def test_a_mandate_end_and_a_move_told_beside_them_stay(ex):
    text = (
        "The council extended the peacekeepers' mandate until December 31, 2026. "
        "Two battalions of the brigade will move to the border by September 20."
    )
    assert _dues(ex, text) == ["2025-09-20", "2026-12-31"]
