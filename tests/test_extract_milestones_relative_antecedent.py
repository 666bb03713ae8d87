"""Milestones: a step's clause that is a bare relative clause ("where it hopes to be done") is labelled
from the clause it hangs on when that clause names the phase or step the relative clause refers to."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor

TOLD = date(2027, 10, 14)


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.due, m.what) for m in shared_extractor().extract(text, id="t", published=TOLD).milestones]


def test_a_relative_clause_takes_the_phase_it_refers_to():
    text = "The garrison opened the last stage of its drawdown in the hill towns, where it hopes to be done by the end of December."
    assert _read(text) == [
        ("2027-12-31", "The garrison opened the last stage of its drawdown in the hill towns, where it hopes to be done")
    ]


def test_a_relative_clause_on_a_place_alone_keeps_its_words():
    """Control: the clause before names no phase nor step, so the relative clause stays the label."""
    text = "The garrison sent its clerks to the hill towns, where they hope to finish the audit by the end of December."
    assert _read(text) == [("2027-12-31", "where they hope to finish the audit")]
