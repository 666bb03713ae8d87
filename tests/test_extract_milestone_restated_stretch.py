"""An apposition that restates a clause's stretch with its new end ("had 60 days to pull out, a period
later extended to February 18") labels the step by the clause it restates, not by the apposition alone."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 2, 16)


def _read(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.due, m.what) for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    ("text", "due", "step"),
    [
        (
            "Under the accord, the brigade had 30 days to leave the valley, a period later extended to February 28.",
            "2025-02-28",
            "the brigade had 30 days to leave the valley",
        ),
        (
            "Under the pact, the militia had two weeks to quit the port, a deadline since pushed back to March 3.",
            "2025-03-03",
            "the militia had two weeks to quit the port",
        ),
    ],
)
def test_a_restated_stretch_is_labelled_by_the_step_it_restates(ex, text, due, step):
    """The label starts with who leaves where."""
    [(got_due, what)] = _read(ex, text)
    assert got_due == due and what.startswith(step)


def test_an_apposition_naming_no_stretch_is_left_alone(ex):
    """ "the largest camp in the north" restates a place, not a stretch: the step's clause is as before."""
    text = "The brigade will leave Camp Able, the largest camp in the north, by February 28."
    assert _read(ex, text) == [("2025-02-28", "The brigade will leave Camp Able, the largest camp in the north")]
