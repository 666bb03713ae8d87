"""Linking: in a live blog, an event told by reference ("most of them were intercepted") in an entry whose time
stamp is its only date takes the firmer day of the event it refers to; the stamp only says when it was told."""

from __future__ import annotations

from datetime import date


def _dated(ex, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 4, 16))
    return [(i.type, i.date) for i in facts.incidents]


_BLOG = "Live: the latest on the fighting\n\n{entry}\n\n08:00 GMT - Welcome to our coverage of the day.\n"


def test_interception_told_after_an_overnight_salvo_is_of_the_night(ex):
    entry = "10:15 GMT - Militants fired 12 rockets at Sderot overnight, the army said. Most of them were intercepted."
    got = _dated(ex, _BLOG.format(entry=entry))
    assert ("interception", "2024-04-15/2024-04-16") in got


def test_an_entry_of_its_own_keeps_the_stamp_day(ex):
    """Control: an interception told in its own right in a stamped entry is dated by the stamp, as before."""
    entry = "10:15 GMT - A drone was shot down over Eilat, the army said."
    assert _dated(ex, _BLOG.format(entry=entry)) == [("interception", "2024-04-16")]
