"""A blow struck from afar and a weapon stopped, two verbs of one subject joined by "and" ("forces struck
depots in A and shot down drones over B on Monday"), are two events: each keeps its own place, both take the
subject as actor and the one day told for both. A drone downed in a ground assault stays part of the fight."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

EX = Extractor()


def _incidents(text):
    return [(i.type, i.location, i.actors, i.date) for i in EX.extract(text, id="t", published=date(2026, 2, 17)).incidents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli jets struck a rocket launcher in Khiam and intercepted a drone over the Galilee on Monday.",
            [("air_strike", "Khiam", ("Israel",), "2026-02-16"), ("interception", "Galilee", ("Israel",), "2026-02-16")],
        ),
        (
            "Houthi forces fired two missiles at Eilat and shot down an American drone over Marib on Sunday.",
            [("missile_attack", "Eilat", ("Houthis",), "2026-02-15"), ("interception", "Marib", ("Houthis",), "2026-02-15")],
        ),
    ],
)
def test_a_blow_and_an_interception_joined_by_and_are_two_events(text, expected):
    assert _incidents(text) == expected


def test_a_second_verb_of_the_subject_takes_it_as_actor():
    text = "JNIM fighters attacked an army post in Gao on Saturday and ambushed a convoy near Ansongo on Sunday."
    assert [i[2] for i in _incidents(text)] == [("JNIM",), ("JNIM",)]


def test_a_drone_downed_in_a_ground_assault_is_part_of_the_fight():
    """Near miss: an assault on the ground and a drone shot down in it are one engagement."""
    text = "Rebel fighters attacked an army camp near Kalehe on Friday and shot down a military drone."
    assert len(_incidents(text)) == 1
