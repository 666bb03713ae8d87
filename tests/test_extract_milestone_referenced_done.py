"""A step named as the time another act follows, then told done in an aside of its own ("the move
follows the pullout, which was completed on <day>"), is a step done that day; a step named only as
that point in time stays none."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2024, 2, 20)


def _read(ex: Extractor, text: str) -> list[tuple[str, str, bool]]:
    return [(m.what, m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "The decision follows the marines' exit from the port town, which was completed on February 2, aides said.",
            "the marines' exit from the port town, which was completed on February 2",
        ),
        (
            "The move follows the pullout of the cadets from the hill camp, which was finished on February 2.",
            "the pullout of the cadets from the hill camp, which was finished on February 2",
        ),
    ],
)
def test_a_referenced_step_told_done_in_its_aside_is_a_step_done(ex, text, what):
    """The aside reports the step done on its own day; the step is labelled from its noun on."""
    assert _read(ex, text) == [(what, "2024-02-02", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The decision comes after the marines left the port town on February 2.",
        "The move follows the pullout of the cadets from the hill camp on February 2.",
    ],
)
def test_a_step_named_only_as_a_point_in_time_stays_none(ex, text):
    """Without an aside telling it done, the step only dates the other act."""
    assert _read(ex, text) == []
