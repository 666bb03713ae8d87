"""Men loyal to a listed person named with a commander's title ("RSF commander X", "army chief X") are
the party the title names, or his state when he heads its army, not the person (GUIDE: actors are the
parties that acted); a leader acting or threatening in his own name stays himself."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 4)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Gunmen loyal to RSF commander Mohamed Hamdan Dagalo stormed the village of Um Kadada on Monday, a monitor said.",
         ["Rapid Support Forces"]),
        ("Units loyal to army chief Abdel Fattah al-Burhan shelled districts of Bahri on Monday, a monitor said.",
         ["Sudan"]),
        ("Militiamen loyal to Houthi leader Abdul-Malik al-Houthi raided army trenches near Taiz on Monday, a source said.",
         ["Houthis"]),
    ],
)
def test_men_loyal_to_a_titled_leader_are_his_side(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_a_titled_leader_killed_is_no_doer(ex):
    """The person harmed keeps out of the actors whatever his title."""
    text = "An Israeli air strike killed Hezbollah leader Naim Qassem in Tyre on Monday, officials said."
    assert _actors(ex, text) == [["Israel"]]


def test_a_spokesman_still_speaks_for_his_party(ex):
    text = "Houthi military spokesman Yahya Saree said the group fired a missile at Eilat on Monday."
    assert _actors(ex, text) == [["Houthis"]]


def test_a_titled_leader_threatening_in_his_own_name_stays_himself(ex):
    text = "Houthi leader Abdul-Malik al-Houthi threatened on Monday to strike any warship entering the Red Sea."
    assert _actors(ex, text) == [["Abdul-Malik al-Houthi"]]
