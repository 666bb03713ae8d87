"""A count of attacks over a span whose ends are months of different years ("between March 2024 and January
2026") is a tally, and so many weapons fired "at a time" is a habit: neither is one event. Two events joined
by "and" with a time each, and a sentence that opens "At a time when", still tell their events."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 6, 11)


def _events(ex, text: str) -> list[tuple[str, str, str | None]]:
    facts = ex.extract(text, id="x", published=PUB)
    return [(i.type, i.date or "", i.location) for i in facts.incidents]


def test_a_tally_between_two_months_of_years_is_no_event(ex):
    """The span's "and" joins its two ends: the tally keeps its span and stays a tally."""
    text = (
        "The monitor logged 310 drone and rocket attacks on army posts in northern Mali between March 2024 "
        "and January 2026, of which about half were repelled."
    )
    assert _events(ex, text) == []


def test_so_many_at_a_time_is_a_habit(ex):
    """Weapons counted per occasion tell how attacks used to go, not one attack."""
    text = "By then the rebels were launching up to 15 drones at a time at Kidal airport, the monitor says."
    assert _events(ex, text) == []


def test_two_events_each_with_its_time_stay_two(ex):
    """An "and" before a second event's own time still opens a clause of its own."""
    text = "A bomb killed two soldiers near Gao in May 2025 and in June 2025 gunmen stormed a hotel in Kidal."
    assert [(t, d) for t, d, _ in _events(ex, text)] == [
        ("explosion", "2025-05-01/2025-05-31"),
        ("armed_clash", "2025-06-01/2025-06-30"),
    ]


def test_at_a_time_when_is_a_time_not_a_habit(ex):
    """ "At a time when" sets the scene of one event."""
    text = "At a time when the talks had stalled, a drone hit Kidal airport on Sunday, officials said."
    assert _events(ex, text) == [("drone_attack", "2026-06-07", "Kidal airport")]
