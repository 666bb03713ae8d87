"""Forces told "out by" a day gone by are a step done that day, and a year told in an aside set off by commas
("the unit, formed in 2014, left in March") is the aside's own, lending no year to the step's yearless month."""

import datetime

import pytest

JUNE_20 = datetime.date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # "out" an adjective of forces gone, the bound a day behind the report
        ("KIGALI (Agency) — The final Belgian troops, some 250 of them, were out by March 3, a spokesman said on Tuesday.", "2025-03-03"),
        ("The remaining Dutch soldiers were all out by April 9, the ministry said.", "2025-04-09"),
        # a year in an aside closed before the step's month is the aside's
        ("NIAMEY (Agency) — An Italian advisory mission, formed in 2014, finished its withdrawal from Niger in March, a minister said on Tuesday.", "2025-03"),
        ("The Belgian detachment, which arrived in 2016, completed its withdrawal in February.", "2025-02"),
    ],
)
def test_step_done_dated_by_its_own_bound(ex, text, due):
    found = ex.extract(text, id="t", published=JUNE_20).milestones
    assert [(m.due, m.done) for m in found] == [(due, True)]


def test_out_by_keeps_its_force_as_subject(ex):
    text = "KIGALI (Agency) — The final Belgian troops, some 250 of them, were out by March 3, a spokesman said on Tuesday."
    (found,) = ex.extract(text, id="t", published=JUNE_20).milestones
    assert found.what.startswith("The final Belgian troops")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # controls: a year told in the step's own clause still dates it; a plan stays a plan
        ("An advisory unit formed in March 2014 withdrew on Tuesday.", [("2025-06-17", True)]),
        ("The soldiers will be out by March 3.", [("2026-03-03", False)]),
        ("In 2012, the army said it would leave by the end of October.", []),
        # no force: a game's players out by a break, a date told or not
        ("Spectators were out by the interval.", []),
        ("The guests were out by March 3.", []),
    ],
)
def test_controls_keep_their_reading(ex, text, expected):
    found = ex.extract(text, id="t", published=JUNE_20).milestones
    assert [(m.due, m.done) for m in found] == expected
