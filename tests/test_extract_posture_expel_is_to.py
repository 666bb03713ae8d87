"""A send-off told by "is to" / "are to" ("Benin is to expel 1,200 Belgian troops by March") is one to come,
as "will expel" tells it: the troops still there, to be withdrawn. A withdrawal told done stays a part taken out.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_is_to_expel(ex):
    text = "Benin is to expel 1,200 Belgian troops by March, the government said."
    assert ("Belgium", "Benin", 1200, "(to be withdrawn)") in posture_with_qualifiers(ex, text)


def test_rulers_are_to_expel(ex):
    text = "Chad's junta is to expel about 1,000 French soldiers by the end of January."
    assert ("France", "Chad", 1000, "about (to be withdrawn)") in posture_with_qualifiers(ex, text)


def test_will_expel_unchanged(ex):
    """Control: the modal form, as before."""
    text = "Benin will expel 1,200 Belgian troops by March, the government said."
    assert ("Belgium", "Benin", 1200, "(to be withdrawn)") in posture_with_qualifiers(ex, text)


def test_a_part_pulled_out_is_no_level(ex):
    """Control: a part told as taken out, done, is a change and no level."""
    text = "Belgium pulled 600 soldiers out of Chad last month."
    assert posture_with_qualifiers(ex, text) == []
