"""A bare "the army" told as one of two sides of a fight ("clashes between the army and the RSF") is the army of
the one country the story names, where the fight took place, as a bare army doing a deed is."""

from datetime import date


def _actors(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [list(i.actors) for i in facts.incidents]


def test_bare_army_first_of_two_sides(ex):
    text = "Residents of Bahri reported heavy artillery exchanges between the army and the RSF on Saturday."
    assert _actors(ex, text) == [["Sudan", "Rapid Support Forces"]]


def test_bare_army_second_of_two_sides(ex):
    text = "Clashes between the RSF and the army were reported in Omdurman on Saturday."
    assert _actors(ex, text) == [["Rapid Support Forces", "Sudan"]]


def test_named_army_is_no_bare_one(ex):
    assert _actors(ex, "Clashes between the army and the Arakan Army were reported in Sittwe on Monday.") == [
        ["Myanmar", "Arakan Army"]
    ]


def test_story_naming_another_country_leaves_the_army_unnamed(ex):
    text = "Clashes between the army and the RSF erupted in Omdurman on Saturday, a day after Egypt hosted talks."
    assert _actors(ex, text) == [["Rapid Support Forces"]]


def test_fighting_between_the_army_and_a_named_group(ex):
    text = "Fighting between the army and the Arakan Army intensified around Sittwe on Thursday, residents said."
    assert _actors(ex, text) == [["Myanmar", "Arakan Army"]]
