"""Incidents: a state's own account of the night's strike, means untold and placed only in the country its
salvo hit on the same days, is that salvo told again, not a raid of its own."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 12, 3))
    return [(i.type, i.location) for i in facts.incidents]


_SALVO = "Russia fired 30 missiles and 300 drones at Kyiv and other cities overnight, Ukraine's air force said. "


def test_the_doers_account_is_the_salvo(ex):
    text = _SALVO + "Russia's defence ministry said its forces had carried out a massive strike on military targets in Ukraine overnight."
    assert _incidents(ex, text) == [("missile_attack", "Kyiv")]


def test_a_strike_at_a_town_of_its_own_stays(ex):
    """Control: a strike told at a town of its own is no retelling of the country-wide salvo."""
    text = _SALVO + "Russia's defence ministry said its forces had struck a fuel depot in Dnipro overnight."
    assert len(_incidents(ex, text)) == 2


def test_a_strike_on_another_day_stays(ex):
    """Control: the doer's strike told on another day is another event."""
    text = _SALVO + "Russia's defence ministry said its forces had carried out a massive strike on military targets in Ukraine on Friday."
    assert len(_incidents(ex, text)) == 2
