"""A fight told as what an attack set off in the attack's own clause ("X attacked a post, sparking a gunfight",
"... and a gunfight followed") is that attack's event, with the attack's doers; a fight told with no attack
before it keeps its own word and sides."""

from __future__ import annotations

from datetime import date

import pytest


def _events(ex, text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    facts = ex.extract("GAROWE, July 8 - " + text, id="x", published=date(2026, 7, 8))
    return [(i.type, i.location, tuple(i.actors)) for i in facts.incidents]


@pytest.mark.parametrize("consequence", ["sparking a gunfight", "triggering a long exchange of fire"])
def test_the_attack_that_set_off_a_fight_names_its_doers(ex, consequence):
    text = f"Al-Shabaab fighters attacked a police station in Galkayo on Tuesday, {consequence} with officers."
    assert _events(ex, text) == [("armed_clash", "Galkayo", ("Al-Shabaab",))]


@pytest.mark.parametrize("after", ["and a gunfight followed", "and a long gunfight ensued with officers"])
def test_the_attack_a_fight_followed_names_its_doers(ex, after):
    text = f"Al-Shabaab fighters attacked a police station in Galkayo on Tuesday {after}, officials said."
    assert _events(ex, text) == [("armed_clash", "Galkayo", ("Al-Shabaab",))]


def test_a_fight_with_no_attack_before_it_keeps_its_sides(ex):
    """Near miss: the clash is the clause's only deed, both sides named by its own word."""
    text = "Police clashed with Al-Shabaab fighters in Galkayo on Tuesday, officials said."
    assert _events(ex, text) == [("armed_clash", "Galkayo", ("Al-Shabaab",))]
