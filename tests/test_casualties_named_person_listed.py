"""One person told by name with a role after it, listed after a numbered group, is one more dead ("two
soldiers and Ali Hassan, a farmer" is three); a name that only speaks of the toll adds nobody."""

from datetime import date


def _killed(ex, text):
    return [i.casualties.killed for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_named_person_with_role_after_group(ex):
    assert _killed(ex, "Gunmen in Kirkuk on Monday killed two soldiers and Karim Salman, a shepherd.") == [3]
    text = "An ambush near Kirkuk on Monday killed four soldiers and Ahmed Saleh, the local police chief, officials said."
    assert _killed(ex, text) == [5]


def test_name_that_speaks_adds_nobody(ex):
    assert _killed(ex, "Gunmen in Kirkuk on Monday killed two soldiers and Karim Salman said a shepherd saw it.") == [2]
