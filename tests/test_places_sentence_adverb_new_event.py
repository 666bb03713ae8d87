"""A sentence opened by an adverb that turns to another event ("Separately,", "Additionally,", "Elsewhere,")
tells a new event, not the lead told again at the same spot."""

from datetime import date


def _places(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 5))
    return [(i.type, i.location) for i in facts.incidents]


def test_additionally_is_a_new_event(ex):
    text = (
        "Navy jets struck a radar site on the Red Sea coast of Yemen on Tuesday, officials said. "
        "Additionally, at 10 p.m., navy forces destroyed one explosive boat in the Red Sea."
    )
    assert len(_places(ex, text)) == 2


def test_the_lead_told_again_still_folds(ex):
    # control: the same strike told again with no such adverb stays one
    text = (
        "Navy jets struck a radar site on the Red Sea coast of Yemen on Tuesday, officials said. "
        "The strike destroyed the radar, a spokesman added."
    )
    assert len(_places(ex, text)) == 1
