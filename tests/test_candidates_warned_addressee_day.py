"""A warning's day told after the one addressed ("warned the rebels on Saturday that ...") is the warning's own."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 20)  # a Thursday


def _threat_days(ex: Extractor, text: str) -> list[str | None]:
    return [i.date for i in ex.extract(text, id="x", published=PUB).incidents if i.type == "threat_statement"]


def test_the_day_after_the_addressee_dates_the_warning(ex):
    text = (
        "WASHINGTON (Wire) — President Trump warned the militia leaders on Saturday that their camps would be "
        "destroyed if the raids on shipping went on."
    )
    assert _threat_days(ex, text) == ["2025-03-15"]


def test_control_a_day_inside_what_is_said_is_not_the_warnings(ex):
    text = "TEHRAN (Wire) — Iran warned the March 2 bombing of its consulate in Damascus would not go unpunished."
    assert _threat_days(ex, text) == ["2025-03-20"]
