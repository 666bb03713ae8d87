"""Militiamen, a militiaman or a gunman are armed men as militias and gunmen are: their attack on a village or
a mosque is force used (GUIDE: armed_clash), whoever they are, unnamed. Critics attacking a budget are words."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 3, 3)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "BUNIA (Wire) - Militiamen attacked a village near Djugu on Friday, local officials said.",
        "BUNIA (Wire) - A militiaman attacked a checkpoint near Djugu on Friday, police said.",
        "KANO (Wire) - A gunman attacked a mosque in Kano on Friday, police said.",
    ],
)
def test_armed_men_by_any_number_attack_with_force(ex, text):
    assert _types(ex, text) == ["armed_clash"]


@pytest.mark.parametrize(
    "text",
    ["KANO (Wire) - Critics attacked the budget on Friday, lawmakers said.", "A columnist attacked the plan on Friday."],
)
def test_words_attacking_a_plan_are_no_event(ex, text):
    """Control: no armed men, no event."""
    assert _types(ex, text) == []
