"""One weapon told by its place in a series with the definite article ("the first drone was downed",
"shot down the last missile") counts one, as "a second drone" already did; an attack named so ("the
first drone attack") and plural weapons ("the first missiles") count nothing of their own."""

from __future__ import annotations

from datetime import date

import pytest

_DAY = date(2031, 10, 4)


@pytest.mark.parametrize(
    "text",
    [
        "The first drone was downed over Bryansk region soon after dusk, the Russian defence ministry said on Saturday.",
        "Air defences destroyed the last missile over Dnipro just before sunrise, the regional governor said on Saturday.",
    ],
)
def test_one_weapon_by_its_place_in_a_series(ex, text):
    (incident,) = ex.extract(text, id="t", published=_DAY).incidents
    assert incident.count == 1


@pytest.mark.parametrize(
    "text",
    [
        "The first drone attack on Bryansk region came soon after dusk, the Russian defence ministry said on Saturday.",
        "The first missiles were downed over Dnipro just before sunrise, the regional governor said on Saturday.",
    ],
)
def test_an_attack_or_many_weapons_count_nothing(ex, text):
    """Near miss: the ordinal names an attack, or a batch of weapons of untold size."""
    (incident,) = ex.extract(text, id="t", published=_DAY).incidents
    assert incident.count is None


def test_one_drone_downed_is_not_the_tally_of_one_rocket_stopped(ex):
    """A rocket stopped after a drone downed, each counted one, are two interceptions: the same tally of
    another weapon is no retelling of the earlier interception."""
    text = (
        "ERBIL, Iraq - Two drones attacked Harir air base in northern Iraq on Sunday night, a Kurdish official said. "
        "The first drone was shot down by the base's defences, and the second crashed in a field.\n\n"
        "Hours earlier, four rockets were fired at Camp Taji north of Baghdad, a police source said. "
        "One of the rockets was intercepted by the camp's defence system."
    )
    stopped = [i for i in ex.extract(text, id="t", published=date(2031, 10, 6)).incidents if i.type == "interception"]
    assert sorted(i.objects[0] for i in stopped) == ["drone", "rocket"]
