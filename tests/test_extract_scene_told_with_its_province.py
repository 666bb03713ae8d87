"""An event told with no place, followed by a sentence that refers back to what it hit and names a spot
together with the province it lies in ("The camp, near the town of X in Y province, ..."), takes the spot:
a town and its province are one spot told twice, not two candidates that cancel each other out.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text):
    return [(i.type, i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 6, 3)).incidents]


@pytest.mark.parametrize(
    "second",
    [
        "The camp, near the town of Amerli in Salahuddin province, was badly damaged.",
        "The camp lies outside Amerli, in Salahuddin province.",
    ],
)
def test_spot_told_with_its_province_places_the_event(ex, second):
    text = "Unidentified drones attacked a militia camp on Sunday. " + second
    [(typ, where, country)] = _places(ex, text)
    assert (typ, country) == ("drone_attack", "Iraq") and where.startswith("Amerli")


def test_province_alone_still_places_it(ex):
    # near miss: one place named, as before
    text = "Unidentified drones attacked a militia camp on Sunday. The camp lies in Salahuddin province."
    assert _places(ex, text) == [("drone_attack", "Salahuddin province", "Iraq")]
