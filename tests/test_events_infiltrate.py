"""Armed men infiltrating a force's positions come to fight there: an event word only before such an object."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, i.casualties.killed) for i in facts.incidents]


def test_infiltrated_an_army_base_and_killed(ex):
    text = "Insurgents infiltrated an army base near Maiduguri on Sunday and killed three soldiers, the army said."
    assert _read(ex, text) == [("armed_clash", "Maiduguri", 3)]


def test_infiltrated_a_body_is_no_event(ex):
    assert _read(ex, "Rebels infiltrated the ranks of the police in Maiduguri, the report said on Monday.") == []
    assert _read(ex, "The spy tried to infiltrate the ministry in Damascus on Monday but was caught.") == []


def test_attempt_alone_stays_no_event(ex):
    assert _read(ex, "Militants attempted to infiltrate army positions near Idlib on Friday, the ministry said.") == []
