"""A headline written in sentence case tells its deed in the present, as a title-case one does: "Gunmen kill
three farmers near X" is a killing; the same words closed by a stop, asked, or with no object are not."""

from datetime import date

import pytest

DAY = date(2025, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kill five herders near Bama",
        "Insurgents storm army base in Bama",
        "Gunmen Kill Five Herders Near Bama",  # control: title case, already read
    ],
)
def test_sentence_case_headline_tells_its_deed(ex, text):
    facts = ex.extract(text, id="t", published=DAY)
    assert [(i.type, i.location) for i in facts.incidents] == [("armed_clash", "Bama")]


@pytest.mark.parametrize(
    "text",
    [
        "Why gunmen kill herders near Bama",
        "Traders and herders kill time in Bama markets",
        "Villagers say gunmen often kill herders near Bama.",
    ],
)
def test_no_headline_deed(ex, text):
    assert ex.extract(text, id="t", published=DAY).incidents == ()


@pytest.mark.parametrize("text", ["Explosions rock Monguno as insurgents attack army base", "Explosions rock Monguno on Wednesday night"])
def test_headline_blasts_rock_a_town(ex, text):
    facts = ex.extract(text, id="t", published=DAY)
    assert [(i.type, i.location) for i in facts.incidents] == [("explosion", "Monguno")]


def test_bands_rocking_a_city_stay_empty(ex):
    assert ex.extract("Rock bands rock Lagos on Wednesday night", id="t", published=DAY).incidents == ()
