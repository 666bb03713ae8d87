"""Fighting told as breaking out, erupting or raging is a clash with an adverb or helper between the fight and
its outbreak too ("fighting also broke out", "battles have since raged"), so the sentence is an event of its own,
not a scene lent to the event told before it."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=date(2025, 10, 3)).incidents]


@pytest.mark.parametrize(
    "second",
    [
        "Fighting also broke out near Mukalla.",
        "Battles have since raged near Mukalla.",
        "Fighting had broken out near Mukalla.",
    ],
)
def test_outbreak_with_an_adverb_is_its_own_clash(ex, second):
    text = f"Coalition jets hit a weapons depot in Saada on Tuesday. {second}"
    assert _read(ex, text) == [("air_strike", "Saada"), ("armed_clash", "Mukalla")]


def test_fight_word_with_no_outbreak_stays_none(ex):
    """Control: fighting named only as what something ended is no clash of its own."""
    text = "Coalition jets hit a weapons depot in Saada on Tuesday. Talks in Muscat aim at ending the fighting."
    assert [t for t, _ in _read(ex, text)] == ["air_strike"]
