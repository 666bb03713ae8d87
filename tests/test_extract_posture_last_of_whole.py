"""Troops taken out as "the last of its 2,000 soldiers" are the whole presence gone, as "its 2,000 soldiers"
are: the figure is a withdrawn level; "300 of its 2,000" taken out stays a part, no level."""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_the_last_of_a_whole_withdrawn(ex):
    """A verb of leaving with "the last of its" before the figure marks it withdrawn."""
    text = "Belgium withdrew the last of its 1,300 soldiers from Niger in December 2023."
    assert posture_with_qualifiers(ex, text) == [("Belgium", "Niger", 1300, "(withdrawn)")]


def test_pulled_the_last_of_a_whole_out(ex):
    """ "pulled the last of its N troops out of X" reads the same."""
    text = "When Belgium pulled the last of its 1,300 troops out of Niger in 2023, the junta turned to Russia."
    assert posture_with_qualifiers(ex, text) == [("Belgium", "Niger", 1300, "(withdrawn)")]


def test_a_whole_still_there_keeps_its_level(ex):
    """A figure with no leaving verb before it is still a standing level."""
    text = "Belgium still has the last of its 1,300 soldiers in Niger, the ministry said."
    found = posture_with_qualifiers(ex, text)
    assert all("withdrawn" not in (q or "") for *_rest, q in found)
