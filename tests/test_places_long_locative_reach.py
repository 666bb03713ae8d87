"""A name told at the end of a long phrase of place kinds ("off the coast of the Yemeni port of X") is still
read after its locative word: the look-back runs three words past a kind word, so a town read only after
"in/at/near/off" is the scene, not the country its people's name gives."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return sorted((i.location, i.country) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("A missile hit a tanker off the coast of the Yemeni port of Mokha on Tuesday.", [("Mokha", "Yemen")]),
        # control: the shorter phrase was read before and stays so
        ("A missile hit a tanker near the Yemeni port of Mokha on Tuesday.", [("Mokha", "Yemen")]),
    ],
)
def test_long_locative_reach(ex, text, seen):
    assert _seen(ex, text) == seen
