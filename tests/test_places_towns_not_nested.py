"""Two towns on the map are two places however near they lie (places.nested): strikes told at each in turn
are two incidents. A quarter told within its town stays nested in it (one event told at two scales)."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return sorted((i.location, i.country) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Israeli troops struck Rafah overnight. An aircraft struck a depot in Khan Younis.\n"
            "Medics said at least nine people were killed across the south of the Gaza Strip.",
            [("Khan Younis", "Palestine"), ("Rafah", "Palestine")],
        ),
        (
            # control: a quarter of the town told first is that town's event, told closer in
            "An Israeli drone struck a car in Beirut on Monday, killing two people, Lebanon's health ministry said.\n"
            "The strike hit the Dahiyeh district, a Hezbollah stronghold, witnesses said.",
            [("Dahiyeh", "Lebanon")],
        ),
    ],
)
def test_towns_not_nested(ex, text, seen):
    assert _seen(ex, text) == seen


def test_nested_kinds():
    from reporter.extract.places import Place, nested

    rafah = Place("Rafah", "Palestine", 31.28, 34.25, 4, 0, 5, "loc")
    khan = Place("Khan Younis", "Palestine", 31.35, 34.30, 4, 0, 5, "loc")
    quarter = Place("Tel al-Sultan", "Palestine", 31.29, 34.24, 4.5, 0, 5, "loc")
    assert not nested(rafah, khan)
    assert nested(rafah, quarter)
