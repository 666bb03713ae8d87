"""People tied to an event by name ("militants linked to Sunday's bombing") bring that event in passing:
it keeps its own day, and the clause's toll and day stay with the clause's own event.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 12)  # a Wednesday
TAIL = "\n\nThe province has seen a rise in militant violence this year."


def _incidents(ex, text):
    return ex.extract(text + TAIL, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text",
    [
        "BANNU (Agency) - Troops killed five militants suspected of staging Sunday's bombing in Bannu in a raid on Tuesday.",
        "BANNU (Agency) - Troops killed five militants linked to Sunday's bombing in Bannu in a raid on Tuesday.",
        # ... the raid's own day told after a place set off by commas
        "BANNU (Agency) - Troops killed five militants linked to Sunday's bombing in a raid in Jani Khel, a town in"
        " Bannu district, on Tuesday.",
    ],
)
def test_toll_and_day_stay_with_the_raid(ex, text):
    found = {(i.type, i.date, i.casualties.killed) for i in _incidents(ex, text)}
    assert ("armed_clash", "2025-03-11", 5) in found
    assert ("explosion", "2025-03-09", None) in found


def test_event_told_as_the_clause_own_keeps_its_reading(ex):
    """Near miss: the bombing as the clause's own event (no people tied to it) keeps the toll and day."""
    text = "BANNU (Agency) - Five people were killed in Sunday's bombing in Bannu, police said."
    found = [(i.type, i.date, i.casualties.killed) for i in _incidents(ex, text)]
    assert found == [("explosion", "2025-03-09", 5)]
