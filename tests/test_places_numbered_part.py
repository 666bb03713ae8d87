"""A one-word name with a number after it ("Terminal 3", "Hangar 2") numbers a part of a site, no town: the
site named around it, or none, is the place; a gazetteer base so written ("Tower 22") and a name without a
number stay places."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 5, 5)).incidents
    return [(i.type, i.location) for i in incs]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "Operations at Ramon airport were suspended on Sunday. A drone launched from Iraq crashed near "
            "Hangar 2 on Sunday, wounding two workers.",
            "Ramon airport",
        ),
        (
            "Flights at Ben Gurion airport were halted on Sunday. A missile fired from Yemen struck an access "
            "road near Terminal 3 on Sunday, wounding six people.",
            "Ben Gurion airport",
        ),
    ],
)
def test_a_numbered_part_takes_the_site_named_before(ex, text, where):
    got = _seen(ex, text)
    assert got and got[-1][1] == where


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # controls: a gazetteer base written with its number, and an unknown name with no number
        ("A drone attack hit Tower 22 in Jordan on Sunday, killing three soldiers.", "Tower 22"),
        ("A missile fired from Yemen struck an access road near Kfar Yuval on Sunday, wounding six people.", "Kfar Yuval"),
    ],
)
def test_a_name_without_a_part_number_stays_the_place(ex, text, where):
    assert _seen(ex, text)[-1][1] == where
