"""The day told right before or right after a reaction's verb ("Egypt on Monday denounced the strike",
"the ministry condemned on Tuesday the attack") is the reaction's, not the event's: the event takes a day told for it
("a day earlier") or none; a day told right before the event's own verb still dates the event."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2026, 3, 10)  # a Tuesday


def _dates(ex: Extractor, text: str) -> list[str | None]:
    return [i.date for i in ex.extract(text, id="x", published=PUB).incidents]


def test_the_reaction_day_does_not_date_the_event(ex: Extractor) -> None:
    text = "Jordan on Monday condemned a drone strike on a fuel depot near the town of Mafraq."
    assert _dates(ex, text) == [None]


def test_a_day_told_for_the_event_beside_the_reaction_dates_it(ex: Extractor) -> None:
    text = "The regional government on Tuesday denounced a rocket attack on a gas plant near Kirkuk a day earlier."
    assert _dates(ex, text) == ["2026-03-09"]


def test_control_a_day_before_the_events_own_verb_dates_it(ex: Extractor) -> None:
    text = "Jets on Monday struck a fuel depot near the town of Mafraq, the army said."
    assert _dates(ex, text) == ["2026-03-09"]


def test_the_day_right_after_the_reaction_verb_is_the_reactions_too(ex: Extractor) -> None:
    text = "Jordan condemned on Monday a drone strike on a fuel depot near the town of Mafraq."
    assert _dates(ex, text) == [None]
