"""A party's denial of striking a known target ("Russia denied striking the shopping centre in X on Monday"): the
gerund after the denial is the event word, as after "of" or "by", so the event is told (the accused denies its
part); a gerund that is no strike ("denied striking a deal") or a denial that the deed took place tells none."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return [(i.location, i.date) for i in incs]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Russia denied striking the shopping centre in Kremenchuk on Monday. "
            "Ukraine said 18 people were killed in the missile attack.",
            [("Kremenchuk", "2025-03-10")],
        ),
        (
            "The army denied striking the market in El Fasher on Tuesday. Activists said 30 civilians died.",
            [("El Fasher", "2025-03-04")],
        ),
        (
            "The Israeli military denied striking the school in Gaza City on Sunday. Medics said 20 people were killed.",
            [("Gaza City", "2025-03-09")],
        ),
    ],
)
def test_a_denied_strike_at_a_known_target_is_told(ex, text, seen):
    assert _seen(ex, text) == seen


@pytest.mark.parametrize(
    "text",
    [
        "Russia denied striking a deal with Iran on Monday. Russian shelling has killed thousands since 2022.",
        "Russia denied that it was striking civilian targets in Kharkiv on Monday. Russian shelling has killed thousands since 2022.",
        "The union denied striking at the factory in Kharkiv on Monday. Russian shelling has killed thousands since 2022.",
    ],
)
def test_near_miss_no_strike_told(ex, text):
    assert _seen(ex, text) == []
