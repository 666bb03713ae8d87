"""After a clause's break, "it" takes up the subject again: "Canada leads the NATO brigade in Latvia,
where it keeps roughly 2,000 troops; it plans to raise that to 2,200" is Canada's plan, not NATO's."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada leads the NATO brigade in Latvia, where it keeps roughly 2,000 troops; it plans to raise that to 2,200 by 2026.",
         [("Canada", "Latvia", 2000, "roughly"), ("Canada", "Latvia", 2200, "(planned)")]),
        ("Germany heads the EU training mission in Mali, and it now has 300 soldiers in the country after a rotation that ended in May; it intends to cut them to 200.",
         [("Germany", "Mali", 200, "(planned)"), ("Germany", "Mali", 300, None)]),
        # near miss: the object the pronoun takes up stays its holder
        ("Mali expelled the French force; it had 5,000 troops there.", [("France", "Mali", 5000, None)]),
    ],
)  # fmt: skip
def test_pronoun_after_a_break_takes_up_the_subject(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
