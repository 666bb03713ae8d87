"""A stretch opening the sentence and counted from an occasion that is no event and has no day ("A day before
the vote, a roadside bomb hit X") dates its event on a day the text leaves untold, not a day after the event
told before. Counted from an event ("A day before the attack") or told after its day, it counts as before."""

from __future__ import annotations

from datetime import date

import pytest

LEAD = "ADEN (Wire) - Coalition jets struck targets near Saada on Saturday, rebel media reported.\n\n"


def dated(ex, text: str) -> dict[str, str]:
    facts = ex.extract(LEAD + text, id="x", published=date(2025, 4, 16))
    return {i.location: str(i.date) for i in facts.incidents}


@pytest.mark.parametrize(
    "text",
    [
        "A day before the vote, a roadside bomb hit a patrol in Abyan.",
        "Two days after the talks collapsed, a roadside bomb hit a patrol in Abyan.",
    ],
)
def test_a_fronted_stretch_from_an_untold_occasion_dates_nothing(ex, text):
    assert dated(ex, text) == {"Saada": "2025-04-12", "Abyan": "None"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A day before the attack, a roadside bomb hit a patrol in Abyan.", "2025-04-11"),
        ("A day later, a roadside bomb hit a patrol in Abyan.", "2025-04-13"),
        ("A roadside bomb hit a patrol in Abyan on Sunday, a day after the strikes.", "2025-04-13"),
    ],
)
def test_a_stretch_from_an_event_or_a_day_still_counts(ex, text, day):
    assert dated(ex, text) == {"Saada": "2025-04-12", "Abyan": day}
