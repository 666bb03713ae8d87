"""One more event of the kind just told ("A second strike hit Y", "Another missile strike hit Y") was made by the
hand that made the first, when no other party is named; an event of another kind lends it no one."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return [(i.location, i.actors) for i in incs]


@pytest.mark.parametrize(
    ("text", "second", "actors"),
    [
        (
            "An Israeli drone strike hit a car in Nabatieh on Sunday, killing two people, the health ministry said. "
            "A second strike hit Bint Jbeil an hour later.",
            "Bint Jbeil",
            ("Israel",),
        ),
        (
            "Russian missiles struck an energy facility in Kharkiv on Sunday, the governor said. "
            "Another missile strike hit Chuhuiv later that day, killing one person.",
            "Chuhuiv",
            ("Russia",),
        ),
        (
            "US warplanes bombed the port of Hodeidah on Saturday. A third air strike hit a fuel depot in Ras Isa on "
            "Saturday, the group's television said.",
            "Ras Isa",
            ("United States",),
        ),
    ],
)
def test_one_more_of_the_kind_is_by_the_same_hand(ex, text, second, actors):
    got = dict(_seen(ex, text))
    assert got[second] == actors


def test_one_more_of_another_kind_lends_no_actor(ex):
    """Near miss: rockets told after an air strike are no more of the jets' doing."""
    got = dict(
        _seen(
            ex,
            "Israeli jets struck a building in Gaza City on Sunday, medics said. "
            "Another rocket attack hit Sderot later that day.",
        )
    )
    assert got["Sderot"] == ()
