"""A border named by its two lands ("the Ethiopia-Eritrea border", "the Afghan-Pakistani frontier") is the scene,
written as the text has it, in the story's country when it is one of the two, else the first named; a pair of
lands that names no border ("Russia-Ukraine talks") places nothing."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Fighting broke out along the Sudan-Chad border on Friday, killing six herders, witnesses said.",
         [("Sudan-Chad border", "Sudan")]),
        ("Troops exchanged fire across the Armenian-Azerbaijani border on Friday, wounding two soldiers.",
         [("Armenian-Azerbaijani border", "Armenia")]),
        ("ISLAMABAD, Pakistan — Mortar fire on the Afghanistan-Pakistan border killed three Pakistani soldiers on "
         "Friday, the army said.", [("Afghanistan-Pakistan border", "Pakistan")]),
    ],
)  # fmt: skip
def test_a_border_named_by_two_lands_is_the_scene(ex, text, seen):
    assert _seen(ex, text) == seen


def test_control_a_pair_that_names_no_border_places_nothing(ex):
    text = "Sudan-Chad talks stalled on Friday as shelling killed three people in Kadugli, medics said."
    assert _seen(ex, text) == [("Kadugli", "Sudan")]
