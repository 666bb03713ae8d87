"""A stretch of months or years told with its start right after it ("over 18 months, starting in September")
runs from that month, not from the report."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 14)


def _dues(ex, text):
    return [m.due for m in ex.extract(text, id="t", published=PUBLISHED).milestones]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The drawdown of the 900 soldiers will be carried out gradually over 18 months, starting in September.", "2027-03"),
        ("The drawdown of the 900 soldiers will be carried out over two years, beginning in January 2026.", "2028-01"),
    ],
)
def test_stretch_runs_from_the_start_told_after_it(ex, text, due):
    assert due in _dues(ex, text)


def test_stretch_without_start_counts_from_the_report(ex):
    # control
    assert _dues(ex, "The drawdown of the 900 soldiers will be carried out gradually over 18 months.") == ["2026-09-14"]
