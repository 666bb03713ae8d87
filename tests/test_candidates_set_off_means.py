"""The weapons of what an event set off (", triggering a barrage of rockets", ", prompting drone strikes") are that
answer's, not the event's means: the event keeps the type its own words give. A weapon of the event's own
clause, before the participle, still types it."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str):
    facts = ex.extract(text, id="t", published=date(2025, 2, 10))
    return [(i.type, i.location, i.actors) for i in facts.incidents]


def test_strike_that_triggered_a_rocket_barrage_stays_a_strike(ex):
    text = (
        "SIDON (Wire) - An Israeli strike on a motorbike in Marjayoun on Sunday killed one man, triggering a salvo of "
        "Hezbollah rockets at the Galilee."
    )
    assert _incidents(ex, text) == [("air_strike", "Marjayoun", ("Israel",))]


def test_raid_that_prompted_drone_strikes_is_no_drone_attack(ex):
    text = "DAMASCUS (Wire) - Gunmen attacked an army post near Nawa on Saturday, prompting Israeli drone strikes on the area."
    got = _incidents(ex, text)
    assert [t for t, *_ in got] == ["armed_clash"]


def test_own_weapon_before_the_participle_still_types_it(ex):
    """Control: the drones of the event's own clause make it a drone attack."""
    text = "KYIV (Wire) - Russian drones struck a power plant in Sumy overnight, prompting blackouts, officials said."
    assert [t for t, *_ in _incidents(ex, text)] == ["drone_attack"]
