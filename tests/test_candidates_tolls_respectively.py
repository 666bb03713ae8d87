"""Towns listed as one blow's targets with one count each after the toll verb, paired by "respectively"
("shelled A, B and C, killing two, three and one people respectively"), are one event at each town with the
count of its rank; a count list of another length, or one toll for all, stays one operation."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.casualties.killed, i.casualties.injured, str(i.date)) for i in facts.incidents]


def test_three_towns_three_counts_in_order(ex):
    text = "Shells hit Dilling, Kadugli and El Obeid on Monday, killing two, three and one people respectively."
    assert _read(ex, text) == [
        ("shelling", "Dilling", 2, None, "2025-03-10"),
        ("shelling", "Kadugli", 3, None, "2025-03-10"),
        ("shelling", "El Obeid", 1, None, "2025-03-10"),
    ]


def test_two_towns_wounded_with_a_comma_before_respectively(ex):
    text = "Army jets bombed Nyala and Zalingei on Friday, wounding 12 and 7 civilians, respectively, monitors said."
    got = [(loc, k, w) for _, loc, k, w, _ in _read(ex, text)]
    assert got == [("Nyala", None, 12), ("Zalingei", None, 7)]


def test_counts_of_another_length_stay_one_operation(ex):
    text = "Shells hit Dilling, Kadugli and El Obeid on Monday, killing two and three people respectively."
    assert [(loc, k) for _, loc, k, _, _ in _read(ex, text)] == [("Dilling", 2)]


def test_one_toll_for_both_towns_stays_one_event(ex):
    text = "The RSF shelled Dilling and Kadugli on Monday, killing five, medics said."
    assert [(loc, k) for _, loc, k, _, _ in _read(ex, text)] == [("Dilling", 5)]


def test_a_toll_with_who_was_among_them_stays_whole(ex):
    text = "The RSF shelled Dilling and Kadugli on Monday, killing two people, including a child, medics said."
    assert [(loc, k) for _, loc, k, _, _ in _read(ex, text)] == [("Dilling", 2)]


def test_dead_and_wounded_paired_respectively(ex):
    text = "Overnight drone attacks on Kharkiv and Zaporizhzhia killed one and wounded four people, respectively."
    got = [(loc, k, w) for _, loc, k, w, _ in _read(ex, text)]
    assert got == [("Kharkiv", 1, None), ("Zaporizhzhia", None, 4)]


def test_one_count_in_each_town(ex):
    text = "Shelling hit Dilling and Kadugli on Monday, killing three people in each town, medics said."
    assert [(loc, k) for _, loc, k, _, _ in _read(ex, text)] == [("Dilling", 3), ("Kadugli", 3)]
