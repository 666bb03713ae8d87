"""Armed groups are known by their other names: a short acronym shared with a common word ("IS") only before a
fighters' noun, a group's older or longer spellings, and groups of the region's smaller wars."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 3, 12)).incidents]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("IS gunmen stormed a police post near Samarra on Sunday.", "Islamic State"),
        ("The Baloch Liberation Army ambushed a convoy near Turbat on Sunday.", "Balochistan Liberation Army"),
        ("Saraya al-Quds fighters fired rockets at Sderot on Sunday.", "Palestinian Islamic Jihad"),
        ("Polisario fighters shelled an army post near Smara on Sunday.", "Polisario Front"),
        ("Janjaweed militias attacked a village near Zalingei on Sunday.", "Janjaweed"),
        ("PJAK fighters clashed with border guards near Piranshahr on Sunday.", "PJAK"),
    ],
)
def test_a_group_is_known_by_its_other_names(ex, text, actor):
    assert _actors(ex, text) == [(actor,)]


def test_is_as_a_verb_names_no_group(ex):
    text = "The town IS calm after shelling near Samarra on Sunday, residents said."
    assert all("Islamic State" not in a for acts in _actors(ex, text) for a in acts)
