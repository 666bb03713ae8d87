"""An event held to be "the work of" a party ("an attack believed by the US to be the work of X") has that party as
suspected, and the believer as neither doer nor suspect (GUIDE: a party suspected gets "(suspected)"; issue 9:
"believed by" is attribution, not an actor)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Three rockets hit a base in Baghdad on Friday, the army said, in an attack believed by Washington to be "
            "the work of Kataib Hezbollah.",
            ["Kataeb Hezbollah (suspected)"],
        ),
        (
            "A drone struck an oil field near Erbil on Friday in what officials believed to be the work of Kataib Hezbollah.",
            ["Kataeb Hezbollah (suspected)"],
        ),
    ],
)
def test_the_party_whose_work_it_is_believed_to_be_is_suspected(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_work_of_no_party_names_nobody(ex):
    text = "A drone struck an oil field near Erbil on Friday in what officials believed to be the work of smugglers."
    assert _actors(ex, text) == [[]]
