"""A whole told as "once based/stationed" somewhere after its figure ("the 1,500 French soldiers once based
in Niamey") is a former level, as "originally sent" is; "once" as a conjunction ("once they arrive")
tells no past.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_whole_once_based_is_former(ex):
    text = "Only about 200 of the 1,500 French soldiers once based in Niamey remain in the country."
    assert posture_with_qualifiers(ex, text) == [
        ("France", "Niger", 200, "about"),
        ("France", "Niger", 1500, "(former level)"),
    ]


def test_control_once_as_a_conjunction(ex):
    """Near miss: "once they arrive" is a time ahead, no former level."""
    text = "France will keep 1,500 soldiers in Niger once they arrive from Chad."
    assert posture_with_qualifiers(ex, text) == [("France", "Niger", 1500, "(planned)")]
