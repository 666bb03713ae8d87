"""A part of a salvo told with no doer ("Most were intercepted; one hit X") is one of the whole told before,
past the interception of its share, and so the whole's doers'; the interceptor lends a part none."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    facts = ex.extract(text, id="t", published=date(2025, 6, 15))
    return [(i.type, i.location, tuple(i.actors)) for i in facts.incidents]


def test_part_that_got_through_is_the_salvo_doers(ex):
    text = (
        "Live updates\n"
        "- Iran fired roughly 30 ballistic missiles toward Israel overnight, the army said\n"
        "- Most were shot down; one struck an apartment building in Rishon LeZion, killing three\n"
        "- Emergency crews searched the rubble\n"
    )
    found = _events(ex, text)
    # (the share stopped over the salvo's target is that country's own air defences at work)
    assert ("interception", "Israel", ("Israel",)) in found
    assert ("missile_attack", "Rishon LeZion", ("Iran",)) in found


def test_part_after_only_an_interception_takes_no_interceptor(ex):
    text = "Ukrainian air defences shot down 30 drones overnight. Two of the drones hit a warehouse in Kyiv."
    found = _events(ex, text)
    assert ("drone_attack", "Kyiv", ()) in found
