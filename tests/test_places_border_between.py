"""A border told as "the border between X and Y" (or "of X and Y") is the scene, as "the X-Y border" is: written as the text has
it, in the story's country when it is one of the two, else the first; the second land is no scene of its own."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Gunfire broke out along the border between Chad and Sudan on Friday, killing three herders, elders said.",
         [("border between Chad and Sudan", "Chad")]),
        ("NIAMEY (AP) — Soldiers clashed with gunmen on the frontier between Mali and Niger on Thursday, leaving "
         "seven dead, the army said.", [("frontier between Mali and Niger", "Niger")]),
        ("Raids on the shared border of Chad and Sudan killed four herders on Friday, elders said.",
         [("border of Chad and Sudan", "Chad")]),
    ],
)  # fmt: skip
def test_a_border_between_two_lands_is_the_scene(ex, text, seen):
    assert _seen(ex, text) == seen


def test_control_two_lands_named_without_a_border_stay_places(ex):
    text = "Talks between Chad and Sudan stalled on Friday as gunmen killed three herders in Geneina, elders said."
    assert _seen(ex, text) == [("Geneina", "Sudan")]
