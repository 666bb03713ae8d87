"""A capital that does or owns an attack names the state that did it: the doer, not the scene."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _incidents(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=date(2024, 11, 4)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Air raid alarms rang out over Israel during Tehran's heavy overnight missile attack on Tuesday.",
        "Three people were hurt in Israel in Tehran's latest long-range missile attack on Tuesday.",
    ],
)
def test_a_capitals_attack_told_with_several_modifiers_is_placed_at_the_scene(ex, text):
    """'Tehran's heavy overnight missile attack' names the state that fired; the country named is the scene."""
    assert _incidents(ex, text) == [("missile_attack", "Israel")]


def test_a_capital_that_fires_is_not_the_scene(ex):
    """'Tehran launched a dozen rockets': the capital is the subject of the attack verb, not where they hit."""
    found = _incidents(ex, "Early on Monday Tehran launched a dozen rockets, hours before the truce.")
    assert all(where != "Tehran" for _, where in found)


def test_a_superlative_keeps_the_capital_as_the_scene(ex):
    """'Kabul's deadliest suicide bomb attack in years' ranks an attack among the capital's own: it is there."""
    found = _incidents(ex, "Kabul's deadliest suicide bomb attack in years killed 40 people on Monday.")
    assert [where for _, where in found] == ["Kabul"]
