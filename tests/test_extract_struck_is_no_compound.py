"""A past "struck" before "fighters" or "groups" is the verb of a strike, never the noun compound ("strike fighters").

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)
TAIL = "\n\nThe army gave no further details."


def _types(ex, text):
    return [i.type for i in ex.extract(text + TAIL, id="t", published=DAY).incidents]


def test_struck_fighters_is_a_strike(ex):
    text = "Coalition jets struck fighters loyal to the rebel commander near Marib on Sunday, residents said."
    assert _types(ex, text) == ["air_strike"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the noun compound and the bargain stay no event
        "The air force will buy forty strike fighters next year, the minister said on Sunday.",
        "The two factions struck a deal in Marib on Sunday, the mediators said.",
    ],
)
def test_compound_and_bargain_stay_no_event(ex, text):
    assert _types(ex, text) == []
