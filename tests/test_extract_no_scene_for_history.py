"""Fighting told breaking out long before the report (a war's start, as background) after an event of the report's
days takes no place from that event: it was not fought at the news's town. Fighting told on a day of the news,
or placed by its own words, keeps its place."""

from __future__ import annotations

from datetime import date

_NEWS = "JUBA, June 9 - Militia mortars hit a cattle camp near Bor on Sunday, killing nine herders, officials said. "


def _events(ex, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="x", published=date(2026, 6, 9))
    return [(i.type, i.location) for i in facts.incidents]


def test_a_war_breaking_out_years_ago_is_at_no_scene_of_the_news(ex):
    text = _NEWS + "Fighting erupted in December 2013 between government troops and the rebels."
    assert ("armed_clash", "Bor") not in _events(ex, text)


def test_fighting_on_a_day_of_the_news_keeps_the_scene(ex):
    """Near miss: fighting told breaking out the day after, with no place, is at the story's scene."""
    text = _NEWS + "Fighting erupted on Monday between government troops and the rebels."
    assert ("armed_clash", "Bor") in _events(ex, text)


def test_old_fighting_placed_by_its_own_words_keeps_its_place(ex):
    """Near miss: a town of its own is its scene, however long ago."""
    text = _NEWS + "Fighting erupted in Malakal in December 2013."
    assert ("armed_clash", "Malakal") in _events(ex, text)
