"""Bases named by the nationality of a state an ocean away from the region ('American bases') are that
state's held abroad: its country is no scene; a regional state's base named alone still stands at home."""

from __future__ import annotations

from datetime import date


def _countries(ex, text: str) -> list[str | None]:
    facts = ex.extract(text, id="t", published=date(2026, 6, 9))
    return [i.country for i in facts.incidents]


def test_bases_of_a_state_overseas_are_no_scene(ex):
    text = "Mortar bombs were lobbed at American bases on Monday, two officials said."
    assert "United States" not in _countries(ex, text)


def test_a_regional_states_base_stays_at_home(ex):
    """Control: with nothing saying it lies abroad, a Kenyan base is in Kenya."""
    text = "Mortar bombs were lobbed at a Kenyan base on Monday, two officials said."
    assert "Kenya" in _countries(ex, text)
