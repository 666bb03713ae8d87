"""A live blog's entry opens with its clock ("14:32 GMT - The army says ..."): who reported the event is read
after the clock, as in any other sentence (GUIDE: `attribution` is who reported it)."""

from __future__ import annotations

from datetime import date

import pytest


def _sources(ex, text):
    return [i.attribution for i in ex.extract(text, id="t", published=date(2025, 3, 4)).incidents]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("16:05 GMT - The Ruritanian army says it struck rebel mortar teams near Kupiansk.", "Ruritanian army"),
        ("[08:40] The provincial health office said a drone strike on a van near Mosul killed three.", "provincial health office"),
        ("**11:20** — Local police said gunmen ambushed a convoy outside Gao, killing four.", "Local police"),
        ("9.15 BST: The navy said it shot down two drones over the sea off Odesa.", "navy"),
    ],
)
def test_source_after_a_live_entry_clock(ex, text, source):
    assert _sources(ex, text) == [source]


def test_clock_inside_a_sentence_is_no_entry_stamp(ex):
    """Only a clock opening the entry is its stamp: one told inside the sentence leaves the speaker as it was."""
    text = "Rebels shelled a market in Kupiansk at 14:30 GMT on Monday, the governor said."
    assert _sources(ex, text) == ["governor"]
