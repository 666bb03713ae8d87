"""Places: a place named in the body that told of an event ("the X Region's security service said") places it
only for want of another; an event told on by reference takes the place of the one it refers to."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 1, 11))
    return [(i.type, i.location) for i in facts.incidents]


def test_interception_told_on_keeps_the_attacks_place(ex):
    text = (
        "A drone laden with explosives targeted Erbil International Airport late on Wednesday, officials said. "
        "The drone was shot down before it reached the runway, the Kurdistan Region's security council said."
    )
    got = _incidents(ex, text)
    assert [loc for typ, loc in got if typ == "interception"] == ["Erbil International Airport"]


def test_the_speakers_place_stands_when_nothing_else_places_it(ex):
    """Control: with no event told before, the place in the speaker's name is the nearest the text gives."""
    text = "Two drones were shot down late on Wednesday, the Kurdistan Region's security council said."
    assert _incidents(ex, text) == [("interception", "Kurdistan Region")]


def test_a_place_told_in_the_sentence_is_its_own(ex):
    """Control: a reference with a scene of its own named keeps it."""
    text = (
        "A drone laden with explosives targeted Erbil International Airport late on Wednesday, officials said. "
        "The drone was shot down over Makhmour, the Kurdistan Region's security council said."
    )
    got = _incidents(ex, text)
    assert [loc for typ, loc in got if typ == "interception"] == ["Makhmour"]
