"""A one-sentence report of blasts hitting a named town, or a spot in one, is conflict news, as blasts
that rocked it are; blasts of weather or a film's shooting stay off-topic."""

from datetime import date

import pytest

DAY = date(2025, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Two explosions hit Monguno on Wednesday.",
        "A blast struck a crowded market in Monguno on Wednesday.",
        "Two blasts rocked Monguno on Wednesday.",  # control: the shaking verb already counted
    ],
)
def test_blast_hitting_a_town_is_an_incident(ex, text):
    facts = ex.extract(text, id="t", published=DAY)
    assert [(i.type, i.location, i.date) for i in facts.incidents] == [("explosion", "Monguno", "2025-03-12")]


@pytest.mark.parametrize(
    "text",
    [
        "Three blasts of freezing wind hit Monguno on Wednesday.",
        "An Arctic blast hit Minneapolis on Wednesday.",
        "The movie's shooting started in Tunisia on Wednesday.",
        "The explosion of prices hit Lagos on Wednesday.",
    ],
)
def test_weather_prices_and_films_stay_empty(ex, text):
    assert ex.extract(text, id="t", published=DAY).incidents == ()


def test_shooting_told_bare_stays_an_event(ex):
    facts = ex.extract("Shooting began in Monguno on Wednesday, killing two traders.", id="t", published=DAY)
    assert [i.type for i in facts.incidents] == ["armed_clash"]
