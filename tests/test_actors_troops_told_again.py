"""A state's force told again by its kind at the head of the next sentence ("The troops struck them") is the
force the sentence before named with that word, and carries on that sentence's scene; troops that suffered
the deed ("The soldiers came under fire") are no doers."""

from datetime import date


def _incidents(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.location, list(i.actors)) for i in facts.incidents]


def test_troops_told_again_are_the_doers(ex):
    text = "IDF troops in Beit Lahia spotted armed men near the fence. The troops then struck the armed men on Monday."
    assert _incidents(ex, text) == [("Beit Lahia", ["Israel"])]


def test_troops_told_again_carry_on_the_scene(ex):
    text = "IDF troops operating in Beit Lahia spotted several armed men who approached them. The troops struck the armed men."
    assert _incidents(ex, text) == [("Beit Lahia", ["Israel"])]


def test_troops_that_came_under_fire_are_no_doers(ex):
    text = "Malian soldiers patrolled near Gao on Monday. The soldiers then came under fire near Ansongo."
    assert _incidents(ex, text) == [("Ansongo", [])]
