"""A change told by its noun ("The drawdown will cut ...") starts from the level now when its verb is
told ahead; a cut told done ("has cut") leaves the new level standing."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drawdown will cut the American presence in Iraq from about 2,000 to fewer than 1,000.",
         [("United States", "Iraq", 1000, "fewer than (planned)"), ("United States", "Iraq", 2000, "about")]),
        ("The troop increase is set to raise the British contingent in Estonia from about 900 to 1,500.",
         [("United Kingdom", "Estonia", 900, "about"), ("United Kingdom", "Estonia", 1500, "(planned)")]),
        ("The drawdown has cut the American presence in Iraq from about 2,000 to fewer than 1,000.",
         [("United States", "Iraq", 1000, "fewer than"), ("United States", "Iraq", 2000, "about (former level)")]),
        # near miss: a change under way keeps its start as the former level
        ("Denmark is cutting troop levels in Latvia from about 800 to roughly 500.",
         [("Denmark", "Latvia", 500, "roughly (planned)"), ("Denmark", "Latvia", 800, "about (former level)")]),
    ],
)  # fmt: skip
def test_change_told_by_its_noun(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
