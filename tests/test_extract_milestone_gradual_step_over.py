"""A gradual step told over a stretch ahead ("will wind down over three to five years") is due when the
stretch runs out, at its upper end, as "gradually over" and "over the next" already were."""

from datetime import date

DAY = date(2025, 6, 3)


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=DAY).milestones]


def test_wind_down_over_a_range_of_years_is_due_at_its_upper_end(ex):
    assert _dues(ex, "The mission will wind down over three to five years, a French defence source said.") == ["2030-06-03"]


def test_phased_out_over_months(ex):
    assert _dues(ex, "The French mission will be phased out over 18 months.") == ["2026-12-03"]


def test_a_stretch_of_fighting_gone_by_is_no_deadline(ex):
    # near misses: "over" a stretch told of the past
    assert _dues(ex, "The rebels were pushed back over three days of fighting.") == []
    assert _dues(ex, "The mission has been winding down over the past three years.") == []
