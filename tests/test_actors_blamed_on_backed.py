"""A blame laid "on" a party after the event: "was blamed on Iran-backed militias" names the militias as
written, not their backer; "officials blamed the attack on X", in the sentence after the event, blames X."""

from datetime import date

import pytest


def _actors(ex, text):
    return [i.actors for i in ex.extract(text, id="b", published=date(2025, 3, 19)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("A drone attack on the Zawita oil field in Kurdistan on Saturday was blamed on Iran-backed militias.",
         ("Iran-backed militias (blamed)",)),
        ("A drone attack targeted the Zawita oil field in Kurdistan on Saturday. Officials in Erbil blamed the"
         " attack on Iran-backed militias.", ("Iran-backed militias (blamed)",)),
        ("A bomb exploded at a market in Kirkuk on Saturday, killing four. Police blamed the bombing on the"
         " Islamic State.", ("Islamic State (blamed)",)),
    ],
)
def test_blamed_on_names_the_party(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_a_blame_on_a_named_group_is_unchanged(ex):
    # control: a listed group after "blamed ... on" was read before and stays
    text = "A drone attack targeted the Zawita oil field on Saturday. Officials blamed the attack on Kataib Hezbollah."
    assert _actors(ex, text) == [("Kataeb Hezbollah (blamed)",)]


def test_strikes_on_backed_militias_name_no_doer(ex):
    # control: backed militias as what was struck, after "on", are no party blamed
    text = "US jets carried out strikes on Iran-backed militias near Al-Qaim on Saturday, the Pentagon said."
    assert _actors(ex, text) == [("United States",)]
