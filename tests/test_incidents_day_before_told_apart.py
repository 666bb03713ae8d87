"""A deed told further down on the day before the lead's, with no night or evening in its words, is an
earlier deed, not the lead's night told again."""

from datetime import date

_LEAD = "Drones struck the grain silos in Hodeidah on Wednesday, local officials said. Firefighters fought the blaze for hours. "


def _days(ex, text):
    return sorted(i.date for i in ex.extract(_LEAD + text, id="x", published=date(2025, 6, 5)).incidents)


def test_day_before_without_night_is_another_deed(ex):
    text = "On Tuesday, drones had struck the water works in Hodeidah, cutting supplies."
    assert _days(ex, text) == ["2025-06-03", "2025-06-04"]


def test_day_before_told_as_its_night_stays_one(ex):
    assert _days(ex, "On Tuesday night, drones struck the silos in Hodeidah, a resident said.") == ["2025-06-04"]


def test_day_before_told_late_stays_one(ex):
    assert _days(ex, "Late on Tuesday, drones struck the silos in Hodeidah, a resident said.") == ["2025-06-04"]
