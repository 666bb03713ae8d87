"""The dead told by a phrase of mourning ("lost their lives", "perished", an army's "fell with honour") are a
death toll, as "died" is."""

from __future__ import annotations

from datetime import date

ATTACK = "Gunmen attacked an army post near Menaka on Monday. "


def _killed(ex, text):
    facts = ex.extract(text, id="x", published=date(2031, 3, 12))
    return [i.casualties.killed for i in facts.incidents]


def test_lost_their_lives_is_a_toll(ex):
    assert _killed(ex, ATTACK + "At least ten soldiers lost their lives.") == [10]


def test_perished_is_a_toll(ex):
    assert _killed(ex, ATTACK + "Twelve soldiers perished in the assault.") == [12]


def test_fell_with_honour_is_a_toll(ex):
    assert _killed(ex, ATTACK + "Eight soldiers fell with honour, the army said.") == [8]


def test_a_town_that_fell_is_no_toll(ex):
    # (control) "fell" alone tells no death
    assert _killed(ex, ATTACK + "Two villages fell to the attackers.") == [None]
