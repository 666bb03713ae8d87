"""A total a move raises the troops to ("..., raising its contingent there to about 1,300", "lifting ...")
is as planned as the move, as "bringing ... to" already was; after a move told done it stands.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_raising_after_a_planned_move(ex):
    text = "Britain said it would send a further 400 soldiers to Estonia, raising its contingent there to about 1,300."
    assert ("United Kingdom", "Estonia", 1300, "about (planned)") in posture_with_qualifiers(ex, text)


def test_lifting_after_a_planned_move(ex):
    text = "Canada will deploy another 250 troops to Latvia, lifting its force there to about 2,200."
    assert ("Canada", "Latvia", 2200, "about (planned)") in posture_with_qualifiers(ex, text)


def test_raising_after_a_move_done_stands(ex):
    """Control: the move told done leaves the total standing."""
    text = "Britain sent a further 400 soldiers to Estonia last month, raising its contingent there to about 1,300."
    assert ("United Kingdom", "Estonia", 1300, "about") in posture_with_qualifiers(ex, text)


def test_bringing_unchanged(ex):
    """Control: the verb already read, as before."""
    text = "Britain will send 400 more soldiers to Estonia, bringing its contingent there to about 1,300."
    assert ("United Kingdom", "Estonia", 1300, "about (planned)") in posture_with_qualifiers(ex, text)
