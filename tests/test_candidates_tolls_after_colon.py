"""A whole toll told for towns listed as one blow's targets, then shared out town by town after a colon or
dash ("killed 11 people: seven in A and four in B"), is one event at each town with its own share, as
"killed seven in A and four in B" is; the whole toll alone stays one operation."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.location, i.casualties.killed, i.casualties.injured) for i in facts.incidents]


def test_shares_after_a_colon_in_the_blows_clause(ex):
    text = "Shelling on Dilling and Kadugli killed at least 11 people on Monday: seven in Dilling and four in Kadugli."
    assert _read(ex, text) == [("Dilling", 7, None), ("Kadugli", 4, None)]


def test_shares_after_a_colon_following_the_toll_clause(ex):
    text = "Artillery pounded Dilling and Kadugli on Monday, killing at least 11 people: seven in Dilling and four in Kadugli."
    assert _read(ex, text) == [("Dilling", 7, None), ("Kadugli", 4, None)]


def test_shares_after_a_dash_with_their_own_verbs(ex):
    text = "Drones struck Kosti and Rabak on Tuesday, killing six people — two died in Kosti and four in Rabak."
    assert _read(ex, text) == [("Kosti", 2, None), ("Rabak", 4, None)]


def test_the_whole_toll_alone_stays_one_operation(ex):
    text = "Shelling on Dilling and Kadugli killed at least 11 people on Monday, medics said."
    assert _read(ex, text) == [("Dilling", 11, None)]
