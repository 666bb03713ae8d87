"""A world-list town read only as written (set aside as too far from the story's countries) is a town of its
own, not a spot inside a town the gazetteer places: an attack told there on a day another is told at the known
town stays an event of its own, with its own toll (GUIDE: one record per real event, two towns two events)."""

from datetime import date

DAY = date(2025, 3, 10)


def test_attack_at_a_set_aside_town_is_not_folded_into_the_known_one(ex):
    text = (
        "Ukrainian officials said drones hit Tuapse over the weekend, setting a refinery ablaze. "
        "On the 9th, gunmen attacked a church in Kaduna, killing three worshippers, police said."
    )
    incs = {i.location: i for i in ex.extract(text, id="t", published=DAY).incidents}
    assert set(incs) == {"Tuapse", "Kaduna"}
    assert incs["Kaduna"].casualties.killed == 3
    assert incs["Tuapse"].casualties.killed is None


def test_control_an_attack_told_again_at_the_known_town_still_joins(ex):
    """Near miss: the attack told again at the same known town, weaponless, is the drone attack told again."""
    text = (
        "Ukrainian officials said drones hit Tuapse on Sunday, setting a refinery ablaze. "
        "The attack on Tuapse killed one worker, the governor said."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert [i.location for i in incs] == ["Tuapse"]
