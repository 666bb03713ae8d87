"""A target told as "also hit" right after a strike by a named party, with no doer of its own, was hit by that
party; one hit by a doer of its own keeps it."""

from datetime import date


def _actors(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return {i.location: i.actors for i in facts.incidents}


def test_also_hit_takes_the_strikes_doer(ex):
    text = "Israeli jets struck launchers in Iran on Tuesday. A missile depot near Kermanshah was also hit."
    assert _actors(ex, text).get("Kermanshah") == ("Israel",)


def test_also_struck_reworded(ex):
    text = "Israel's air force struck launchers in western Iran on Tuesday. A drone factory near Kermanshah was also struck."
    assert _actors(ex, text).get("Kermanshah") == ("Israel",)


def test_hit_with_no_also_keeps_no_borrowed_doer(ex):
    text = "Israeli jets struck launchers in Iran on Tuesday. A depot near Kermanshah was hit by Kurdish rebels."
    assert _actors(ex, text).get("Kermanshah") != ("Israel",)
