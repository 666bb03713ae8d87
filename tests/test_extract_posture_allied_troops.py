"""Troops told as "allied" are several states' troops, as "foreign" or "multinational" ones are: no
one state owns them, least of all the one the text told before."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain leads the NATO battlegroup in Estonia. Some 10,000 allied troops are stationed in Poland.", []),
        ("Britain has 900 soldiers in Estonia. Some 10,000 allied troops will take part in a drill in Poland next month.",
         [("United Kingdom", "Estonia", 900, None)]),
        # near miss: a state's own troops told after it keep their owner
        ("Britain has 900 soldiers in Estonia. Some 400 British troops are stationed in Poland.",
         [("United Kingdom", "Estonia", 900, None), ("United Kingdom", "Poland", 400, "some")]),
    ],
)  # fmt: skip
def test_allied_troops_are_no_one_states(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
