"""A scene told along a stretch ("along the Afghan border", "along the Durand Line") is placed as one told near
it: a border names its country's side; a named border line with no gazetteer spot is a border told with a toll,
on the side of the story's country. "along with" adds a party or a thing, never a scene."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    return [(i.type, i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Rebels seized a town along the Bangladesh border on Monday.", ("armed_clash", "Bangladesh", "Bangladesh")),
        ("Heavy fighting erupted late on Saturday along the Afghan border.", ("armed_clash", "Afghanistan", "Afghanistan")),
        (
            "Heavy fighting erupted late on Saturday along the Durand Line. Afghan officials said nine of their"
            " fighters died.\n\nAfghanistan said the war goes on.",
            ("armed_clash", "Durand Line", "Afghanistan"),
        ),
        # near misses: "along with" names no scene; a line only spoken of is no scene
        ("Heavy fighting erupted in Kurram on Monday, along with clashes in Pakistan.", ("armed_clash", "Kurram", "Pakistan")),
        (
            "Nine soldiers were killed in heavy fighting in Kurram late on Saturday. Afghan officials said they reject"
            " the Durand Line.\n\nAfghanistan said the war goes on.",
            ("armed_clash", "Kurram", "Pakistan"),
        ),
    ],
)
def test_a_scene_along_a_border(ex, text, seen):
    assert _seen(ex, text) == [seen]


def test_along_with_a_border_post_is_no_scene(ex):
    assert _seen(ex, "Fighters seized a town on Monday, along with a Bangladesh border post.") == []
