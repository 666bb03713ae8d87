"""A name no gazetteer knows, right after a verb of ground retaken ("recaptured X", "regained control of X"), is the
spot fought over, as one after "stormed" is; "captured" alone may take a man, and names no spot."""

from datetime import date


def _where(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location) for i in facts.incidents]


def test_recaptured_an_unknown_town_after_fighting(ex):
    text = "Rebels recaptured Um Rawaba on Tuesday after heavy fighting with the army, residents said."
    assert _where(ex, text) == [("armed_clash", "Um Rawaba")]


def test_regained_control_of_an_unknown_town(ex):
    text = "The army regained control of Um Rawaba on Tuesday after heavy fighting, residents said."
    assert _where(ex, text) == [("armed_clash", "Um Rawaba")]


def test_captured_man_is_no_spot(ex):
    assert _where(ex, "Troops captured Abu Omar in a raid on Tuesday after heavy fighting, officials said.") == []
