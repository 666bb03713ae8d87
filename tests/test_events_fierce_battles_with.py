"""A battle told fierce with its other side ("after fierce battles with the RSF") is a fight, and the side after
"with" is one of its sides; a battle with no fight told ("a long battle with cancer", "legal battles") is none."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.type, i.location, list(i.actors)) for i in facts.incidents]


def test_fierce_battles_with_a_group(ex):
    text = "The army said on Tuesday it had recaptured Um Rawaba after fierce battles with the RSF."
    assert _read(ex, text) == [("armed_clash", "Um Rawaba", ["Rapid Support Forces"])]


def test_long_battle_with_illness_is_none(ex):
    assert _read(ex, "After a long battle with cancer, he died in Khartoum on Tuesday.") == []


def test_fierce_battles_with_a_party_in_politics_is_none(ex):
    text = "The senator faces fierce battles with his party over the budget in Washington on Tuesday."
    assert _read(ex, text) == []
