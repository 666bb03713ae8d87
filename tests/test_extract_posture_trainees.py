"""Posture: soldiers told in the passive as being trained somewhere ("are being trained in X") are a
course's intake, no level there; troops told as training others stay a level."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 4, 9))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    "text",
    [
        "About 800 Somali soldiers are being trained in Turkey this year, officials said.",
        "Roughly 1,500 Ukrainian troops are trained in Germany every month.",
        "Some 400 Malian soldiers were being trained in Russia when the coup took place.",
    ],
)
def test_soldiers_being_trained_are_no_level(ex, text):
    assert _levels(ex, text) == []


def test_troops_training_others_stay_a_level(ex):
    # near miss: the trainers are a level where they train
    text = "About 300 British soldiers are training Kenyan forces in Kenya."
    assert ("United Kingdom", "Kenya", 300) in _levels(ex, text)
