"""A fall told done ("troops in X drop to about 1,000", "dropped to") gives the level now; only a fall to come
("to drop to", "set to drop to") is a planned one (GUIDE qualifier "(planned)"); and a change of the presence
told with a longer adverbial before its new level ("cut its presence in X roughly in half over the past few
months, to about 1,000") is still read."""

from __future__ import annotations

from datetime import date

import pytest


def _levels(ex, text):
    return [(p.count, p.qualifier) for p in ex.extract(text, id="t", published=date(2025, 5, 14)).troop_posture]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("French troops in Chad drop to about 1,000 as pullout advances\n\nThe handover went on.", "about"),
        ("The number of French troops in Chad dropped to about 1,000 last month.", "about"),
        ("French troops in Chad to drop to about 1,000\n\nThe handover went on.", "about (planned)"),
        ("French troop numbers in Chad are set to drop to about 1,000.", "about (planned)"),
    ],
)
def test_fall_done_or_to_come(ex, text, qualifier):
    assert _levels(ex, text) == [(1000, qualifier)]


def test_change_of_the_presence_with_a_long_adverbial(ex):
    text = "France has cut its troop presence in Chad roughly in half over the past few months, to about 1,000."
    assert _levels(ex, text) == [(1000, "about")]
