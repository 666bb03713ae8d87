"""A stretch told under a deal named by a month gone by ("Under the November ceasefire, the troops were to leave
within 60 days") counts from the deal's day, which the text leaves untold: no due (GUIDE: an unresolvable date
leaves the milestone out), not 60 days on from the report. A deal given its day still dates the stretch."""

from __future__ import annotations

from datetime import date

LEAD = "TYRE (Agency) - A drone struck a motorbike near the port on Wednesday, the army said. "


def _dues(ex, text):
    return [m.due for m in ex.extract(LEAD + text, id="x", published=date(2025, 3, 12)).milestones]


def test_a_stretch_under_a_deal_of_a_month_gone_by_has_no_due(ex):
    assert _dues(ex, "Under the November truce, the occupying troops were to leave the border villages within 60 days.") == []


def test_a_stretch_under_a_deal_given_its_day_is_counted_from_it(ex):
    text = "Under the November 27 truce, the occupying troops were to leave the border villages within 60 days."
    assert _dues(ex, text) == ["2025-01-26"]
