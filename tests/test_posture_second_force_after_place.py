"""A second force sharing a level's verb and place, told after the place by "N from STATE" ("About 1,500
troops from Kenya are in Somalia, and 1,000 from Uganda"): that state's level in the same place, as the
same list told before the place already reads.

Every sentence here is self-written.
"""

from __future__ import annotations

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 1,500 troops from Kenya are in Somalia, and 1,000 from Uganda.",
            [("Kenya", "Somalia", 1500, "about"), ("Uganda", "Somalia", 1000, None)],
        ),
        (  # the force told by its demonym, the place followed by the frame it serves in
            "Roughly 4,000 Ugandan soldiers serve in Somalia under the new AU mission, and 2,500 from Ethiopia, "
            "officials said on Wednesday.",
            [("Uganda", "Somalia", 4000, "roughly"), ("Ethiopia", "Somalia", 2500, None)],
        ),
        (  # a list of them
            "Around 3,000 troops from Burundi are deployed in Somalia, 1,200 from Djibouti and 800 from Egypt, "
            "according to the mission.",
            [("Burundi", "Somalia", 3000, "around"), ("Djibouti", "Somalia", 1200, None), ("Egypt", "Somalia", 800, None)],
        ),
        (  # told with "along with", "as are"
            "About 1,500 Kenyan troops are in Somalia, along with 1,000 from Uganda.",
            [("Kenya", "Somalia", 1500, "about"), ("Uganda", "Somalia", 1000, None)],
        ),
        (
            "About 1,500 troops from Kenya are in Somalia, as are 1,000 from Uganda.",
            [("Kenya", "Somalia", 1500, "about"), ("Uganda", "Somalia", 1000, None)],
        ),
        (  # the same before the place
            "About 1,500 troops from Kenya, along with 1,000 from Uganda, are stationed in Somalia.",
            [("Kenya", "Somalia", 1500, "about"), ("Uganda", "Somalia", 1000, None)],
        ),
    ],
)
def test_second_force_after_the_place(ex, text, expected):
    assert sorted(posture_with_qualifiers(ex, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a figure of no force: civilians
        "About 1,500 troops from Kenya are in Somalia, and 1,000 civilians fled.",
        # the item with a verb and place of its own is no share of this place
        "About 1,500 troops from Kenya are in Somalia, and 1,000 from Uganda are in South Sudan.",
        "Around 1,500 troops from Kenya are deployed in Somalia, 1,200 from Djibouti and 800 from Egypt are in Sudan.",
        # a figure taken out of a state, no force
        "The United States has about 1,500 troops in Iraq, and withdrew 900 from Syria last year.",
        # troops leaving: the states after "from" are places left, no forces
        "The US pulled 1,500 troops out of Iraq, and 900 from Syria.",
        "The US pulled 1,500 troops out of Iraq, along with 900 from Syria.",
        "Kenya will withdraw 1,500 troops from Somalia, and 1,000 from Sudan, by June.",
    ],
)
def test_control_no_second_force_here(ex, text):
    got = posture_with_qualifiers(ex, text)
    assert got and all(c not in (1000, 1200, 800, 900) for _, _, c, _ in got)
