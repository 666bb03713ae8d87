"""Words set off by commas between a subject and its verb of harm ("X's army, backed by its allies, killed 30 Y
fighters in a raid") neither hide the subject nor lend their "by" to the event: the harmed group is never the
doer (GUIDE: the target is never the actor)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Somalia's army, backed by foreign partners, killed about 20 al-Shabaab militants in an airstrike near "
            "Jilib on Sunday, the ministry said.",
            ["Somalia"],
        ),
        (
            "Israeli troops, who entered the camp before dawn, killed two Hamas fighters in a raid on Jenin on Monday.",
            ["Israel"],
        ),
    ],
)
def test_the_subject_before_words_set_off_did_it(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_a_by_before_the_event_word_names_no_agent(ex):
    text = "The army said its troops, backed by helicopters, killed 12 al-Shabaab fighters in an operation near Jilib on Sunday."
    assert _actors(ex, text) == [[]]


def test_a_by_after_the_event_word_still_names_its_agent(ex):
    # control: the passive's own "by"
    text = "Two soldiers were killed by al-Shabaab fighters near Jilib on Sunday."
    assert _actors(ex, text) == [["Al-Shabaab"]]
