"""An event told only in a country is narrowed to the one scene the article names there only when that
scene's event may be it: not when both are dated to days that do not meet, nor when both name doers with
none in common (issue 8: a raid at country level took the town of another party's raid days later)."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    facts = ex.extract(text, id="x", published=date(2025, 7, 10))
    return sorted((i.date, i.location, tuple(i.actors)) for i in facts.incidents if i.type == "air_strike")


FIRST = "Israeli jets struck military sites in Iran on June 13, officials said. "


def test_a_raid_on_another_day_at_a_town_leaves_the_first_in_the_country(ex):
    found = _places(ex, FIRST + "On June 22, Israeli jets struck a fuel depot in Tabriz.")
    assert ("2025-06-13", "Iran", ("Israel",)) in found


def test_the_same_raid_told_at_its_town_is_narrowed_to_it(ex):
    # near miss: the same doer, the same day, the one scene the article names there
    found = _places(ex, FIRST + "On June 13, Israeli jets struck a fuel depot in Tabriz.")
    assert [loc for _, loc, _ in found] == ["Tabriz"]


def test_another_doer_the_same_day_keeps_the_country(ex):
    text = (
        "Israeli jets struck military sites in Iran on June 22, officials said. "
        "On June 22, US bombers dropped bombs on Fordow."
    )
    assert ("2025-06-22", "Iran", ("Israel",)) in _places(ex, text)
