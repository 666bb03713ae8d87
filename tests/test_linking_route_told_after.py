"""An event told with no place, and the next sentence telling the thing it hit, or the event, on a stretch
named by two towns ("The convoy was travelling between X and Y"): the stretch is its scene, told by its first
town as in the event's own sentence. A sentence that names two towns for no stretch of road places nothing."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return sorted((i.location, i.country) for i in incs)


_LEAD = "Gunmen attacked an army convoy on Tuesday, killing seven soldiers, officials said. "


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (_LEAD + "The convoy was travelling between Mopti and Sevare.", [("Mopti", "Mali")]),
        (_LEAD + "The attack happened on the road between Mopti and Sevare.", [("Mopti", "Mali")]),
        # the same told in one sentence
        (
            "Gunmen attacked an army convoy travelling between Mopti and Sevare on Tuesday, killing seven soldiers.",
            [("Mopti", "Mali")],
        ),
        # control: two towns named for no road or event
        (_LEAD + "The ministry said talks between Mopti and Sevare officials had stalled.", []),
    ],
)
def test_route_told_after(ex, text, seen):
    assert _seen(ex, text) == seen
