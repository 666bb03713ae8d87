"""A toll sentence after an event told over a whole country, naming a town only for a share of the dead
("nine were killed, including four in X"), names one of many spots: the event stays country-wide. A toll told
at one town with no share still narrows the event to it."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 5, 7))
    return [(i.type, i.location, i.casualties.killed if i.casualties else None) for i in facts.incidents]


def test_a_share_of_the_dead_at_a_town_keeps_the_attack_country_wide(ex):
    text = (
        "Russian missiles struck Ukraine overnight on Tuesday. Officials said nine people were killed, "
        "including four in Dnipro."
    )
    assert _events(ex, text) == [("missile_attack", "Ukraine", 9)]


def test_all_the_dead_at_one_town_still_place_the_attack(ex):
    text = "Russian missiles struck Ukraine overnight on Tuesday. Officials said nine people were killed in Dnipro."
    assert _events(ex, text) == [("missile_attack", "Dnipro", 9)]
