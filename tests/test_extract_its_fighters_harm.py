"""A party that says its own fighters did harm in an event ("X said its fighters had killed two militants in a
raid") is that event's actor, as one that says it did so itself already was."""

from __future__ import annotations

from datetime import date


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 6, 20)).incidents]


def test_its_fighters_harm_in_a_raid(ex):
    text = "Hezbollah said its fighters had wounded three soldiers in an ambush near Kfar Kila on Thursday."
    assert _actors(ex, text) == [["Hezbollah"]]


def test_it_harm_in_a_raid_still_read(ex):
    """Control: the speaker's own pronoun as subject was already read."""
    text = "Hezbollah said it had wounded three soldiers in an ambush near Kfar Kila on Thursday."
    assert _actors(ex, text) == [["Hezbollah"]]


def test_other_party_fighters_are_not_the_speakers(ex):
    """Near miss: a speaker telling of another party's harm ("the group's fighters") is no actor by its words."""
    text = "Israel said the group's fighters had wounded three soldiers in an ambush near Kfar Kila on Thursday."
    assert "Israel" not in [a for found in _actors(ex, text) for a in found]
