"""The answer an event prompted, told in a participle with an event word of its own (", prompting air strikes on
Y that killed four"), is an event of its own clause: its scene and toll are its own, not the first event's.
A participle prompting no event ("prompting an evacuation", "prompting fears") leaves the first event whole."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str):
    facts = ex.extract(text, id="t", published=date(2025, 2, 10))
    return sorted((i.date, i.type, i.location, i.casualties.killed) for i in facts.incidents)


def test_prompted_strikes_are_their_own_event(ex):
    text = (
        "SIDON (Wire) - Hezbollah fired rockets at Metula on Saturday, prompting Israeli air strikes on Bint Jbeil "
        "that killed three people."
    )
    assert _incidents(ex, text) == [
        ("2025-02-08", "air_strike", "Bint Jbeil", 3),
        ("2025-02-08", "rocket_attack", "Metula", None),
    ]


def test_prompted_evacuation_leaves_the_event_whole(ex):
    """Control: no event word after the participle, the toll stays the strike's."""
    text = "KYIV (Wire) - A missile hit a market in Kherson on Monday, killing four, prompting an evacuation of schools."
    assert _incidents(ex, text) == [("2025-02-10", "missile_attack", "Kherson", 4)]
