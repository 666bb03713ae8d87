"""Attacks told in the plural whose toll goes on after a comma, with the scene and day told there.

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
        # the victims told apart, then the wounded, the scene and the day: one event told by its lives
        (
            "Israeli strikes killed 14 people, including five women, and wounded 40 in Deir al-Balah on Sunday.",
            [("air_strike", "Deir al-Balah", "2025-03-09", 14, 40)],
        ),
        (
            "Russian drone attacks killed four civilians, including a boy, and injured 11 in Sumy region on Saturday.",
            [("drone_attack", "Sumy region", "2025-03-08", 4, 11)],
        ),
        # ... with the comma and no aside
        (
            "Israeli strikes killed 14 people, and wounded 40 in Deir al-Balah on Sunday.",
            [("air_strike", "Deir al-Balah", "2025-03-09", 14, 40)],
        ),
        # controls: a count run up since a month, a day told only by the speaker, or no day at all
        (
            "Israeli strikes have killed over 40,000 people, including 12,000 children, and wounded 90,000 in Gaza since October 2023.",
            [],
        ),
        ("Israeli strikes killed 14 people, including five women, officials said on Sunday.", []),
        ("Israeli strikes killed 14 people, including five women, and wounded 40 in Deir al-Balah.", []),
    ],
)
def test_plural_attacks_whose_toll_goes_on(ex, text, expected):
    found = _incidents(ex, text)
    assert [(i.type, i.location, str(i.date), i.casualties.killed, i.casualties.injured) for i in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a toll of its own in a second country, the verb and victims left out: one event in each
        (
            "US strikes killed six militants in Iraq and four in Syria on Sunday.",
            [("Iraq", 6), ("Syria", 4)],
        ),
        (
            "US strikes on Sunday killed at least six militants in Iraq and four others in Syria, officials said.",
            [("Iraq", 6), ("Syria", 4)],
        ),
        # controls: each toll on a year of its own long past is no event told now
        ("US strikes killed six militants in Iraq in 2019 and four in Syria in 2018.", []),
    ],
)
def test_a_second_toll_in_a_second_country(ex, text, expected):
    assert [(i.location, i.casualties.killed) for i in _incidents(ex, text)] == expected


def test_the_wounded_in_a_second_country(ex):
    # "killed N in A and wounded M in B": the second country's toll is its own wounded
    found = _incidents(ex, "Strikes killed six in Iraq and wounded four people in Syria on Sunday.")
    assert [(i.location, i.casualties.killed, i.casualties.injured) for i in found] == [("Iraq", 6, None), ("Syria", None, 4)]
