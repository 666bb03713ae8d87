"""A clause that opens by naming its event ("In a separate attack on Tuesday,", "In another raid,") and then tells
it with a verb of the same kind is read from that verb: the doer before the verb is the event's actor, not lost
to the opener's noun, which has none."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    return [(i.type, i.location, list(i.actors)) for i in ex.extract(text, id="t", published=date(2025, 4, 11)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "In a separate attack on Wednesday, Islamic State gunmen attacked a shrine in Jhal Magsi, killing five.",
        "In another attack, Islamic State gunmen attacked a shrine in Jhal Magsi on Wednesday, killing five.",
    ],
)
def test_doer_after_an_opener_is_the_actor(ex, text):
    found = _read(ex, text)
    assert len(found) == 1 and found[0][1] == "Jhal Magsi" and found[0][2] != []


def test_opener_without_a_verb_of_its_kind_keeps_its_noun(ex):
    """Control: an opener whose clause tells no other attack word keeps its own event and place."""
    found = _read(ex, "In a separate attack on Wednesday in Jhal Magsi, five worshippers were killed.")
    assert [(t, p) for t, p, _ in found] == [("armed_clash", "Jhal Magsi")]
