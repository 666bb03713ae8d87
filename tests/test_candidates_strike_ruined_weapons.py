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


def test_weapons_destroyed_with_a_qualified_number_are_no_count(ex):
    """ "destroyed at least three aircraft": a qualifier before the number keeps the ruined things a target,
    neither the strike's weapon nor its count."""
    text = (
        "Jets struck an air base near Hama late on Wednesday, killing four soldiers. A monitor said the strikes "
        "destroyed at least three aircraft at the base."
    )
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert inc.count is None


def test_control_interceptions_counted_with_a_qualifier(ex):
    text = "Air defences destroyed at least 30 drones over the Kursk region overnight, the ministry said."
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert (inc.type, inc.count) == ("interception", 30)
