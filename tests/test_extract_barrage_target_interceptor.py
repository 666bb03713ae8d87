"""An interception naming no stopper, told just after a barrage aimed at a country and lying over that
country, is that country's own air defences at work (GUIDE: the interceptor is the actor). A stopper the
text names keeps its name, and one over a third country stays unnamed."""

from __future__ import annotations

from datetime import date

import pytest


def _interceptors(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 9)).incidents
    return [(i.location, list(i.actors)) for i in incs if i.type == "interception"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran launched more than 100 ballistic missiles at Israel on Tuesday night. Most were intercepted by air defences.",
            [("Israel", ["Israel"])],
        ),
        (
            "Russia sent dozens of attack drones toward Ukraine late on Friday. Most of them were shot down, officials said.",
            [("Ukraine", ["Ukraine"])],
        ),
    ],
)
def test_unnamed_defences_over_the_barrage_s_target_are_its_own(ex, text, expected):
    assert _interceptors(ex, text) == expected


def test_a_named_stopper_is_kept(ex):
    text = "Russia launched 50 drones at Ukraine overnight. Ukraine's air force said it shot down 40 drones."
    assert _interceptors(ex, text) == [("Ukraine", ["Ukraine"])]
    text = "Iran launched more than 100 ballistic missiles at Israel on Tuesday night. Most were intercepted by US jets."
    assert _interceptors(ex, text) == [("Israel", ["United States"])]


def test_an_interception_over_a_third_country_stays_unnamed(ex):
    text = "Iran fired dozens of missiles at Israel on Tuesday. Several missiles fired at Israel were downed over Jordan."
    assert _interceptors(ex, text) == [("Jordan", [])]
