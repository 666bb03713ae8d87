"""An event told as known ("the strike") with no day, as what a reaction is about, gets no day of the report.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 12)
TAIL = "\n\nThe armed forces said they were looking into the reports."


def _strikes(ex, text):
    return [i for i in ex.extract(text + TAIL, id="t", published=DAY).incidents if i.casualties.killed == 9]


@pytest.mark.parametrize(
    "text",
    [
        "TYRE (Agency) - The strike on a fishing port near Tyre that killed nine sailors drew sharp condemnation abroad.",
        "TYRE (Agency) - Aid groups denounced the strike on a fishing port near Tyre that killed nine sailors.",
    ],
)
def test_event_reacted_to_has_no_guessed_day(ex, text):
    assert [i.date for i in _strikes(ex, text)] == [None]


def test_news_told_with_a_reaction_keeps_the_report_days(ex):
    """Near miss: the news itself, told with a reaction it drew after a comma, is still of the report's days."""
    text = "TYRE (Agency) - Air strikes killed nine sailors at a fishing port near Tyre, drawing condemnation abroad."
    assert [i.date for i in _strikes(ex, text)] == ["2025-03-11/2025-03-12"]
