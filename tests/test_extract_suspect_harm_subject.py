"""A suspected party named as the subject of a verb of harm told before the event noun ("suspected X militants
killed 12 soldiers in an ambush") keeps its suffix, as it does as the event verb's subject (GUIDE: a party
suspected gets "(suspected)")."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Suspected Islamic State militants killed 14 Nigerien soldiers in an ambush near Tillaberi on Sunday.",
            ["Islamic State (suspected)"],
        ),
        # control: the same deed told of no suspect
        (
            "Islamic State militants killed 14 Nigerien soldiers in an ambush near Tillaberi on Sunday.",
            ["Islamic State"],
        ),
    ],
)
def test_a_suspect_subject_of_the_harm_keeps_its_suffix(ex, text, actors):
    assert _actors(ex, text) == [actors]
