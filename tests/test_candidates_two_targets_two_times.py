"""Two named targets of one verb, each told with a time of its own ("seized A in January and B in February"),
are two events, each at its place and time; one time for both ("seized A and B in February") stays one."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 6, 15))
    return [(i.location, i.date) for i in facts.incidents]


def test_two_bare_places_with_a_month_each_are_two_events(ex):
    text = "M23 fighters kept advancing in eastern Congo. The rebels captured Goma in January and Bukavu in February."
    assert _events(ex, text) == [("Goma", "2025-01-01/2025-01-31"), ("Bukavu", "2025-02-01/2025-02-28")]


def test_two_bare_places_with_a_day_each_are_two_events(ex):
    text = "Russian forces shelled Kharkiv on Monday and Sumy on Tuesday, regional officials said."
    assert _events(ex, text) == [("Kharkiv", "2025-06-09"), ("Sumy", "2025-06-10")]


def test_one_time_for_two_places_stays_one_event(ex):
    text = "M23 fighters kept advancing in eastern Congo. The rebels captured Goma and Bukavu in February."
    assert _events(ex, text) == [("Goma", "2025-02-01/2025-02-28")]


def test_a_second_month_of_no_place_stays_one_event(ex):
    text = "Al-Shabaab fighters stormed a hotel in Mogadishu in August and the siege lasted until September."
    assert _events(ex, text) == [("Mogadishu", "2024-08-01/2024-08-31")]
