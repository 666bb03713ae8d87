"""'It also struck X' after a doer's attack is one more strike of that doer, with its weapon, at another target.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)


def _found(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents]


def test_pronoun_also_takes_the_weapon_and_keeps_its_target(ex):
    text = (
        "A militia said on Sunday it had sent drones against a foreign base in Syria. "
        "It said it also struck the Tanf garrison."
    )
    assert _found(ex, text) == [("drone_attack", "Syria"), ("drone_attack", "Tanf")]


@pytest.mark.parametrize(
    "text, found",
    [
        # near misses: the same weapons' strike told again narrows the country-level event to its scene ...
        (
            "A militia said on Sunday it had sent drones against a foreign base in Syria. "
            "It said the drones struck the Tanf garrison.",
            [("drone_attack", "Tanf")],
        ),
        # ... and a doer whose last weapon is aircraft keeps its air strike
        (
            "Israeli jets struck a fuel depot near Hodeidah on Sunday. The army said it also struck the port of Salif.",
            [("air_strike", "Hodeidah"), ("air_strike", "Salif")],
        ),
    ],
)
def test_retold_strike_and_air_doer_keep_their_reading(ex, text, found):
    assert _found(ex, text) == found
