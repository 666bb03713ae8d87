"""A coordinated subject's figure told in a "with" phrase after what the states sent ("Chile, Peru and the
Dominican Republic have sent small units, with about 200 soldiers between them") is the states' together, no
one state's level, as "Chile and Peru have 200 troops there" is; one state's own stays its level.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_joint_subject_with_a_figure(ex):
    text = "Kenya will send 400 more troops to Haiti. Chile and Peru have sent small units, with about 200 soldiers between them."
    assert posture_with_qualifiers(ex, text) == [("Kenya", "Haiti", 400, "(additional)")]


def test_a_joint_subject_with_the_before_its_last_name(ex):
    text = "Kenya will send 400 more troops to Haiti. Chile, Peru and the Dominican Republic have sent small units, with about 200 soldiers."
    assert posture_with_qualifiers(ex, text) == [("Kenya", "Haiti", 400, "(additional)")]


def test_one_state_with_a_figure(ex):
    """Control: a subject of one state holds the figure."""
    text = "Kenya will send 400 more troops to Haiti. Chile has sent a small unit, with about 200 soldiers."
    assert posture_with_qualifiers(ex, text) == [("Chile", "Haiti", 200, "about"), ("Kenya", "Haiti", 400, "(additional)")]
