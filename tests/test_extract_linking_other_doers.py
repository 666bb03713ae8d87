"""Two deeds told one after the other whose named doers share no one are two events, even where the first
event's spot is one the gazetteer cannot place apart from the second's province."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, tuple[str, ...]]]:
    facts = ex.extract(text, id="t", published=date(2025, 6, 18))
    return [(i.location, i.actors) for i in facts.incidents]


_FIRST = "Fighters of the Syrian National Army clashed with SDF units near the Qara Qozak bridge on Monday, a monitor said. "


def test_a_deed_of_other_doers_in_a_province_is_another_event(ex):
    text = _FIRST + "In Deir ez-Zor province, Islamic State gunmen ambushed an army patrol on Monday, killing three soldiers."
    assert _events(ex, text) == [
        ("Qara Qozak", ("Syrian National Army", "Syrian Democratic Forces")),
        ("Deir ez-Zor province", ("Islamic State",)),
    ]


def test_the_same_doers_told_again_keep_one_event(ex):
    text = _FIRST + "In Aleppo province, Syrian National Army fighters clashed with the SDF on Monday, killing three."
    assert len(_events(ex, text)) == 1
