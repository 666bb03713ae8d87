"""Milestones: a day whose year is told by its distance from the report ("on March 3 last year") keeps
that year, as a day with its year in digits does; it had been read as a yearless day and put ahead of the
report, which moved a stretch counted from it a year on too."""

from __future__ import annotations

from datetime import date

TOLD = date(2030, 2, 20)


def _dues(ex, text: str, told: date = TOLD) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="t", published=told).milestones)


def test_a_stretch_from_a_day_of_last_year(ex):
    text = "Under the pact that took effect on March 3 last year, the brigade was to leave the valley within 30 days."
    dues = _dues(ex, text)
    assert "2029-04-02" in dues and not any(d.startswith("2030-04") for d in dues)


def test_a_yearless_day_still_looks_ahead(ex):
    """Control: a day with no year told, bounding a plan, lies ahead of the report."""
    assert _dues(ex, "The brigade will leave the valley by March 3.", date(2030, 5, 20)) == ["2031-03-03"]
