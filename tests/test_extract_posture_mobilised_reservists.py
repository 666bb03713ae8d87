"""Reservists mobilised are a call-up, as reservists called up are: no deployment's level (GUIDE)."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel's military says it has mobilised about 60,000 reservists ahead of an expanded ground operation in Gaza.", []),
        ("Before the offensive in Gaza the army mobilized 40,000 more reservists.", []),
        # near misses: troops mobilised on a front, and reservists told as deployed
        ("Russia has mobilized 20,000 troops on the border with Ukraine.", [("Russia", "Russia", 20000, None)]),
        ("Israel said 60,000 reservists are deployed in Gaza.", [("Israel", "Gaza", 60000, None)]),
    ],
)  # fmt: skip
def test_mobilised_reservists_are_no_level(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
