"""Three towns or more listed as one blow's targets are each a place, even a world-list town amid the list with
no "in" before it ("shelled A, B and C"); with a toll of its own told for each, parted by commas as by "and"
("killing two in A, three in B and one in C"), they are one event per town."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.casualties.killed) for i in facts.incidents]


def test_three_shelled_towns_each_with_its_toll(ex):
    text = (
        "The RSF shelled Kadugli, Dilling and El Obeid on Saturday, killing four in Kadugli, one in Dilling "
        "and two in El Obeid, a local monitor said."
    )
    assert _read(ex, text) == [
        ("shelling", "Kadugli", 4),
        ("shelling", "Dilling", 1),
        ("shelling", "El Obeid", 2),
    ]


def test_world_list_towns_closing_the_list(ex):
    text = "Drones struck Rabak, Sennar and Kosti overnight, killing one in Rabak, two in Sennar and five in Kosti."
    assert _read(ex, text) == [("drone_attack", "Rabak", 1), ("drone_attack", "Sennar", 2), ("drone_attack", "Kosti", 5)]


def test_one_toll_for_the_list_stays_one_operation(ex):
    text = "The RSF shelled Kadugli, Dilling and El Obeid on Saturday, killing seven, a local monitor said."
    assert _read(ex, text) == [("shelling", "Kadugli", 7)]


def test_two_towns_with_tolls_still_split(ex):
    text = "Drones struck Rabak and Kosti overnight, killing one in Rabak and five in Kosti."
    assert _read(ex, text) == [("drone_attack", "Rabak", 1), ("drone_attack", "Kosti", 5)]
