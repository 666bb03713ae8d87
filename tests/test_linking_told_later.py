""""Jets struck X on Monday. Troops and fighters exchanged fire there later on Monday, killing three": a deed told
by its own words as coming after the one before ("later on <day>", "hours later", "afterwards") is a later event,
not the first one told again, even at the same place on the same day (linking.told_later); a "later" that times a
saying ("Later on Monday, officials said ...") tells nothing of the event's time."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str):
    return ex.extract(text, id="t", published=date(2025, 3, 14)).incidents


def test_an_exchange_of_fire_later_that_day_is_its_own_event(ex):
    incs = _incidents(
        ex,
        "Israeli jets struck targets in southern Lebanon early on Monday, the army said. Israeli troops and Hezbollah "
        "fighters exchanged fire in southern Lebanon later on Monday, killing three fighters.",
    )
    assert [(i.type, i.casualties.killed) for i in incs] == [("air_strike", None), ("armed_clash", 3)]
    assert incs[0].actors == ("Israel",)


def test_a_blow_told_hours_later_keeps_its_own_toll(ex):
    incs = _incidents(
        ex,
        "A missile hit an apartment block in Odesa on Friday, killing five people, the governor said. Hours later, "
        "a missile struck the port of Odesa, wounding two workers.",
    )
    assert [(i.casualties.killed, i.casualties.injured) for i in incs] == [(5, None), (None, 2)]


def test_a_saying_told_later_stays_the_event_told(ex):
    """Control: "later" times the officials' saying, not the attack's toll: one event, with its wounded."""
    incs = _incidents(
        ex,
        "Rockets hit the Ain al-Asad base in western Iraq on Monday. Later on Monday, officials said two soldiers "
        "were hurt in the attack.",
    )
    assert [(i.type, i.casualties.injured) for i in incs] == [("rocket_attack", 2)]


def test_a_retelling_with_no_word_of_time_stays_one_event(ex):
    """Control: the strike told again at its spot, no word of time after it, is still the one event."""
    incs = _incidents(
        ex,
        "A missile hit an apartment block in Odesa on Friday, killing five people, the governor said. A missile "
        "struck the block in Odesa on Friday, wounding two residents.",
    )
    assert [(i.casualties.killed, i.casualties.injured) for i in incs] == [(5, 2)]
