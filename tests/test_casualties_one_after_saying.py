"""One person harmed, told as the subject of what someone said ("the governor said a woman was wounded", "police
said a soldier was killed"), is counted as one, as at a sentence's start."""

from datetime import date


def _casualties(ex, text):
    (inc,) = ex.extract(text, id="x", published=date(2025, 10, 6)).incidents
    return inc.casualties.killed, inc.casualties.injured


def test_one_wounded_after_said(ex):
    text = "The regional governor said a woman was wounded when a drone dropped a grenade on a car in Shebekino on Sunday."
    assert _casualties(ex, text) == (None, 1)


def test_one_killed_after_said(ex):
    text = "Police said a soldier was killed when gunmen attacked a checkpoint in Kirkuk on Sunday."
    assert _casualties(ex, text) == (1, None)


def test_one_killed_after_that(ex):
    text = "Police said that a soldier was killed when gunmen attacked a checkpoint in Kirkuk on Sunday."
    assert _casualties(ex, text) == (1, None)


def test_no_person_harmed_stays_untold(ex):
    text = "Police said a checkpoint was attacked by gunmen in Kirkuk on Sunday."
    assert _casualties(ex, text) == (None, None)
