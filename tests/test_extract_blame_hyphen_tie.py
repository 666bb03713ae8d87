"""A party blamed in the sentence after its event is found when a hyphened tie stands before its name
("blamed the Iran-backed X for the attack") and when the event is named again as a massacre, a shooting
or a killing (GUIDE: a party blamed gets the suffix "(blamed)")."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "A drone struck a base in Erbil on Monday. Washington blamed the Iran-backed Kataib Hezbollah for the attack.",
            ["Kataeb Hezbollah (blamed)"],
        ),
        (
            "Gunmen opened fire on villagers in Pahalgam on Sunday, killing 11 people, police said. "
            "Delhi blamed Lashkar-e-Taiba for the massacre.",
            ["Lashkar-e-Taiba (blamed)"],
        ),
        (
            "Gunmen opened fire on a bus in Quetta on Friday, killing six people, police said. "
            "Officials blamed the Pakistan-based Zainabiyoun Brigade for the shooting.",
            ["Liwa Zainabiyoun (blamed)"],
        ),
    ],
)
def test_the_party_blamed_after_the_event_is_found(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_a_blame_of_other_deeds_names_no_party(ex):
    text = "A drone struck a base in Erbil on Monday. Washington blamed the Iran-backed Kataib Hezbollah for past raids."
    assert _actors(ex, text) == [[]]


def test_the_hyphen_tied_target_is_not_the_party_blamed(ex):
    # the group named with its tie is whose base was struck; the party the group blames is the one blamed
    text = (
        "A drone struck a base of the Iran-backed Kataib Hezbollah in Jurf al-Sakhar on Monday. "
        "The group blamed the United States for the strike."
    )
    assert _actors(ex, text) == [["United States (blamed)"]]
