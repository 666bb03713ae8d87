"""A claim told in a sentence after its event is the claim of the party named in the claim's own clause:
a party that denied a role in a clause before it ("X denied any part in it, while Y claimed the attack")
is no claimant (GUIDE: a party claiming gets the "(claimed)" suffix)."""

from __future__ import annotations

from datetime import date


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 4)).incidents]


_EVENT = "Four rockets hit an army depot near Kirkuk on Monday, police said. "


def test_claimant_after_a_denial_is_the_one_claiming(ex):
    text = _EVENT + "Asaib Ahl al-Haq rejected any part in it, while the Islamic State claimed the attack."
    assert _actors(ex, text) == [["Islamic State (claimed)"]]


def test_a_denying_party_before_an_unnamed_claimant_claims_nothing(ex):
    text = _EVENT + "Asaib Ahl al-Haq rejected any part in it, but an obscure faction claimed the attack online."
    assert _actors(ex, text) == [[]]


def test_a_claimant_opening_the_sentence_still_claims(ex):
    """A claim with its subject in the sentence's one clause keeps its claimant."""
    text = _EVENT + "The Islamic State claimed the attack in a statement on its news agency."
    assert _actors(ex, text) == [["Islamic State (claimed)"]]
