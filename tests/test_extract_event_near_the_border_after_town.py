"""An event told right after one at a town, placed only "near the border", lies at the country's edge, not
in that town: it takes the border as written (on the side of the country told, not the one a weapon came
from), is not folded into the town's event, and is not dropped as a mention in passing.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 3)


def _rows(ex, text):
    return [(i.type, i.location, i.country) for i in ex.extract(text, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "second, where",
    [
        ("A second drone launched from Syria was downed near the border.", ("the border", "Iraq")),
        ("A third drone was shot down near the border with Syria, officials said.", ("the border with Syria", "Iraq")),
        ("Another drone fired from Syria was brought down near the Syrian border later that night.", ("Iraq", "Iraq")),
    ],
)
def test_interception_near_the_border_is_not_in_the_dateline_town(ex, second, where):
    text = "KIRKUK - Two drones were shot down over the city on Monday. " + second
    assert _rows(ex, text) == [("interception", "Kirkuk", "Iraq"), ("interception", *where)]


def test_blast_near_the_border_keeps_its_own_toll_and_edge(ex):
    text = "Two drones were shot down over Kirkuk on Monday. A mine blast along the border with Syria wounded five soldiers."
    assert _rows(ex, text)[1] == ("explosion", "the border with Syria", "Iraq")


def test_border_town_named_is_the_scene(ex):
    # near miss: a border town named is the spot
    text = "KIRKUK - Two drones were shot down over the city on Monday. A third drone was downed near the border town of Rabia."
    assert _rows(ex, text)[1] == ("interception", "Rabia", "Iraq")


def test_event_with_no_place_of_its_own_stays_in_the_town(ex):
    # near miss: nothing said of where it was, the story's town is lent
    text = "KIRKUK - Two drones were shot down over the city on Monday. A third drone was downed over the outskirts, officials said."
    assert [r[1] for r in _rows(ex, text)] == ["Kirkuk"]
