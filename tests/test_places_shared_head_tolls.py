"""Places listed under one plural kind word ("the A and B regions") are one place, unless each has a toll of its
own, told in the blow's sentence or the next: then they are one event each, with its own dead or wounded."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.location, i.casualties.killed, i.casualties.injured) for i in facts.incidents]


def test_regions_with_tolls_of_their_own_in_the_next_sentence(ex):
    text = "Ukrainian drones attacked Belgorod and Kursk regions overnight. One person was killed in Belgorod and two were injured in Kursk."
    assert _read(ex, text) == [("Belgorod", 1, None), ("Kursk", None, 2)]


def test_provinces_with_tolls_of_their_own_in_the_blows_sentence(ex):
    text = "Drones attacked the Belgorod and Kursk regions on Thursday, killing one person in Belgorod and injuring two in Kursk."
    assert _read(ex, text) == [("Belgorod", 1, None), ("Kursk", None, 2)]


def test_regions_told_out_of_order_each_with_a_toll(ex):
    text = (
        "Russian strikes hit the Kharkiv and Sumy regions overnight, regional governors said. In Kharkiv, three"
        " people were wounded, and one man died in Sumy."
    )
    assert _read(ex, text) == [("Kharkiv", None, 3), ("Sumy", 1, None)]


def test_control_one_toll_for_the_regions_stays_one_event(ex):
    """Near miss: one toll for the whole list leaves it one place."""
    assert _read(ex, "Drones attacked Belgorod and Kursk regions overnight, injuring three.") == [("Belgorod", None, 3)]
    text = "Shelling killed two people in the Kherson and Zaporizhzhia regions on Thursday, officials said."
    assert _read(ex, text) == [("Kherson", 2, None)]


def test_control_a_toll_in_one_region_alone_stays_one_event(ex):
    """Near miss: the other region not named again with a toll of its own."""
    text = "Russian drones struck the Odesa and Mykolaiv regions overnight. Two people were injured in Odesa."
    assert _read(ex, text) == [("Odesa", None, 2)]
