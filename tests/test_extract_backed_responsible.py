"""Backed groups held responsible after the event ("..., adding that officials believed X-backed militias were behind
it") are the suspects, not their backer (GUIDE: "(suspected)", "(blamed)"; issue 9: the blamed party kept apart)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "A drone hit a base in Erbil on Friday, an official said, adding that Washington believed Iran-backed militias "
            "were behind it.",
            ["Iran-backed militias (suspected)"],
        ),
        (
            "A drone hit a base in Erbil on Friday, and officials said Iran-backed militias were responsible.",
            ["Iran-backed militias (blamed)"],
        ),
        # control: the state itself held responsible
        ("A drone hit a base in Erbil on Friday, and officials said Iran was responsible.", ["Iran (blamed)"]),
    ],
)
def test_the_backed_group_held_responsible_is_the_party(ex, text, actors):
    assert _actors(ex, text) == [actors]
