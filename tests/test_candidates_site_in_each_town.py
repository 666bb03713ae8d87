"""A site named anew before each town ("struck the airport in A and the airport in B") is a target in
each town: one incident each. Depots listed over two towns of one country stay one operation."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2031, 6, 19)


def _places(ex, text):
    return [i.location for i in ex.extract(text, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text, places",
    [
        ("Armed drones struck the airport in Gao and the airport in Timbuktu on Monday night.", ["Gao", "Timbuktu"]),
        ("Drones hit the air base at Agadez and the air base at Zinder late on Sunday, a source said.", ["Agadez", "Zinder"]),
    ],
)
def test_site_told_in_each_town_is_one_incident_each(ex, text, places):
    assert _places(ex, text) == places


def test_depots_over_two_towns_stay_one_operation(ex):
    assert _places(ex, "Drones hit fuel depots in Gao and Timbuktu on Monday night.") == ["Gao"]
