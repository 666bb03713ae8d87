"""An event recalled by the time gone since it ("a decade on from the bombing", "ten years since the raid")
keeps a day told right after its word ("since the raid in May 2015"), but not one told past a comma, in
the main clause of the remembering ("..., families gathered on Friday")."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 8)  # a Saturday


def _dated(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(i.type, i.date) for i in ex.extract("HILLA (Wire) - " + text, id="x", published=PUB).incidents]


def test_the_remembering_day_past_a_comma_is_not_the_events(ex):
    assert _dated(
        ex, "A decade on from the car bombing of the vegetable market in Hilla, families gathered on Friday to pray."
    ) == [("explosion", None)]


def test_a_day_told_with_the_event_word_is_still_the_events(ex):
    """Near miss: the month told right after the event, before any comma, dates it."""
    assert _dated(
        ex, "Families gathered on Friday to mark ten years since the car bombing of the vegetable market in Hilla in July 2015."
    ) == [("explosion", "2015-07-01/2015-07-31")]
