"""A unit taken out, sized by the figure ("has withdrawn a battalion of about 600 soldiers", "will pull out its
contingent of 800"), reads as the figure taken out alone does: a part told done is no level, the whole
presence ("its contingent") is withdrawn, and a pull ahead is a withdrawn figure. A unit sent stays a level.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_unit_taken_out_told_done_is_no_level(ex):
    text = "Burundi has withdrawn a battalion of about 600 soldiers from Somalia."
    assert posture_with_qualifiers(ex, text) == []


def test_the_whole_contingent_taken_out(ex):
    text = "Sierra Leone has withdrawn its contingent of 850 soldiers from Somalia."
    assert posture_with_qualifiers(ex, text) == [("Sierra Leone", "Somalia", 850, "(withdrawn)")]


def test_the_whole_contingent_to_be_taken_out(ex):
    text = "Sierra Leone will withdraw its contingent of 850 soldiers from Somalia."
    assert posture_with_qualifiers(ex, text) == [("Sierra Leone", "Somalia", 850, "(to be withdrawn)")]


def test_a_unit_sent_stays_a_level(ex):
    """Control: no verb of leaving before the unit."""
    text = "Burundi has deployed a battalion of about 600 soldiers in Somalia."
    assert posture_with_qualifiers(ex, text) == [("Burundi", "Somalia", 600, "about")]
