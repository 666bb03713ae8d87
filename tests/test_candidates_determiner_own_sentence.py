"""A weapon refers back to one told before only by a determiner of its own sentence: "... around the city.
Drone strikes on A and B on Sunday killed ..." tells new strikes (the "the" of the sentence before is not
theirs), each town with its own toll; "The drones hit ..." still names the drones just told."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.location, i.casualties.killed, str(i.date)) for i in facts.incidents]


def test_a_determiner_of_the_sentence_before_is_not_the_weapons(ex):
    text = (
        "Fighting raged around the city. "
        "Drone strikes on Kosti and Rabak on Sunday killed two in Kosti and three in Rabak."
    )
    assert _read(ex, text) == [("Kosti", 2, "2025-03-09"), ("Rabak", 3, "2025-03-09")]


def test_the_same_sentence_alone_reads_alike(ex):
    text = "Drone strikes on Kosti and Rabak on Sunday killed two in Kosti and three in Rabak."
    assert _read(ex, text) == [("Kosti", 2, "2025-03-09"), ("Rabak", 3, "2025-03-09")]


def test_the_drones_of_its_own_sentence_still_refer_back(ex):
    text = (
        "Russia launched 30 drones at Kharkiv overnight, killing two people, the governor said. "
        "The drones hit a power plant and a school."
    )
    assert [(loc, k) for loc, k, _ in _read(ex, text)] == [("Kharkiv", 2)]
