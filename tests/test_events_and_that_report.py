"""A second report joined by "and that" ("said it had beaten off the attack and that a drone struck X") opens a
clause of its own: its deed is typed by its own words, not by the first report's "repelled"."""

from datetime import date


def _incidents(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 5, 13))
    return [(i.type, i.location) for i in facts.incidents]


def test_and_that_drone_strike_is_its_own_deed(ex):
    text = (
        "Gunmen stormed a gendarmerie post in northern Burkina Faso on Monday. The army said it had repelled the "
        "attack and that an army drone hit a convoy of fleeing gunmen near the town of Djibo, killing dozens."
    )
    assert ("drone_attack", "Djibo") in _incidents(ex, text)
    assert ("interception", "Djibo") not in _incidents(ex, text)


def test_control_drone_attack_repelled_stays_an_interception(ex):
    text = "Air defences repelled a drone attack on the city of Kharkiv overnight, the mayor said on Monday."
    assert _incidents(ex, text) == [("interception", "Kharkiv")]


def test_and_that_with_a_time_adverb_before_the_verb(ex):
    text = (
        "Niger's defence ministry said soldiers had repelled an attack near Ayorou on Sunday and that a drone "
        "later struck the fleeing gunmen, killing 14."
    )
    assert ("drone_attack", "Ayorou") in _incidents(ex, text)
    assert ("interception", "Ayorou") not in _incidents(ex, text)


def test_and_artillery_pounded_is_a_second_event(ex):
    text = (
        "The army said on Monday that its air defences had repelled a drone attack on Kosti and that artillery "
        "pounded RSF positions in Omdurman."
    )
    types = _incidents(ex, text)
    assert ("interception", "Kosti") in types and ("shelling", "Omdurman") in types


def test_control_artillery_joined_to_another_weapon_is_one_subject(ex):
    text = "Rockets and artillery pounded RSF positions in Omdurman on Sunday, the army said."
    assert _incidents(ex, text) == [("shelling", "Omdurman")]
