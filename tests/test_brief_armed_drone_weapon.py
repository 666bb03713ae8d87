"""An armed drone or a quadcopter raids as aircraft do (an air strike), but it is a drone: a drone shot down on its
way to the same spot that night is a facet of that raid, not a second event."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.conftest import outlet_brief

_AS_OF = datetime(2031, 6, 20, 18, tzinfo=UTC)
_RAID = ("2031-06-19", "NIAMEY (Sahel Desk) - Armed drones struck the airport in Agadez overnight, the army said on Thursday.")
_DOWNED = ("2031-06-19", "Air defence units shot down a drone heading for the airport in Agadez overnight, residents said.")
_OTHER_AIRPORT = ("2031-06-19", "Air defence units shot down a drone heading for the airport in Zinder overnight, residents said.")


def test_armed_drone_raid_and_drone_downed_there_are_one_row(ex):
    brief = outlet_brief(ex, _RAID, _DOWNED, as_of=_AS_OF)
    (row,) = brief.incidents
    assert row.facets == ("interception",) and len(row.sources) == 2


def test_armed_drone_is_named_a_drone(ex):
    (inc,) = ex.extract(_RAID[1], id="r", published=datetime(2031, 6, 19).date()).incidents
    assert inc.type == "air_strike" and inc.objects == ("armed drone",)


def test_drone_downed_at_another_airport_stays_its_own_row(ex):
    brief = outlet_brief(ex, _RAID, _OTHER_AIRPORT, as_of=_AS_OF)
    assert len(brief.incidents) == 2


def test_quadcopter_raid_and_drone_downed_there_are_one_row(ex):
    raid = ("2031-06-19", "A quadcopter dropped grenades on the army post in Agadez overnight, the army said on Thursday.")
    downed = ("2031-06-19", "Soldiers shot down a drone over the army post in Agadez overnight, residents said.")
    (row,) = outlet_brief(ex, raid, downed, as_of=_AS_OF).incidents
    assert row.facets == ("interception",)
