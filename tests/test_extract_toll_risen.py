"""A toll told again later as risen ("the toll rose to 20") is the later, higher count of the same event's
dead; a war's running total, or a figure far past the first, counts something else.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)


def _killed(ex, text):
    return [i.casualties.killed for i in ex.extract(text, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text, killed",
    [
        ("A car bomb killed 12 people in Mogadishu on Sunday.\n\nLater the toll rose to 20, officials said.", 20),
        ("A car bomb killed 12 people in Mogadishu on Sunday.\n\nThe death toll later climbed to at least 25, police said.", 25),
        ("Gunmen killed 12 villagers in Djibo on Sunday.\n\nLocal sources said the toll had risen to 30.", 30),
        (
            "Israeli strikes killed 12 people in Khan Younis on Sunday.\n\n"
            "The death toll from the strikes rose to 20 by evening, medics said.",
            20,
        ),
    ],
)
def test_a_toll_told_as_risen_is_the_events_count(ex, text, killed):
    assert _killed(ex, text) == [killed]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a war's running total, and the wounded's count, are no new count of the dead
        "A car bomb killed 12 people in Mogadishu on Sunday.\n\nThe toll in the war has risen to 20,000, officials said.",
        "A car bomb killed 12 people in Mogadishu on Sunday.\n\nThe toll from the war has reached 500,000.",
        "A car bomb killed 12 people in Mogadishu on Sunday.\n\nThe number of wounded rose to 40.",
    ],
)
def test_a_running_total_or_the_wounded_leave_the_toll(ex, text):
    assert _killed(ex, text) == [12]
