"""A partner force set off by commas after the doer ("X troops, together with Y forces, stormed ...") acted too:
both are actors, whether the partner is told by a people's adjective or by a force's own name. A force named
after another preposition between commas ("angered by losses to Y forces") did not act."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 3)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Kenyan troops, together with Somali forces, stormed a militant camp near Kismayo on Sunday, officials said.",
         ("Kenya", "Somalia")),
        ("Kenyan troops, along with Somali forces, stormed a militant camp near Kismayo on Sunday, officials said.",
         ("Kenya", "Somalia")),
        ("Kenyan soldiers, alongside the Somali army, raided a village near Kismayo on Monday, officials said.",
         ("Kenya", "Somalia")),
    ],
)
def test_a_partner_force_between_commas_acted_too(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_a_force_governed_by_another_preposition_did_not_act(ex):
    # near miss: the force is what the doers were angered by, not a partner
    text = "Kenyan troops, angered by losses to Somali forces, stormed a militant camp near Kismayo on Sunday."
    assert _actors(ex, text) == [("Kenya",)]
