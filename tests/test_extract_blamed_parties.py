"""A party others blame for the event just told carries the GUIDE's " (blamed)" suffix: also past its article
("blamed the Houthis for the attack"), and when the blame names no event at all, only where the party operates
("A minister blamed Iran-backed militant groups active in the desert.")."""

from __future__ import annotations

from datetime import date

import pytest

_EVENT = "A drone struck an army outpost in Jordan on Sunday, leaving three soldiers dead. "


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    "text, actors",
    [
        (_EVENT + "The Pentagon blamed the Houthis for the attack.", ["Houthis (blamed)"]),
        ("The Pentagon blamed the Houthis for a drone strike on an army outpost in Jordan on Sunday.",
         ["Houthis (blamed)"]),
        (_EVENT + "Officials blamed Kataib Hezbollah.", ["Kataeb Hezbollah (blamed)"]),
        (_EVENT + "A minister blamed Iran-backed militant groups active in the desert.",
         ["Iran-backed militant groups (blamed)"]),
    ],
)
def test_the_party_blamed_is_marked_blamed(ex, text, actors):
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    "text, actors",
    [
        # near misses: blamed for something else than the attack; and a party simply named as the doer
        (_EVENT + "Officials blamed Kataib Hezbollah for delays in the talks.", []),
        ("The Houthis attacked a tanker with a drone off Hodeidah on Sunday.", ["Houthis"]),
    ],
)
def test_a_blame_for_something_else_or_a_doer_is_no_blame(ex, text, actors):
    assert _actors(ex, text) == [actors]
