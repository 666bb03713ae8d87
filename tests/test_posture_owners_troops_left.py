"""An owner's troops told gone ("Zambia's roughly 600 soldiers left last week", "... withdrew last month") are
the owner's whole presence, withdrawn, as "its last 600 left" is; a bare figure that left stays as it was read,
and troops that left for a place inside the country are still there.

Every sentence here is self-written.
"""

from __future__ import annotations

import pytest

from tests.conftest import posture_with_qualifiers

_BEFORE = "Tanzania has begun pulling its soldiers out of eastern Congo. "


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's roughly 600 soldiers left last week.",
        "Zambia's roughly 600 soldiers withdrew last month.",
        "Zambia's roughly 600 soldiers left Congo earlier this month.",
    ],
)
def test_an_owners_troops_gone(ex, text):
    assert ("Zambia", "Democratic Republic of Congo", 600, "roughly (withdrawn)") in posture_with_qualifiers(ex, _BEFORE + text)


def test_gone_to_a_place_of_the_country_stays(ex):
    """Control: "left ... for Goma" is a move inside the country."""
    text = _BEFORE + "Zambia's roughly 600 soldiers left last week for Goma."
    assert ("Zambia", "Democratic Republic of Congo", 600, "roughly") in posture_with_qualifiers(ex, text)


def test_an_owners_troops_that_remain(ex):
    """Control: no verb of leaving."""
    text = _BEFORE + "Zambia's roughly 600 soldiers remain."
    assert ("Zambia", "Democratic Republic of Congo", 600, "roughly") in posture_with_qualifiers(ex, text)
