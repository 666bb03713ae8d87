"""A handover of a checkpoint, a garrison or an airbase told done with its day is a step done that day,
whoever receives it; a handover of papers names no site and stays none."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 1, 16)


def _read(ex: Extractor, text: str) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The handover of the border checkpoint to local customs officers took place on January 1.",
        "The handover of the hill garrison to the national guard took place on January 1.",
    ],
)
def test_a_site_handed_over_on_a_day_is_a_step_done(ex, text):
    """The site is what moves from one holder to the next."""
    assert _read(ex, text) == [("2025-01-01", True)]


def test_papers_handed_over_on_a_day_are_no_step(ex):
    """A handover of documents to a court changes no force's presence."""
    assert _read(ex, "The handover of the case files to the court took place on January 1.") == []
