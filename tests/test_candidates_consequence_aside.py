"""What an event set off, told in a trailing participle (", prompting a wave of strikes", ", sparking a string of
reprisals"), is no sign that the event before it was a pattern: the main clause's event stays one event."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str, pub: date = date(2025, 3, 11)):
    return [(i.type, i.location, i.casualties.killed) for i in ex.extract(text, id="t", published=pub).incidents]


def test_event_that_prompted_a_wave_of_strikes_is_kept(ex):
    text = (
        "In March 2024, a rocket attack on the Camp Lemonnier base in Djibouti killed two sailors, prompting a wave of "
        "US strikes in Yemen."
    )
    assert _incidents(ex, text) == [("rocket_attack", "Camp Lemonnier", 2)]


def test_drone_attack_that_sparked_a_string_of_raids_is_kept(ex):
    text = (
        "A drone attack on the Al-Tanf garrison in Syria on Sunday wounded four soldiers, sparking a string of raids on "
        "militia depots."
    )
    assert _incidents(ex, text) == [("drone_attack", "Al-Tanf garrison", None)]


def test_habit_before_the_aside_still_tells_a_pattern(ex):
    """Control: the pattern told in the main clause itself stays a pattern."""
    text = (
        "Militias have repeatedly attacked the Al-Tanf garrison in Syria over the past year, prompting a wave of US "
        "strikes in Iraq."
    )
    assert _incidents(ex, text) == []


def test_event_that_led_to_a_series_of_strikes_is_kept(ex):
    text = (
        "In May 2024, a drone attack on the Al-Omar oil field in Syria killed four guards, leading to a series of "
        "US strikes on militia depots."
    )
    assert [t for t, *_ in _incidents(ex, text)] == ["drone_attack"]


def test_what_officials_called_part_of_a_spate_is_no_pattern_of_the_event(ex):
    text = (
        "ERBIL (Wire) - A rocket attack on Harir air base on Monday wounded three soldiers, in what officials called "
        "part of a spate of strikes on the base."
    )
    assert [(t, loc) for t, loc, _ in _incidents(ex, text)] == [("rocket_attack", "Harir air base")]
