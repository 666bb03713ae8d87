"""Posture: a figure told as already known ("the 1,500 extra troops") whose own phrase names no force
and no place repeats the level of that count told before; it is not a new level wherever the text before
last placed troops, nor of the party the text told last."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


def test_a_known_unnamed_figure_is_the_same_troops(ex: Extractor) -> None:
    """The troops told again give no second level."""
    text = (
        "LONDON (Wire) - Britain is sending roughly 1,500 extra troops to the Middle East, aides said.\n\n"
        "France keeps about 650 soldiers in Jordan, a French officer said.\n\n"
        "An aide said the 1,500 extra troops would mostly be engineers and medics."
    )
    assert [lv for lv in _levels(ex, text) if lv[2] == 1500] == [("United Kingdom", "Middle East", 1500)]


def test_a_new_figure_still_counts(ex: Extractor) -> None:
    """Near miss: a figure with no "the" before it is a new level of its own."""
    text = (
        "LONDON (Wire) - Britain is sending roughly 1,500 extra troops to the Middle East, aides said.\n\n"
        "Britain also keeps about 900 soldiers in Estonia, an aide said."
    )
    assert ("United Kingdom", "Estonia", 900) in _levels(ex, text)


def test_a_known_figure_placed_again_is_the_same_troops(ex: Extractor) -> None:
    """A known figure placed where a level of that count was told is those troops, not the party told last."""
    text = (
        "There are some 1,800 British troops in Estonia, officials said. Norway keeps about 300 soldiers "
        "in Lithuania.\n\nThe 1,800 troops in Estonia have trained with local units for years."
    )
    assert _levels(ex, text) == [("Norway", "Lithuania", 300), ("United Kingdom", "Estonia", 1800)]


def test_a_known_figure_placed_elsewhere_still_counts(ex: Extractor) -> None:
    """Near miss: the same count placed in another country, its owner named, is a level of its own."""
    text = (
        "There are some 1,800 British troops in Estonia, officials said.\n\n"
        "The 1,800 Polish troops in Latvia have trained with local units for years."
    )
    assert ("Poland", "Latvia", 1800) in _levels(ex, text)
