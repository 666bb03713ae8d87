"""Groups are read under the spellings outlets give them (GUIDE: actors are the parties that acted): a group's
transliterated name is the group, not the state its name ends with."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Tehrik-e-Taliban Pakistan fighters raided a police post in Bannu on Sunday.", ["Tehrik-i-Taliban Pakistan"]),
        ("Shebab fighters raided a police post in Kismayo on Sunday.", ["Al-Shabaab"]),
        ("Officials said JeM gunmen raided a police post in Pulwama on Sunday.", ["Jaish-e-Mohammed"]),
        # control: the spelling the lexicon had
        ("Tehreek-e-Taliban Pakistan fighters raided a police post in Bannu on Sunday.", ["Tehrik-i-Taliban Pakistan"]),
    ],
)
def test_a_groups_other_spellings_are_the_group(ex, text, actors):
    assert _actors(ex, text) == [actors]
