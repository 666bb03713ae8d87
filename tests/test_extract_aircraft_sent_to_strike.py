"""Aircraft sent on a strike, told by the errand ("sent an F-16 jet to bomb two Cambodian military sites"), is
an air strike by the sender on the errand's target; the number of targets before their owner's name ("two
Cambodian positions") does not hide the owner. Troops or jets sent to a border, or a strike only threatened,
are none."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    f = ex.extract(text + "\n\nThe war goes on.", id="t", published=date(2025, 3, 10))
    return [(i.type, i.location, list(i.actors)) for i in f.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Thailand sent an F-16 jet to bomb two Cambodian military sites on Monday.",
        "Thailand dispatched warplanes to strike Cambodian military targets on Monday, the army said.",
        "Thai jets bombed two Cambodian positions on Monday.",
    ],
)
def test_aircraft_sent_to_strike(ex, text):
    assert _seen(ex, text) == [("air_strike", "Cambodia", ["Thailand"])]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a move, a show of force, a strike only threatened, people sent away
        "Thailand sent troops to the border on Monday.",
        "Thailand sent jets to the border on Monday to deter attacks.",
        "Thailand said it would send F-16 jets to bomb Cambodian sites if attacked.",
        "Thailand sent two Cambodian envoys home on Monday after the talks.",
    ],
)
def test_nothing_sent_on_a_strike(ex, text):
    assert _seen(ex, text) == []
