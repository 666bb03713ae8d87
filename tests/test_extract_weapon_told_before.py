"""Incident types: a hit told with no means of its own takes the weapon last named only when that weapon was
used: not one that names a site ("missile factories") nor one in the headline, which sums up the story."""

from __future__ import annotations

from datetime import date


def _types(ex, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 3, 7)).incidents]


def test_a_weapon_naming_a_site_is_no_means(ex):
    text = (
        "Israel struck nuclear sites and drone factories near Isfahan early on Friday, killing four guards. "
        "State media said blasts were heard at the Natanz site, and that several homes in Tehran were hit."
    )
    assert "drone_attack" not in _types(ex, text)


def test_the_headlines_weapon_is_no_means_of_the_body(ex):
    text = (
        "Rebels answer with rocket salvo\n\n"
        "Israel struck nuclear sites near Isfahan early on Friday, killing four guards. "
        "State media said blasts were heard at the Natanz site, and that several homes in Tehran were hit."
    )
    assert "rocket_attack" not in _types(ex, text)


def test_a_weapon_used_just_before_is_the_means(ex):
    """Control: missiles fired just before are what hit the homes, as before."""
    text = (
        "Russia fired a dozen missiles at Kharkiv early on Friday, killing four people. "
        "Officials said blasts were heard at the airport, and that several homes in Kharkiv were hit."
    )
    assert _types(ex, text)[:1] == ["missile_attack"]
