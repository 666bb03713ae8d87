"""The level a figure changed from, told after an attribution aside ("About 700 Dutch soldiers remain in
Mali, the defence ministry said in a statement issued on Thursday, down from 1,100 in January"): the
aside is skipped, and the earlier figure is the force's former level there, as without the aside.

Every sentence here is self-written.
"""

from __future__ import annotations

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 700 Dutch soldiers remain in Mali, the defence ministry said in a statement issued on Thursday, "
            "down from 1,100 in January.",
            [("Netherlands", "Mali", 700, "about"), ("Netherlands", "Mali", 1100, "(former level)")],
        ),
        (  # the aside tells the day of the statement
            "Germany has about 1,800 soldiers stationed in Lithuania, the Bundeswehr said in a statement on March 6, "
            "down from 2,000 last autumn.",
            [("Germany", "Lithuania", 1800, "about"), ("Germany", "Lithuania", 2000, "(former level)")],
        ),
        (
            "Some 2,000 French troops are still deployed in Chad, a spokesman for the army's general staff told "
            "reporters on Tuesday, down from about 3,000 at the height of the operation.",
            [("France", "Chad", 2000, "some"), ("France", "Chad", 3000, "about (former level)")],
        ),
        (  # set off by dashes
            "About 700 Dutch soldiers remain in Mali — the defence ministry said on Thursday — down from 1,100 in January.",
            [("Netherlands", "Mali", 700, "about"), ("Netherlands", "Mali", 1100, "(former level)")],
        ),
    ],
)
def test_former_level_past_an_attribution(ex, text, expected):
    assert sorted(posture_with_qualifiers(ex, text)) == sorted(expected)


def test_control_aside_with_a_figure_of_its_own(ex):
    """Near miss: an aside that tells a figure of its own is no attribution to skip."""
    text = "About 700 Dutch soldiers remain in Mali, officials said 300 more could leave soon, down from 1,100 in January."
    assert posture_with_qualifiers(ex, text) == [("Netherlands", "Mali", 700, "about")]


def test_control_plain_down_from_unchanged(ex):
    text = "About 700 Dutch soldiers remain in Mali, down from 1,100 in January."
    assert sorted(posture_with_qualifiers(ex, text)) == [("Netherlands", "Mali", 700, "about"), ("Netherlands", "Mali", 1100, "(former level)")]
