"""A bare "air force" ("an air force drone struck"), no country named with it, in a story naming one country
only, where the event took place, is that country's, as a bare "army" is."""

from datetime import date


def _actors(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 5, 13))
    return [(i.type, list(i.actors)) for i in facts.incidents]


def test_bare_air_force_drone_is_the_home_country(ex):
    text = "An air force drone struck a column of militants near the town of Djibo in Burkina Faso on Monday."
    assert _actors(ex, text) == [("drone_attack", ["Burkina Faso"])]


def test_control_named_air_force_stays_its_country(ex):
    text = "A Nigerian air force jet bombed a militant camp near Damboa in Borno state on Monday, killing five."
    assert [a for _, a in _actors(ex, text)] == [["Nigeria"]]


def test_control_story_naming_another_country_leaves_it_unnamed(ex):
    text = (
        "An air force drone struck a column of militants near the town of Djibo in Burkina Faso on Monday, "
        "a day after Mali closed its border."
    )
    assert [a for _, a in _actors(ex, text)] == [[]]
