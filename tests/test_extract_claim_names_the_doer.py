"""A doer's own telling of an attack that names no place ("the Houthis said they had attacked the cargo ship X
with drones") names the doer of the attack told beside it that refers back to what was hit ("The vessel was hit by
drones off Y on Sunday"), placed and done on or before the telling; not of another attack told apart, nor of one
with other weapons."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    f = ex.extract(text, id="t", published=date(2025, 3, 11))
    return [(i.location, list(i.actors)) for i in f.incidents]


_CLAIM = "Yemen's Houthis said on Monday they had attacked the cargo ship Sea Lark with {w}."


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            _CLAIM.format(w="drones") + "\n\nThe vessel was hit by drones 51 nautical miles southwest of Hodeidah on"
            " Sunday, the agency said.",
            [("51 nautical miles southwest of Hodeidah", ["Houthis"])],
        ),
        # near misses: other weapons; another attack told apart, not referring back
        (
            _CLAIM.format(w="missiles") + "\n\nThe vessel was hit by drones 51 nautical miles southwest of Hodeidah on"
            " Sunday, the agency said.",
            [("51 nautical miles southwest of Hodeidah", [])],
        ),
        (
            _CLAIM.format(w="drones") + "\n\nThe convoy was hit by drones near Marib on Sunday, officials said.",
            [("Marib", [])],
        ),
    ],
)
def test_a_claim_names_the_doer_of_the_attack_told_again(ex, text, seen):
    assert _seen(ex, text) == seen
