"""A toll told with a share at a town ("seven killed, including two in X, where debris hit ...") after an attack
told over the whole country: the whole is the attack's, the share the town's event's."""

from datetime import date


def _tolls(ex, text):
    return [(i.location, i.casualties.killed) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_share_to_town_whole_to_country_attack(ex):
    text = (
        "Russia launched 80 missiles and 100 drones at Ukraine overnight, officials said on Friday. "
        "At least nine people died, including three in the city of Odesa, where debris from a downed drone fell on a house."
    )
    assert _tolls(ex, text) == [("Ukraine", 9), ("Odesa", 3)]


def test_share_at_the_attacked_town_keeps_whole(ex):
    text = (
        "Russian drones struck Kharkiv overnight, officials said on Friday. "
        "Four people were killed, including two in the Kyivskyi district, where a drone hit a house."
    )
    assert [k for _, k in _tolls(ex, text)] == [4]
