"""Towns listed as one blow's targets, each given a toll of its own right after the clause ("shelled A and B,
killing two in A and three in B"), are one event at each town with its own dead, as "killed two in A and three
in B" is."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.casualties.killed, i.casualties.injured, i.actors, str(i.date)) for i in facts.incidents]


RSF = ("Rapid Support Forces",)


def test_active_blow_with_a_toll_per_town(ex):
    text = "The RSF shelled Dilling and Kadugli on Monday, killing two in Dilling and three in Kadugli, medics said."
    assert _read(ex, text) == [
        ("shelling", "Dilling", 2, None, RSF, "2025-03-10"),
        ("shelling", "Kadugli", 3, None, RSF, "2025-03-10"),
    ]


def test_passive_blow_with_a_toll_per_town(ex):
    text = "Dilling and Kadugli were shelled by the RSF on Monday, killing two in Dilling and three in Kadugli."
    assert _read(ex, text) == [
        ("shelling", "Dilling", 2, None, RSF, "2025-03-10"),
        ("shelling", "Kadugli", 3, None, RSF, "2025-03-10"),
    ]


def test_dead_in_one_town_and_wounded_in_the_other(ex):
    text = "Drones struck Kosti and Rabak on Wednesday, killing four in Kosti and wounding six in Rabak, the army said."
    got = [(t, loc, k, w) for t, loc, k, w, _, _ in _read(ex, text)]
    assert got == [("drone_attack", "Kosti", 4, None), ("drone_attack", "Rabak", None, 6)]


def test_one_toll_for_both_towns_stays_one_operation(ex):
    text = "The RSF shelled Dilling and Kadugli on Monday, killing five, medics said."
    assert _read(ex, text) == [("shelling", "Dilling", 5, None, RSF, "2025-03-10")]


def test_road_between_two_towns_is_one_place(ex):
    text = "The RSF shelled the road between Dilling and Kadugli on Monday, killing five, medics said."
    assert [(t, k) for t, _, k, *_ in _read(ex, text)] == [("shelling", 5)]


def test_tolls_per_town_later_in_the_blows_own_clause(ex):
    text = "Drone strikes on Kosti and Rabak on Sunday killed two in Kosti and three in Rabak."
    got = [(t, loc, k) for t, loc, k, *_ in _read(ex, text)]
    assert got == [("drone_attack", "Kosti", 2), ("drone_attack", "Rabak", 3)]
