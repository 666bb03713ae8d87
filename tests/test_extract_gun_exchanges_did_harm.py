"""Artillery or mortar fire told by its exchange ("artillery duels killed ...") is the shelling that did the harm.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import shared_extractor

DAY = date(2025, 3, 10)
TAIL = "\n\nThe army gave no further details of the fighting."


def _types(text):
    return [i.type for i in shared_extractor().extract(text + TAIL, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Artillery duels along the frontier killed five villagers near Kupiansk on Sunday, officials said.",
        "Mortar exchanges wounded eleven people in Kupiansk on Sunday, officials said.",
    ],
)
def test_exchange_of_gunfire_that_harmed_is_shelling(text):
    assert _types(text) == ["shelling"]


def test_duel_of_no_guns_is_no_event():
    # near miss: a contest called a duel, with no toll and no guns firing, is no event
    assert _types("A chess duel between two masters ended in a draw in Kupiansk on Sunday.") == []
