"""A state that flies its strikes, named on the strike noun after "in" ("killed in US air strikes east of X"),
made the strikes: it is no scene, so the place told after it (or the story's) is where they hit. A scene named
on the noun ("killed in Gaza strikes") stays the scene."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

EX = Extractor()


def _places(text):
    return [(i.location, i.country, i.actors) for i in EX.extract(text, id="t", published=date(2026, 8, 21)).incidents]


def test_the_striking_state_on_the_noun_is_no_scene():
    text = (
        "A senior Islamic State commander was killed with two aides in US air strikes in the desert east of "
        "Deir ez-Zor early on Thursday, the US military said."
    )
    ((_location, country, actors),) = _places(text)
    assert country == "Syria" and actors == ("United States",)


def test_a_scene_on_the_noun_stays_the_scene():
    """Near miss: a place that flies no strikes, named on the noun, is where they hit."""
    text = "Nine people were killed in Gaza strikes on Thursday, the territory's civil defence agency said."
    assert [p[1] for p in _places(text)] == ["Palestine"]
