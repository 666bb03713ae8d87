"""An attack noun a named group owns by its possessive ("the RSF's attack on a camp") is the group's, not
a reference told by the determiner "the", which is the owner's: it types as "their attack on a camp" does.
A bare "the attack" still refers back, and an owned attack on a plan stays words."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(i.type, i.location, i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The AU condemned the RSF's attack on a camp near El Fasher on Thursday.",
        "Aid groups on Friday denounced the RSF's assault on a village near El Fasher on Thursday.",
    ],
)
def test_possessive_owned_attack_types_as_their_attack(ex, text):
    told = _types(ex, "The AU condemned the RSF over their attack on a camp near El Fasher on Thursday.")
    assert _types(ex, text) == told == [("armed_clash", "El Fasher", ("Rapid Support Forces",))]


def test_plural_possessive_owns_the_attack(ex):
    text = "The AU condemned the M23 rebels' attack on a village near Goma on Thursday."
    assert [t for t, _, _ in _types(ex, text)] == ["armed_clash"]


def test_owned_attack_retold_after_the_deed_stays_one(ex):
    text = (
        "RSF fighters stormed a camp near El Fasher on Thursday, killing 30 people, residents said.\n\n"
        "The African Union condemned the RSF's attack on the camp and called for talks."
    )
    assert [t for t, _, _ in _types(ex, text)] == ["armed_clash"]


@pytest.mark.parametrize(
    "text",
    [
        # control: an owned attack on a plan is words
        "The AU condemned the RSF's attack on the peace plan on Thursday.",
        "The AU condemned the M23 rebels' attack on the peace talks on Thursday.",
    ],
)
def test_owned_attack_in_words_stays_no_incident(ex, text):
    assert _types(ex, text) == []


def test_owned_drone_attack_keeps_its_weapon(ex):
    text = "The UN said the RSF's drone attack on a camp near El Fasher on Thursday killed 12 people."
    assert [t for t, _, _ in _types(ex, text)] == ["drone_attack"]
