"""A party told in the possessive a sentence before ("The coalition's mission ...") owns the step by its
name alone: the label's owner is "(coalition)", not "(coalition's)"."""

from datetime import date


def _labels(ex, text):
    return [m.what for m in ex.extract(text, id="x", published=date(2025, 10, 4)).milestones]


def test_possessive_owner_loses_its_s(ex):
    text = "The coalition's mission ends in two phases, officials said. The second phase, which covers Erbil, is due by September 2026."
    assert _labels(ex, text) == ["The second phase, which covers Erbil, is due (coalition)"]


def test_plain_owner_unchanged(ex):
    # near miss: a party told without a possessive keeps its name as told
    text = "The coalition announced two phases on Monday. The second phase, which covers Erbil, is due by September 2026."
    assert _labels(ex, text) == ["The second phase, which covers Erbil, is due (coalition)"]
