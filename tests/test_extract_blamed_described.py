"""A party blamed in a participle or a bare blame is blamed though words describe it between ("..., activists
said, blaming the paramilitary Rapid Support Forces"); a party named past a preposition is no blamed party."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        (
            "A drone strike on a market in El Obeid killed 11 people on Sunday, activists said, blaming the "
            "paramilitary Rapid Support Forces.",
            "Rapid Support Forces (blamed)",
        ),
        (
            "Gunmen killed 12 villagers near Mopti on Sunday, a local official said, blaming jihadist JNIM fighters.",
            "JNIM (blamed)",
        ),
        (
            "Mortar shells hit a market in Mogadishu's Hodan district on Monday, killing three people, police said, "
            "blaming the Islamist group al-Shabaab.",
            "Al-Shabaab (blamed)",
        ),
    ],
)
def test_a_described_party_is_blamed(ex, text, blamed):
    assert _actors(ex, text) == [(blamed,)]


def test_a_party_past_a_preposition_is_not_blamed(ex):
    """Near miss: "blaming the failure of Ukrainian air defences" blames a failure, not Ukraine."""
    got = _actors(
        ex,
        "Missiles struck a power plant in Kharkiv on Sunday, the governor said, blaming the failure of "
        "Ukrainian air defences.",
    )
    assert all(not any(a.endswith("(blamed)") for a in acts) for acts in got)
