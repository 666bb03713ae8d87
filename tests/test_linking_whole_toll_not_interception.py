"""A whole toll told after an attack and its interception ("Seven were killed, including two in Lviv") is the
attack's, not the interception's; the town takes its share."""

from datetime import date


def test_whole_toll_goes_to_the_attack_past_its_interception(ex):
    text = (
        "Russia fired 120 missiles and 90 drones at Ukraine overnight, officials said on Sunday. The air force "
        "said it shot down 104 missiles and 81 drones. At least seven people were killed, including two in the "
        "western city of Lviv, where debris from a downed missile hit a house."
    )
    incs = ex.extract(text, id="x", published=date(2024, 12, 15)).incidents
    by_type = {i.type: i for i in incs}
    assert by_type["missile_attack"].casualties.killed == 7
    assert by_type["interception"].casualties.killed is None
    assert [i.casualties.killed for i in incs if i.location == "Lviv"] == [2]
