"""A bare share told hitting ("One hit X") two sentences after a salvo, past a sentence telling only the share
of it stopped ("Most were intercepted."), is a part of that salvo: its weapon and doer are the salvo's."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    facts = ex.extract(text, id="t", published=date(2025, 6, 15))
    return [(i.type, i.location, tuple(i.actors)) for i in facts.incidents]


def test_share_past_the_stopped_share_is_the_salvo(ex):
    text = (
        "Iran fired some 25 ballistic missiles at Israel late on Saturday, the army said. Most were shot down. "
        "One hit a warehouse in Holon, wounding five."
    )
    assert ("missile_attack", "Holon", ("Iran",)) in _events(ex, text)


def test_other_doer_past_the_stopped_share_keeps_its_own(ex):
    text = (
        "Iran fired some 25 ballistic missiles at Israel late on Saturday, the army said. Most were shot down. "
        "Israeli jets struck a depot near Tyre on Sunday."
    )
    assert ("air_strike", "Tyre", ("Israel",)) in _events(ex, text)
