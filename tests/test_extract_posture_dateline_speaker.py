"""Posture: a state's body that names no state ("the ministry said", "a military spokesman said"), in a
story filed from a dateline, speaks for the dateline's country, so soldiers it places on that country's
own ground are that country's own troops; with no dateline, or with the troops' owner named, or where the
text before placed another party's troops in the country and the body opens the sentence, the old reading
stands."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KIRKUK, Iraq (Wire) - Around 4,000 soldiers are now posted in Diyala province, the ministry said.",
            [("Iraq", "Iraq", 4000)],
        ),
        (
            "MOGADISHU, Somalia (Wire) - About 3,000 soldiers were deployed in Lower Shabelle region, "
            "a military spokesman said.",
            [("Somalia", "Somalia", 3000)],
        ),
        # another party's troops told before: the body of the dateline's state still speaks of its own
        (
            "KIRKUK, Iraq (Wire) - About 2,500 US troops remain in Iraq under the coalition. Around 4,000 "
            "soldiers are now posted in Diyala province, the defence ministry said.",
            [("Iraq", "Iraq", 4000), ("United States", "Iraq", 2500)],
        ),
    ],
)
def test_an_unnamed_body_speaks_for_the_dateline(ex: Extractor, text: str, expected: list) -> None:
    """Soldiers placed in a region of the dateline's country by its unnamed ministry are its own."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no dateline: no state to speak for
        ("Around 4,000 soldiers are now posted in Diyala province, the ministry said.", []),
        # the body opens the sentence after guests were placed in its country: it speaks of its guests
        (
            "VILNIUS, Lithuania (Wire) - About 900 US soldiers are in Lithuania. The ministry said some 300 "
            "soldiers are at the Rukla base.",
            [("United States", "Lithuania", 300), ("United States", "Lithuania", 900)],
        ),
        # the owner named in the speaker's words: the named state's reading
        (
            "BEIRUT (Wire) - About 10,000 soldiers are deployed in south Lebanon, the US military said.",
            [("United States", "Lebanon", 10000)],
        ),
    ],
)
def test_without_a_dateline_state_the_old_reading_stands(ex: Extractor, text: str, expected: list) -> None:
    """No dateline, a body speaking of guests, or a named speaker: nothing new is read."""
    assert _levels(ex, text) == expected
