"""An attack first told by its doers and its dead, then retold as done by "suicide bombers" in a story that tells
no blast anywhere, stays the fight it was: the attackers' name is no blast (GUIDE: an explosion only when a
blast is the main fact). A story that tells a blast is not made a fight."""

from __future__ import annotations

_STORY = (
    "On 3 April, an attack on a Revolutionary Guards headquarters in Sistan-Baluchestan, a "
    "border province in Iran's south-east, left at least 11 security personnel dead. State television said 18 Jaish al-Adl "
    "gunmen died in fighting with troops that followed overnight.\n\n"
    "Overnight, 20 suicide bombers who crossed from Pakistan staged a large attack inside Iran{blast}, a commentator "
    "wrote online.\n\n"
    "A Guards commander said the gunmen struck a Guards headquarters and two police stations at the same time."
)


def _types(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=None).incidents]


def test_bombers_named_with_no_blast_told_keep_the_fight(ex):
    assert _types(ex, _STORY.format(blast="")) == [("armed_clash", "Sistan-Baluchestan")]


def test_bombers_with_a_blast_told_are_not_made_a_fight(ex):
    # near miss: a blast is told elsewhere in the story, so the bombers' attack gives its means as before
    text = _STORY.format(blast="") + " Residents heard a loud explosion near the compound."
    assert [t for t, _ in _types(ex, text)] and all(t != "armed_clash" for t, _ in _types(ex, text))
