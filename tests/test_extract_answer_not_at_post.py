"""An answer to an attack on a post ("responded with air strikes", "answered with raids"), told with no place of
its own, lands on the attackers: it takes neither the post attacked nor its country from the sentence before.
A counter-attack at the post itself, and an answer after an attack on a town, keep their readings."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 5, 14)


def _events(ex, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(i.type, i.date, i.location) for i in ex.extract(text, id="x", published=PUB).incidents]


def test_an_answer_takes_no_post_attacked(ex):
    """The strikes that answered rockets on a base did not hit that base."""
    text = (
        "Militia fighters fired rockets at the Harir base on Monday, wounding two soldiers. "
        "The United States answered with air strikes on Tuesday that killed six fighters."
    )
    assert _events(ex, text) == [("rocket_attack", "2026-05-11", "Harir base")]


def test_a_counter_attack_at_the_post_stays_one_fight(ex):
    """Troops hitting back at a base stormed fight the same fight there."""
    text = "Militants stormed an army base near Gao on Monday, killing four soldiers. Troops hit back, killing ten of the attackers."
    assert _events(ex, text) == [("armed_clash", "2026-05-11", "Gao")]


def test_an_answer_after_an_attack_on_a_town_keeps_its_town(ex):
    """A town attacked may be where its attackers hid: the answer told after it keeps that town."""
    text = (
        "Militants attacked an army post near Gao on Monday, killing four soldiers. "
        "The army responded with air strikes on their hideouts on Tuesday, killing 20 militants."
    )
    assert _events(ex, text) == [("armed_clash", "2026-05-11", "Gao"), ("air_strike", "2026-05-12", "Gao")]
