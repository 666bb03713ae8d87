"""Towns listed as one blow's targets whose tolls the next sentence tells town by town (by name, or as "the
former" and "the latter"), a sentence with no event or day of its own, are one event at each town with its own
toll; a toll told of the towns together, or on a day of its own, does not split them."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.casualties.killed, i.casualties.injured, str(i.date)) for i in facts.incidents]


def test_dead_per_town_told_in_the_next_sentence(ex):
    text = "RSF drones struck Kosti and Rabak on Tuesday. Two people were killed in Kosti and four in Rabak, officials said."
    assert _read(ex, text) == [
        ("drone_attack", "Kosti", 2, None, "2025-03-11"),
        ("drone_attack", "Rabak", 4, None, "2025-03-11"),
    ]
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    assert all("four in Rabak" in i.evidence for i in facts.incidents)


def test_towns_named_again_out_of_order_one_without_a_toll(ex):
    text = (
        "Russian drones hit Sumy and Kharkiv overnight, regional officials said. In Kharkiv, three people were"
        " wounded, while in Sumy a power line was cut."
    )
    got = [(loc, k, w) for _, loc, k, w, _ in _read(ex, text)]
    assert got == [("Sumy", None, None), ("Kharkiv", None, 3)]


def test_the_former_and_the_latter(ex):
    text = "Drones hit Sumy and Kharkiv overnight. The former lost power; in the latter, three people were wounded."
    got = [(loc, k, w) for _, loc, k, w, _ in _read(ex, text)]
    assert got == [("Sumy", None, None), ("Kharkiv", None, 3)]


def test_the_former_and_the_latter_in_the_blows_clause(ex):
    text = "The RSF shelled Dilling and Kadugli on Saturday, killing two civilians in the former and three in the latter."
    got = [(loc, k) for _, loc, k, _, _ in _read(ex, text)]
    assert got == [("Dilling", 2), ("Kadugli", 3)]


def test_one_toll_of_both_towns_stays_one_operation(ex):
    text = "RSF drones struck Kosti and Rabak on Tuesday. Two soldiers were killed in Kosti and Rabak, the army said."
    assert [(loc, k) for _, loc, k, _, _ in _read(ex, text)] == [("Kosti", 2)]


def test_a_toll_in_another_paragraph_does_not_split(ex):
    text = "RSF drones struck Kosti and Rabak on Tuesday.\n\nTwo people were killed in Kosti and four in Rabak, officials said."
    assert [loc for _, loc, *_ in _read(ex, text)] == ["Kosti"]
