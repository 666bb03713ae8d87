"""Places: a name the gazetteer lacks, told before a town's kind noun and "of" ("the Danube port of X"), only
says what the town lies on; the town named next is the place, not a spot within it (a village's kind noun
before "of" and a district still tells a village of that district)."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _placed(ex: Extractor, text: str) -> list[str | None]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [i.location for i in facts.incidents]


def test_river_before_the_port_of_a_town_is_no_spot(ex):
    text = "A drone hit a warehouse at the Danube port of Reni overnight, injuring a guard, officials said."
    assert _placed(ex, text) == ["Reni"]


def test_name_with_its_own_kind_noun_stays_a_spot(ex):
    """Control: a name told with a spot's own kind noun ("the X district") is still a spot of the town."""
    text = "A drone hit a warehouse in the Zhovtnevyi district of Reni overnight, injuring a guard, officials said."
    assert _placed(ex, text) == ["Zhovtnevyi district, Reni"]
