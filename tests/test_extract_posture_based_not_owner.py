"""A state named as where troops are based ("Germany-based US troops") is no owner of them."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1,000 Italy-based American soldiers were sent to Poland.", [("United States", "Poland", 1000, "about")]),
        ("Some 35,000 Germany-based US troops remain in Europe.", [("United States", "Germany", 35000, "some")]),
        # near miss: a state's troops told plainly keep their owner
        ("Some 35,000 US troops remain in Germany.", [("United States", "Germany", 35000, "some")]),
    ],
)  # fmt: skip
def test_base_state_is_no_owner(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
