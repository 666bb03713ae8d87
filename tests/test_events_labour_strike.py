"""A labour strike, told by who strikes ("dockworkers went on strike", "a union strike") or by its cause
("a strike over pension reforms", "strike action"), is no attack; a blow told beside such words stays one."""

from datetime import date

import pytest


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="x", published=date(2025, 1, 13)).incidents]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of dockworkers walked off the job on Monday in a strike over pension reforms, halting "
        "container traffic at Europe's second-largest port.",
        "Port workers went on strike on Monday, halting container traffic at Europe's second-largest port.",
        "Dockworkers began strike action on Monday, halting container traffic at Europe's second-largest port.",
    ],
)
def test_labour_strike_beside_war_words_is_no_incident(ex, sentence):
    text = (
        f"{sentence} Veterans and soldiers will mark the anniversary of the liberation, when Allied troops "
        "entered the city. A ceremony is planned for September."
    )
    assert _types(ex, text) == []


def test_follow_on_strike_stays_a_blow(ex):
    text = "Israeli jets carried out a follow-on strike on the same building in Gaza on Wednesday, killing four people."
    assert _types(ex, text) == ["air_strike"]


def test_strike_on_a_port_stays_a_blow(ex):
    text = "Russian forces launched a strike on the port of Odesa on Tuesday, killing three people."
    assert _types(ex, text) != []
