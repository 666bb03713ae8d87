"""Jets or drones told as the support of a ground force ("troops, backed by jets, killed ...") are not the means.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)
TAIL = "\n\nThe ministry gave no further details."


def _found(ex, text):
    return [(i.type, i.location) for i in ex.extract(text + TAIL, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Somali troops, backed by allied drones, killed twelve militants near Jilib on Sunday, the army said.",
        "Somali troops, supported by foreign warplanes, killed twelve militants near Jilib on Sunday.",
    ],
)
def test_ground_force_with_air_support_fought(ex, text):
    assert _found(ex, text) == [("armed_clash", "Jilib")]


def test_air_doer_alone_keeps_its_strike(ex):
    # near miss: the aircraft as the subject did the killing from the air
    text = "Allied warplanes killed twelve militants near Jilib on Sunday, the army said."
    assert _found(ex, text) == [("air_strike", "Jilib")]
