"""Posture: a state's whole army told by its size ("Pakistan's army has about 560,000 troops") after the
text told that state's own troops at home is its strength, no level; after its troops told abroad it may
still be their level there."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


def test_the_whole_army_after_troops_at_home_is_no_level(ex: Extractor) -> None:
    """The whole army's size gives no level at home."""
    text = "The Egyptian army moved 4,000 soldiers to the border, security sources said. Egypt's army has about 440,000 active troops."
    assert all(count != 440000 for _, _, count in _levels(ex, text))


def test_the_army_after_its_troops_abroad_keeps_its_level(ex: Extractor) -> None:
    """Near miss: told after the same state's troops abroad, the figure may be theirs there."""
    text = "About 900 Dutch soldiers are stationed in Latvia under an allied rotation. The Dutch army has about 700 troops."
    assert ("Netherlands", "Latvia", 700) in _levels(ex, text)
