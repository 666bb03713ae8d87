"""A speaker's lead-in timed by a week or month counted from the report ("said last week it would ...")
is cut from the label like one timed by a weekday ("said on Monday it would ..."): the label names the
party and its step, not "last week it would"."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 7)


def _read(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.what, m.due) for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "when",
    ["last week", "earlier this week", "last month", "on Monday"],
)
def test_the_speakers_time_is_cut_with_the_saying(ex, when):
    text = f"Burundi said {when} it would keep its battalions in South Kivu until at least the end of 2025."
    assert _read(ex, text) == [("Burundi would keep its battalions in South Kivu", "2025-12")]


def test_a_speaker_not_the_party_keeps_the_label(ex):
    """Control: a person speaking of a step that is not his own keeps the whole label."""
    text = "The spokesman said last week the base would be handed over to the army by June 30."
    assert [w for w, _ in _read(ex, text)] == ["The spokesman said last week the base would be handed over to the army"]
