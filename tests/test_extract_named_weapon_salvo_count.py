"""A salvo counted by a named weapon with its class noun after the name ("3 Iskander-M missiles and
25 drones") sums both kinds, as one counted by class nouns alone ("three ballistic missiles and 25 drones")
already did: the GUIDE's count is every projectile of the salvo."""

from __future__ import annotations

from datetime import date

import pytest

_DAY = date(2031, 4, 14)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Russia fired 3 Iskander-M missiles and 25 drones at Ukraine overnight, the air force said on Monday.", 28),
        ("Overnight Russia launched 4 Kinzhal missiles and 60 attack drones at Ukraine, the air force said on Monday.", 64),
        ("Russia fired three ballistic missiles and 25 drones at Ukraine overnight, the air force said on Monday.", 28),
    ],
)
def test_a_named_weapon_and_another_kind_sum(ex, text, count):
    (incident,) = [i for i in ex.extract(text, id="t", published=_DAY).incidents if i.type != "interception"]
    assert incident.count == count


def test_a_named_weapon_alone_keeps_its_number(ex):
    """Near miss: a named weapon with nothing joined to it counts only its own number."""
    text = "Russia fired 3 Iskander-M missiles at Kharkiv overnight and the city's mayor said on Monday that homes burned."
    (incident,) = ex.extract(text, id="t", published=_DAY).incidents
    assert incident.count == 3


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("KYIV - Air defences downed 70 of the drones and all three missiles overnight, the air force said on Monday.", 73),
        # near miss: the second kind told with no number of its own adds nothing
        ("KYIV - Air defences downed 70 of the drones and all the missiles overnight, the air force said on Monday.", 70),
    ],
)
def test_a_share_of_one_kind_and_the_whole_of_another(ex, text, count):
    """'70 of the drones and all three missiles' stopped are 73 projectiles."""
    (incident,) = ex.extract(text, id="t", published=_DAY).incidents
    assert incident.count == count
