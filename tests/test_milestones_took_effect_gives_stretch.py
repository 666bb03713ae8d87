"""A stretch a deal gives ("the pact that took effect on March 2 gave the rebels 45 days to leave") is a
deadline counted from the deal's day: "took effect" is no time a step took ("it took the army 14 days to
withdraw" stays the time a step took)."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 5, 20)


def _dues(ex: Extractor, text: str) -> list[tuple[str, bool]]:
    return sorted((m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones)


def test_a_deal_that_took_effect_gives_a_stretch_counted_from_its_day(ex):
    text = "The pact that took effect on March 2 gave the rebel brigades 45 days to leave the border towns."
    assert ("2025-04-16", False) in _dues(ex, text)


def test_the_time_a_step_took_is_no_deadline(ex):
    text = "After the pact of March 2, it took the rebel brigades 45 days to leave the border towns."
    assert ("2025-04-16", False) not in _dues(ex, text)
