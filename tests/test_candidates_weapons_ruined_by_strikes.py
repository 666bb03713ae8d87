"""Weapons a strike ruined on the ground ("destroying four mobile anti-ship missiles and one drone boat") are its
targets, not something downed in flight nor the strike's means; weapons destroyed in the air stay an interception."""

from datetime import date


def _typed(ex, text):
    return [(i.type, list(i.actors)) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_modified_weapons_destroyed_by_strikes_are_targets(ex):
    text = (
        "On March 9, U.S. forces carried out four strikes in rebel-held parts of Yemen, destroying three mobile "
        "cruise missiles and one uncrewed surface vessel that were readied to launch against shipping in the Red Sea."
    )
    assert _typed(ex, text) == [("air_strike", ["United States"])]


def test_listed_weapon_after_a_target_is_a_target(ex):
    text = (
        "On March 9, U.S. forces carried out four strikes in rebel-held parts of Yemen, destroying three "
        "cruise missiles and two drone boats."
    )
    assert _typed(ex, text) == [("air_strike", ["United States"])]


def test_drones_destroyed_in_mid_air_stay_interception(ex):
    text = "On March 9, a U.S. destroyer destroyed three drones in mid-air over the Red Sea, the Pentagon said."
    assert [t for t, _ in _typed(ex, text)] == ["interception"]


def test_drones_shot_down_stay_interception(ex):
    text = "On March 9, U.S. fighter jets shot down four drones over the Red Sea, officials said."
    assert [t for t, _ in _typed(ex, text)] == ["interception"]


def test_weapon_named_as_means_after_ruin_stays_means(ex):
    text = "A Russian drone struck a fuel depot in Sumy on Tuesday, damaging two storage tanks, the governor said."
    assert [t for t, _ in _typed(ex, text)] == ["drone_attack"]


def test_weapons_readied_to_launch_destroyed_are_targets(ex):
    text = (
        "U.S. Central Command said its forces hit rebel-held areas of Yemen on Sunday and destroyed two mobile cruise "
        "missiles that were readied to launch against ships in the Red Sea."
    )
    assert _typed(ex, text) == [("air_strike", ["United States"])]


def test_weapons_listed_after_struck_weapons_are_targets(ex):
    text = (
        "U.S. forces on Sunday conducted strikes against two Houthi unmanned surface vessels and three mobile "
        "cruise missiles in rebel-held areas of Yemen."
    )
    assert [(i.type, list(i.objects)) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents] == [
        ("air_strike", [])
    ]
