"""A denial of an accusation told beside the event ("...; the group denied it", "X denied the charge") denies
the party's part, not the event: the event stays, with the party blamed. A denial of the deed itself ("denied
that its fighters fired rockets", "denied it shelled") still drops it."""

from datetime import date

import pytest


def _incidents(ex, text):
    return [(i.type, i.location, i.actors) for i in ex.extract(text, id="d", published=date(2025, 3, 21)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Israel accused Hezbollah of firing a rocket that struck a house in Metula on Wednesday; the group denied it.",
         ("Hezbollah (blamed)",)),
        ("A rocket fired from Lebanon struck a house in Metula on Wednesday; Hezbollah denied the accusation.", ()),
        ("Kyiv accused Moscow of shelling a school in Kherson on Wednesday; Russia denied the charges.", ("Russia (blamed)",)),
    ],
)
def test_the_event_beside_a_denied_accusation_stays(ex, text, actors):
    assert [(t, a) for t, _, a in _incidents(ex, text)] == [(_incidents(ex, text)[0][0], actors)]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah denied that its fighters fired rockets at Metula on Wednesday.",
        "The army denied it shelled the village of Tawila on Wednesday.",
    ],
)
def test_a_denied_deed_stays_dropped(ex, text):
    assert _incidents(ex, text) == []


@pytest.mark.parametrize(
    ("follow", "actors"),
    [
        # the accusation in the sentence after, the deed told again by its verb and a pronoun
        ("Israel accused Hezbollah of firing it.", ("Hezbollah (blamed)",)),
        ("Israel accused Hezbollah of launching it; the group denied the charge.", ("Hezbollah (blamed)",)),
        # control: an accusation of something else ties no party to the rocket
        ("Israel accused Hezbollah of lying about it.", ()),
    ],
)
def test_an_accusation_told_after_the_event(ex, follow, actors):
    text = "A rocket struck a house in Metula on Wednesday. " + follow
    assert [a for _, _, a in _incidents(ex, text)] == [actors]
