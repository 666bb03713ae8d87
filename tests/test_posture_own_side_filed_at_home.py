"""A story filed from a state's own country (its dateline), whose text before placed no troops anywhere,
may name other countries first (a truce between others, strikes on a town); the state's own army then
sent "to the south" with no place named stands on its own ground: force and country are that state.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date


def posture_with_qualifiers(ex, text: str) -> list[tuple[str, str, int, str | None]]:
    """As conftest's, but the text opens the story, so its dateline is the story's."""
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


def test_own_army_after_a_truce_of_others(ex):
    text = (
        "BEIRUT — Israel and Hezbollah agreed to a truce last month. "
        "The Lebanese army has deployed about 6,000 soldiers to the south, the army said on Tuesday."
    )
    assert posture_with_qualifiers(ex, text) == [("Lebanon", "Lebanon", 6000, "about")]


def test_own_army_after_foreign_backers(ex):
    text = (
        "ABUJA — France and the United States have offered to share intelligence with the government. "
        "The Nigerian army has sent some 3,000 soldiers to the north-east, a spokesman said."
    )
    assert posture_with_qualifiers(ex, text) == [("Nigeria", "Nigeria", 3000, "some")]


def test_control_foreign_troops_placed_before(ex):
    """Near miss: the text before placed troops in the country of the dateline, so the other state's army
    sent "to the south" is not read as on its own ground."""
    text = (
        "BEIRUT — Israeli troops remain in five hilltop posts in Lebanon. "
        "The Israeli army has deployed about 6,000 soldiers to the south, the army said on Tuesday."
    )
    assert ("Israel", "Israel", 6000, "about") not in posture_with_qualifiers(ex, text)


def test_control_no_dateline_keeps_the_other_country_told_last(ex):
    """Near miss: with no dateline, another country named last keeps "the south" unread, as before."""
    text = (
        "Fighting in Sudan has displaced thousands. "
        "The Egyptian army has sent about 3,000 soldiers to the south, a spokesman said."
    )
    assert ("Egypt", "Egypt", 3000, "about") not in posture_with_qualifiers(ex, text)
