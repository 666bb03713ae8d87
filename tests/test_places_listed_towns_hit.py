"""Towns listed as the subject of a passive blow ("Dilling and Kadugli were shelled") are its scene, as one is."""

from datetime import date


def _where(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.country) for i in facts.incidents]


def test_two_towns_shelled_in_the_passive(ex):
    assert _where(ex, "Dilling and Kadugli were shelled again on Monday, residents said.") == [
        ("shelling", "Dilling", "Sudan")
    ]


def test_three_towns_after_an_opener_came_under_fire(ex):
    text = "On Monday, Dilling, Kadugli and Habila came under heavy shelling, residents said."
    assert _where(ex, text) == [("shelling", "Dilling", "Sudan")]


def test_one_town_still_read(ex):
    assert _where(ex, "Kadugli was shelled again on Monday, residents said.") == [("shelling", "Kadugli", "Sudan")]


def test_listed_towns_that_speak_are_no_scene(ex):
    assert _where(ex, "Dilling and Kadugli said on Monday they were shelled.") == []
    assert _where(ex, "Dilling and Kadugli were blamed for the delays on Monday.") == []
