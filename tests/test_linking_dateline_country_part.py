"""The dateline's own sentence telling an event in a quarter of the country ("a village in the north-east") does
not place it at the town the reporter files from: it lies in that part, drawn at the gazetteer's region for it
where there is one; an event told with no such hint stays at the town."""

from __future__ import annotations

from datetime import date


def _places(ex, text: str) -> list[tuple[str | None, str | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return [(i.location, i.country, i.lat) for i in facts.incidents]


def test_a_quarter_of_the_country_is_not_the_dateline_town(ex):
    text = "MAIDUGURI, Nigeria (Wire) - Bandits stormed a farming village in the north-east on Sunday, killing seven."
    [(loc, country, lat)] = _places(ex, text)
    assert (loc, country) == ("the north-east", "Nigeria")
    # drawn at North-east Nigeria (the gazetteer's region), not at the country's middle
    assert lat == 11.0


def test_a_quarter_with_no_region_of_its_own_is_at_the_country(ex):
    text = "BUNIA, Congo (Wire) - Rebels attacked a mining camp in the far west on Sunday, killing five guards."
    [(loc, country, lat)] = _places(ex, text)
    assert (loc, country) == ("the far west", "Democratic Republic of Congo")
    assert lat == -4.0


def test_the_lede_with_no_quarter_stays_at_the_town(ex):
    text = "MAIDUGURI, Nigeria (Wire) - Gunmen attacked a checkpoint on Sunday, killing seven soldiers."
    assert [(loc, country) for loc, country, _ in _places(ex, text)] == [("Maiduguri", "Nigeria")]


def test_a_quarter_told_with_what_it_is_like(ex):
    # a word telling what the quarter is like, and a region the gazetteer names with "-ern" ("southern Lebanon")
    text = "TYRE, Lebanon (Wire) - An Israeli drone struck a car in the restive south on Monday, killing two men."
    [(loc, country, lat)] = _places(ex, text)
    assert (loc, country, lat) == ("the restive south", "Lebanon", 33.27)


def test_the_countrys_quarter_told_with_what_it_is_like(ex):
    text = (
        "MAIDUGURI, Nigeria (Wire) - Suspected jihadists killed nine farmers in the country's restive north-east "
        "on Saturday, residents said."
    )
    [(loc, country, lat)] = _places(ex, text)
    assert (loc, country, lat) == ("the country's restive north-east", "Nigeria", 11.0)


def test_a_quarter_of_a_town_is_no_quarter_of_the_country(ex):
    # control: "the north of the city" tells a part of the town, which stays the scene
    text = "GOMA, Congo (Wire) - Rebels shelled a camp in the north of the city on Monday, killing five."
    assert [(loc, country) for loc, country, _ in _places(ex, text)] == [("Goma", "Democratic Republic of Congo")]
