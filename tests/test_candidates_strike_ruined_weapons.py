"""Weapons a strike is told to have destroyed ("the strikes destroyed four drones") were its target, not its
means: the strike is no drone attack."""

from datetime import date

DAY = date(2025, 3, 14)


def test_weapons_the_strikes_destroyed_are_their_target(ex):
    text = (
        "U.S. jets bombed Houthi positions near Hodeidah on Monday. The strikes destroyed five drones and an "
        "ammunition store near Hodeidah, officials said on Tuesday."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert {i.type for i in incs} == {"air_strike"}


def test_weapons_that_ruined_a_site_stay_the_means(ex):
    """Control: drones as the doer of the ruin are its means."""
    text = "Russian drones destroyed three lorries near Sumy on Monday, local officials said."
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert inc.type == "drone_attack"
