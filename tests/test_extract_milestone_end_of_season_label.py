"""A bound told as "by the end of" a season ("by the end of next summer") leaves none of its words in
the step's label, as "by the end of next year" leaves none: the date finder's mention begins after them."""

from datetime import date

import pytest

DAY = date(2025, 6, 3)


def _read(ex, text: str) -> list[tuple[str, str]]:
    return [(m.what, m.due) for m in ex.extract(text, id="t", published=DAY).milestones]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Spanish forces will leave the Tallil base by the end of next summer.", "Spanish forces will leave the Tallil base"),
        ("The Italian contingent will quit the airbase near Herat before the end of next spring.", "The Italian contingent will quit the airbase near Herat"),
    ],
)
def test_the_end_of_a_season_leaves_no_bound_in_the_label(ex, text, label):
    assert _read(ex, text) == [(label, "2026")]


def test_the_end_of_next_year_keeps_its_label(ex):
    """Near miss: the mention holds its own "by the end of"."""
    text = "Spanish forces will leave the Tallil base by the end of next year."
    assert _read(ex, text) == [("Spanish forces will leave the Tallil base", "2026-12")]
