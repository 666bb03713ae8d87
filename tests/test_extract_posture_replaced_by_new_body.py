"""Posture: a figure sizing the body told as taking over ("to be replaced by a larger Shield Force of up
to 4,000") is that new body's size, not a level of the state whose troops it replaces; a replacing
body named as a state's own, or whose troops come from a named state, keeps that state's level."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


def test_the_new_bodys_size_is_no_level_of_the_leaving_state(ex: Extractor) -> None:
    text = (
        "Rwanda will begin withdrawing its soldiers from Mozambique next month, as its mission there "
        "is to be replaced by a larger Coastal Shield Force of up to 4,000 personnel."
    )
    assert ("Rwanda", "Mozambique", 4000) not in _levels(ex, text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Chad's force in Mali will be replaced by a Chadian brigade of 2,000 soldiers.", ("Chad", "Mali", 2000)),
        ("Chad's force in Mali will be replaced by a brigade of 2,000 soldiers from Niger.", ("Niger", "Mali", 2000)),
    ],
)
def test_a_replacing_body_of_a_named_state_keeps_its_level(ex: Extractor, text: str, level: tuple) -> None:
    """Near miss: the replacing troops are told as a state's own."""
    assert level in _levels(ex, text)


def test_a_known_replacing_body_holds_its_size(ex: Extractor) -> None:
    text = (
        "Burundi will withdraw its soldiers from Somalia next month, as its old mission is to be "
        "replaced by a larger AUSSOM force of up to 11,000 troops."
    )
    levels = _levels(ex, text)
    assert ("AUSSOM", "Somalia", 11000) in levels
    assert ("Burundi", "Somalia", 11000) not in levels
