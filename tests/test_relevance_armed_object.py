"""A one-line threat to strike a military object is conflict news, though it holds no war word;
a labour strike threatened at a port stays off-topic."""

from datetime import date

import pytest

DAY = date(2025, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Iran threatened on Monday to strike US bases.",
        "Tehran warned it would hit American bases in the Gulf.",
    ],
)
def test_threat_to_strike_bases_is_recorded(ex, text):
    facts = ex.extract(text, id="t", published=DAY)
    assert [(i.type, i.actors) for i in facts.incidents] == [("threat_statement", ("Iran",))]


@pytest.mark.parametrize(
    "text",
    ["Russia warned on Monday it could strike Western arms depots in Poland.", "Russia threatened on Monday to strike Ukrainian airfields."],
)
def test_threat_to_strike_depots_and_airfields_is_recorded(ex, text):
    facts = ex.extract(text, id="t", published=DAY)
    assert [(i.type, i.actors) for i in facts.incidents] == [("threat_statement", ("Russia",))]


def test_labour_strike_at_fuel_depots_stays_off_topic(ex):
    facts = ex.extract("Truckers threatened on Monday to strike at fuel depots across the country.", id="t", published=DAY)
    assert facts.incidents == ()


def test_labour_strike_threat_stays_off_topic(ex):
    facts = ex.extract("Dock workers threatened on Monday to strike at the port over pay.", id="t", published=DAY)
    assert facts.incidents == ()
