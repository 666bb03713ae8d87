"""A group's word that it carried out the event just told, named again by its noun, claims that event.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)
LEAD = "MOGADISHU (Agency) - A car bomb exploded outside a hotel in Mogadishu on Sunday, killing nine guards, police said.\n\n"


def _blast(ex, second):
    found = ex.extract(LEAD + second, id="t", published=DAY).incidents
    return [i for i in found if i.casualties.killed == 9]


@pytest.mark.parametrize(
    "second",
    [
        "Al-Shabaab said it had carried out the bombing.",
        "Al-Shabaab said it carried out the attack on the hotel.",
    ],
)
def test_group_saying_it_carried_out_the_event_claims_it(ex, second):
    assert [i.actors for i in _blast(ex, second)] == [("Al-Shabaab (claimed)",)]


def test_remark_on_the_event_names_no_doer(ex):
    """Near miss: a group's remark about the event, with no word that it did it, claims nothing."""
    assert [i.actors for i in _blast(ex, "Al-Shabaab said the bombing was a message to the government.")] == [()]
