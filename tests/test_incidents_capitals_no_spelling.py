"""A known place written in capitals (a live entry's dateline after its clock, a shouted name) is written as
running text spells it, else by the gazetteer's name, with its point; one the gazetteer lacks stays as written."""

from __future__ import annotations

from datetime import date


def _places(ex, text: str) -> list[tuple[str | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return [(i.location, i.lat) for i in facts.incidents]


def test_a_live_entrys_town_in_capitals(ex):
    text = "Sudan live\n\n10:42 GMT - KHARTOUM - Drones hit a power station, killing two.\n"
    [(loc, lat)] = _places(ex, text)
    assert loc == "Khartoum" and lat is not None


def test_capitals_take_the_spelling_running_text_gives(ex):
    text = (
        "Sudan live\n\n14:05 GMT - Drones hit a power station in EL FASHER, killing two, an official said.\n\n"
        "The governor of El-Fasher called for calm.\n"
    )
    assert [loc for loc, _ in _places(ex, text)] == ["El-Fasher"]


def test_a_name_in_lower_case_is_kept_as_written(ex):
    text = "Drones hit a power station in El-Fasher on Monday, killing two, an official said."
    assert [loc for loc, _ in _places(ex, text)] == ["El-Fasher"]
