"""A second day told after a comma with its own "on" opens a deed of its own, not a stretch of two days.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)
TAIL = "\n\nThe army gave no further details."


def _incidents(ex, text):
    return ex.extract(text + TAIL, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text, expected",
    [
        # ", and on <day>" then a deed: two events, each on its own day and at its own place
        (
            "Militants raided a police post in Bannu on Friday, and on Saturday they ambushed a convoy near Tank.",
            [("armed_clash", "Bannu", "2025-03-07"), ("armed_clash", "Tank", "2025-03-08")],
        ),
        (
            "Russian drones hit Odesa on Friday, and on Saturday missiles struck Kharkiv.",
            [("drone_attack", "Odesa", "2025-03-07"), ("missile_attack", "Kharkiv", "2025-03-08")],
        ),
        # controls: two days joined with no comma and "on" are one stretch
        (
            "Militants attacked police posts in Bannu on Friday and Saturday, killing four.",
            [("armed_clash", "Bannu", "2025-03-07/2025-03-08")],
        ),
        (
            "Fighting raged on Friday and Saturday in Bannu, police said.",
            [("armed_clash", "Bannu", "2025-03-07/2025-03-08")],
        ),
    ],
)
def test_a_day_after_a_comma_and_on_is_its_own(ex, text, expected):
    found = _incidents(ex, text)
    assert [(i.type, i.location, str(i.date)) for i in found] == expected
