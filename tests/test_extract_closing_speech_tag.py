"""Who reported an event is the speech tag closing the sentence when the sentence's own subject only
'reported' the event inside it, and a time span opening the speaker's phrase ("Hours later") is no part
of the speaker's name (GUIDE: `attribution` is who reported it)."""

from __future__ import annotations

from datetime import date

import pytest


def _sources(ex, text):
    return [i.attribution for i in ex.extract(text, id="t", published=date(2025, 3, 4)).incidents]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A bulk carrier reported a blast close to its bow west of Mokha on Sunday, the naval liaison office said.",
         "naval liaison office"),
        ("A cargo vessel reported an explosion in the water near it off Aden, a private security firm said on Monday.",
         "a private security firm"),
    ],
)
def test_closing_tag_outranks_a_reporting_subject(ex, text, source):
    assert _sources(ex, text) == [source]


def test_reporting_subject_alone_keeps_its_reading(ex):
    """With no tag closing the sentence, the subject that reported the event stays who reported it."""
    text = "The coast guard reported a blast aboard a fishing boat off Aden on Sunday."
    assert _sources(ex, text) == ["coast guard"]


def test_a_tag_that_is_no_closing_one_leaves_the_first_speaker(ex):
    """A speaker told first with 'said' keeps the sentence even when another tag follows it."""
    text = "The navy said a drone struck a tanker off Aden on Sunday, the crew told reporters."
    assert _sources(ex, text) == ["navy"]


def test_time_span_before_the_speaker_is_dropped(ex):
    text = "Hours later the Ruritanian army said it had shelled rebel trenches near Kupiansk."
    assert _sources(ex, text) == ["Ruritanian army"]
