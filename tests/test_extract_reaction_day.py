"""A reaction told with its own day ("the government on Tuesday condemned a drone attack") dates the
reaction, not the attack, and the party reacting is not the attack's doer (issue 9: a reaction is not the
scene; an outlet's follow-up must not give the event a second day, or the brief shows it twice)."""

from __future__ import annotations

from datetime import date

import pytest

WEDNESDAY = date(2025, 7, 16)


def _rows(ex, text):
    facts = ex.extract(text, id="t", published=WEDNESDAY)
    return [(i.type, i.date, list(i.actors)) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the event's own day, told after or before the event word, wins over the reaction's
        ("The cabinet on Tuesday condemned a drone attack on a gas plant in Sulaimaniyah province on Monday.", "2025-07-14"),
        ("The cabinet on Tuesday condemned Monday's drone attack on a gas plant in Sulaimaniyah province.", "2025-07-14"),
        # a day counted from the reaction's
        ("The cabinet on Tuesday condemned a drone attack on a gas plant in Sulaimaniyah province a day earlier.", "2025-07-14"),
        # no day of the event's own: it is untold, not the reaction's
        ("The cabinet on Tuesday condemned a drone attack on a gas plant in Sulaimaniyah province.", None),
        ("The cabinet condemned on Tuesday a drone attack on a gas plant in Sulaimaniyah province.", None),
    ],
)
def test_reaction_day_is_not_the_events(ex, text, day):
    assert _rows(ex, text) == [("drone_attack", day, [])]


def test_reacting_state_is_no_doer(ex):
    """ "Ruritania condemned a drone attack": the state reacting did not attack (whatever determiner)."""
    text = "Iraq condemned a drone attack on a gas plant in Sulaimaniyah province on Monday."
    assert _rows(ex, text) == [("drone_attack", "2025-07-14", [])]


def test_day_of_the_event_itself_stays(ex):
    """Control: a day told with the attack, no reaction near it, is the attack's."""
    text = "On Tuesday a drone attack hit a gas plant in Sulaimaniyah province, the cabinet said."
    assert _rows(ex, text) == [("drone_attack", "2025-07-15", [])]
