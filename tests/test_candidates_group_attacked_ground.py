"""An armed group that "attacked" the ground round a town ("the outskirts of X", "villages near X") used force, as one
that attacked a building did; words attacked ("the decision") stay no event."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, list(i.actors)) for i in facts.incidents]


def test_group_attacked_outskirts_of_a_town(ex):
    assert _read(ex, "The RSF attacked the outskirts of El Obeid on Tuesday.") == [
        ("armed_clash", "El Obeid", ["Rapid Support Forces"])
    ]


def test_group_attacked_villages_near_a_town_unchanged(ex):
    assert _read(ex, "The RSF attacked villages near El Obeid on Tuesday.") == [
        ("armed_clash", "El Obeid", ["Rapid Support Forces"])
    ]


def test_group_attacking_words_is_no_event(ex):
    assert _read(ex, "Hamas attacked the decision on Tuesday, calling it unjust.") == []
    assert _read(ex, "The RSF attacked the outskirts of the plan on Tuesday.") == []


def test_group_assault_on_the_outskirts_is_a_fight(ex):
    text = "The RSF launched a fresh assault on the outskirts of El Obeid on Tuesday, according to local activists."
    assert _read(ex, text) == [("armed_clash", "El Obeid", ["Rapid Support Forces"])]
    assert _read(ex, "Hamas launched an attack on the outskirts of the plan on Tuesday.") == []
