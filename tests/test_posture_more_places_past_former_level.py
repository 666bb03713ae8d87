"""Further places of a level told after its former level ("Some 2,500 US troops remain in Iraq, down from a
peak of 5,200 in 2020, and about 900 in Syria"): the list of places goes on past the former level and its
day, as it does right after the place.

Every sentence here is self-written.
"""

from __future__ import annotations

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 2,500 US troops remain in Iraq, down from a peak of 5,200 in 2020, and about 900 in Syria.",
            [
                ("United States", "Iraq", 2500, "some"),
                ("United States", "Iraq", 5200, "(former level)"),
                ("United States", "Syria", 900, "about"),
            ],
        ),
        (
            "Roughly 2,000 French troops are based in Djibouti, down from 2,900 last year, and some 350 in Gabon.",
            [
                ("France", "Djibouti", 2000, "roughly"),
                ("France", "Djibouti", 2900, "(former level)"),
                ("France", "Gabon", 350, "some"),
            ],
        ),
        (  # the former level with no day
            "About 1,000 US soldiers are in Syria, down from 2,000, and 2,500 in Iraq.",
            [
                ("United States", "Syria", 1000, "about"),
                ("United States", "Syria", 2000, "(former level)"),
                ("United States", "Iraq", 2500, None),
            ],
        ),
    ],
)
def test_more_places_past_the_former_level(ex, text, expected):
    assert sorted(posture_with_qualifiers(ex, text)) == sorted(expected)


def test_control_clause_of_its_own_after_the_former_level(ex):
    """Near miss: a figure of no troops after the former level adds nothing."""
    text = "About 1,000 US soldiers are in Syria, down from 2,000 in December, and 40 civilians were hurt in clashes."
    assert sorted(posture_with_qualifiers(ex, text)) == [
        ("United States", "Syria", 1000, "about"),
        ("United States", "Syria", 2000, "(former level)"),
    ]
