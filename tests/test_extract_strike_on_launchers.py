"""A strike on what an attack was fired from ("jets later hit the launchers"), told with no place of its
own after that attack, lies where the attack came from (its doers' country), never at the spot it hit;
a strike told after it on a target of its own keeps that target's place."""

from __future__ import annotations

from datetime import date

_DAY = date(2031, 12, 3)


def _strikes(ex, text):
    return [i for i in ex.extract(text, id="t", published=_DAY).incidents if i.type == "air_strike"]


def test_the_launchers_stand_where_the_attack_came_from(ex):
    text = (
        "BEIRUT - Hezbollah said it fired a salvo of rockets at an Israeli army post near Shlomi on Tuesday. "
        "The Israeli military said its jets later struck the launchers used to fire them."
    )
    (strike,) = _strikes(ex, text)
    assert strike.country == "Lebanon"


def test_a_strike_with_its_own_target_keeps_its_place(ex):
    """Near miss: the answer names a town of its own, which places it."""
    text = (
        "BEIRUT - Hezbollah said it fired a salvo of rockets at an Israeli army post near Shlomi on Tuesday. "
        "The Israeli military said its jets later struck a weapons depot in Nabatieh."
    )
    (strike,) = _strikes(ex, text)
    assert strike.location == "Nabatieh"
