"""A bomb that killed is the subject of its harm verb across two place phrases ("a truck bomb at a busy junction
in the capital killed ..."): an event of its own, not a toll lent to the attack told before; a toll with no
weapon as its subject stays that attack's."""

from datetime import date

_NEWS = "Gunmen attacked a base near Jowhar on Sunday. "


def _incidents(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.type, i.location, i.casualties.killed) for i in facts.incidents]


def test_bomb_subject_past_spot_and_town(ex):
    text = _NEWS + "Last year, a truck bomb at a crowded junction in Mogadishu killed more than 100 people."
    assert _incidents(ex, text) == [("armed_clash", "Jowhar", None), ("explosion", "Mogadishu", 100)]


def test_bare_toll_stays_the_attack(ex):
    text = _NEWS + "Five soldiers at the base were killed."
    assert _incidents(ex, text) == [("armed_clash", "Jowhar", 5)]
