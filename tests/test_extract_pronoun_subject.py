"""A pronoun opening its sentence as the event verb's subject ("They also fired ...") stands for the doers of
the sentence before (GUIDE: actors are the parties that acted)."""

from __future__ import annotations

from datetime import date


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


def test_they_after_a_named_group_is_that_group(ex):
    text = (
        "Houthi rebels fired a missile at a tanker off Hodeidah on Monday. "
        "They also launched two drones at a cargo ship off Mokha."
    )
    assert _actors(ex, text) == [["Houthis"], ["Houthis"]]


def test_it_after_an_opener_is_the_group_told_before(ex):
    text = (
        "Hezbollah said it fired rockets at an army post in Metula on Friday. "
        "On Saturday, it launched a drone at a base in Safed."
    )
    assert _actors(ex, text)[-1] == ["Hezbollah"]


def test_a_pronoun_after_victims_names_no_doer(ex):
    # the sentence before tells of harm done to people, in the passive: nobody to stand for
    text = (
        "Two soldiers were killed in Tikrit on Monday. "
        "They also attacked a patrol near Samarra on Tuesday, the army said."
    )
    assert all(a == [] for a in _actors(ex, text))


def test_a_pronoun_inside_its_sentence_is_not_read_back(ex):
    # a subject named in its own sentence stays the doer
    text = (
        "Houthi rebels fired a missile at a tanker off Hodeidah on Monday. "
        "Israeli jets struck the port of Hodeidah on Tuesday after they detected a launch."
    )
    assert _actors(ex, text)[-1] == ["Israel"]
