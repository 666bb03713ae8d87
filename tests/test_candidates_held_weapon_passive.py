"""A weapon's name qualifying a site that is the subject of a passive hit ("a drone factory was hit") names what
was hit, not the means; a weapon told with "by" is still the means."""

from datetime import date


def _types(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.type, i.location) for i in facts.incidents]


def test_drone_factory_hit_after_air_strikes_is_no_drone_attack(ex):
    text = "Israeli jets struck launchers in Iran on Tuesday. A drone factory near Kermanshah was also hit."
    assert ("drone_attack", "Kermanshah") not in _types(ex, text)


def test_missile_depot_reworded(ex):
    text = "Israeli jets struck launchers in Iran on Tuesday. A missile depot near Kermanshah was also hit."
    assert ("missile_attack", "Kermanshah") not in _types(ex, text)


def test_weapon_by_which_the_site_was_hit_stays_the_means(ex):
    assert _types(ex, "A drone factory in Kermanshah was hit by missiles on Tuesday.") == [
        ("missile_attack", "Kermanshah")
    ]
