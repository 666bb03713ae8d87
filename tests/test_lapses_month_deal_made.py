"""A stretch given by a deal the clause tells made in a month gone by ("In October the sides signed a pact
giving the militia 30 days to leave") counts from the deal's untold day: it has no due of its own, and
the report's day is not where it runs from."""

from datetime import date

_PUB = date(2025, 1, 20)


def _dues(ex, text):
    return [m.due for m in ex.extract(text, id="x", published=_PUB).milestones if not m.done]


def test_stretch_from_a_month_deal_has_no_due(ex):
    text = "In October the two sides signed a pact giving the militia 30 days to leave the valley."
    assert _dues(ex, text) == []


def test_its_deadline_told_next_is_the_one_due(ex):
    text = (
        "In October the two sides signed a pact giving the militia 30 days to leave the valley. "
        "That deadline was pushed back to February 3."
    )
    assert _dues(ex, text) == ["2025-02-03"]


def test_stretch_from_a_dated_deal_still_counts(ex):
    # control: the deal's day told, the stretch counts from it
    text = "On December 1 the two sides signed a pact giving the militia 30 days to leave the valley."
    assert _dues(ex, text) == ["2024-12-31"]


def test_stretch_with_no_deal_is_unchanged(ex):
    # control: a stretch told with no deal counts from the report (a Monday)
    text = "The army said on Monday it would leave the valley within 30 days."
    assert _dues(ex, text) == ["2025-02-19"]
