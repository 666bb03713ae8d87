"""A plan whose subject is a truce or a deal binds both sides: its label borrows no party from the
sentences before, where a phase of one party's withdrawal still names that party."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 1, 16)


def _whats(ex: Extractor, text: str) -> list[str]:
    return [m.what for m in ex.extract(text, id="x", published=PUB).milestones]


def test_a_truce_told_as_the_subject_borrows_no_party(ex):
    """ "The armistice is due to expire on January 26", after a sentence on one side's troops."""
    text = "Syrian troops will hold their positions near the river for now. The armistice is due to expire on January 26."
    assert _whats(ex, text) == ["The armistice is due to expire"]


def test_a_phase_of_a_partys_withdrawal_still_names_the_party(ex):
    """ "The second phase will run until September 2026", after the coalition's plan to withdraw in phases."""
    text = "The coalition said it would withdraw its troops in two phases. The second phase will run until September 2026."
    assert _whats(ex, text) == ["The second phase will run (coalition)"]
