"""A later stage joined to a step with its own bound ("and the last stage no later than March 2026") is
labelled by the stage alone, its bound words left out, as "and the rest by" is."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 9, 2)


def _whats(ex: Extractor, text: str) -> dict[str, str]:
    return {m.due: m.what for m in ex.extract(text, id="x", published=PUB).milestones}


def test_a_stage_joined_with_no_later_than_is_labelled_by_the_stage(ex):
    text = "The first stage of the troop pullout will be finished by 30 November, and the last stage no later than March 2026."
    whats = _whats(ex, text)
    assert whats["2026-03"].endswith("(the last stage)")


def test_a_stage_joined_with_by_keeps_its_label(ex):
    text = "The first stage of the troop pullout will be finished by 30 November, and the last stage by March 2026."
    whats = _whats(ex, text)
    assert whats["2026-03"].endswith("(the last stage)")
