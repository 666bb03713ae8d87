"""A level told with "is to" / "are to" / "is due to" ("Benin is to host about 1,200 French soldiers") is
planned, as "will host" tells it. A level told in a clause of its own before such words stays standing.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_is_to_host(ex):
    text = "Benin is to host about 1,200 French soldiers under a new defence pact."
    assert ("France", "Benin", 1200, "about (planned)") in posture_with_qualifiers(ex, text)


def test_is_due_to_keep(ex):
    text = "Under the deal, Washington is due to keep about 900 troops in Syria."
    assert ("United States", "Syria", 900, "about (planned)") in posture_with_qualifiers(ex, text)


def test_will_host_unchanged(ex):
    """Control: the modal form, as before."""
    text = "Benin will host about 1,200 French soldiers under a new defence pact."
    assert ("France", "Benin", 1200, "about (planned)") in posture_with_qualifiers(ex, text)


def test_a_task_after_the_level_leaves_it_standing(ex):
    """Control: "is to" after the figure, in a relative clause of its own, plans nothing."""
    text = "France has about 1,000 soldiers in Chad, whose job is to train the army."
    assert ("France", "Chad", 1000, "about") in posture_with_qualifiers(ex, text)
