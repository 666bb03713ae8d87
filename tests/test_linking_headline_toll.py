"""A toll told right under a headline that alone tells the event (a standfirst, or a lead that gives only the
toll) is that event's toll, as one told in the event's own paragraph is; a toll told further down, after a
sentence of other matter, stays unlinked.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 14)


def _read(ex, text):
    return [(i.type, i.location, i.casualties.killed, i.casualties.injured) for i in ex.extract(text, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a standfirst under the headline
        (
            "Two Blasts Hit Market In Dikwa\nDozens wounded as traders flee\n\nPolice said the devices were planted near stalls.",
            [("explosion", "Dikwa", None, 12)],
        ),
        # a lead that tells only the toll
        ("Two Blasts Hit Market In Dikwa\n\nAt least 14 people were wounded, police said.", [("explosion", "Dikwa", None, 14)]),
        # control: a toll in the event's own paragraph was already its toll
        (
            "Two Blasts Hit Market In Dikwa\n\nTwo blasts hit a market in Dikwa on Friday. At least 14 people were wounded, police said.",
            [("explosion", "Dikwa", None, 14)],
        ),
        # control: a toll after a sentence of other matter is not the headline's
        (
            "Two Blasts Hit Market In Dikwa\n\nResidents said the town was calm. At least 14 people were wounded in a "
            "separate incident in 2019, police said.",
            [("explosion", "Dikwa", None, None)],
        ),
    ],
)
def test_toll_under_a_headline(ex, text, expected):
    assert _read(ex, text) == expected
