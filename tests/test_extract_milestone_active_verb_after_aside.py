"""A done step whose active verb follows an aside on its subject ("A regional force, which numbered 2,000
at its peak, completed its withdrawal in July") is labelled with that subject, as a passive's is. Controls: a
subject told right before its verb and a passive after an aside keep their labels."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 7)


def _read(ex: Extractor, text: str) -> list[tuple[str, str, bool]]:
    return [(m.due, m.what, m.done) for m in ex.extract(text, id="x", published=PUB).milestones]


def test_the_subject_before_an_aside_heads_an_active_verbs_label(ex):
    text = (
        "A southern African regional force, which numbered around 2,000 troops at its peak, completed its "
        "withdrawal in July last year."
    )
    assert _read(ex, text) == [("2024-07", "A southern African regional force completed its withdrawal in July last year", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In July, the troops completed their withdrawal from the base.", [("2024-07", "the troops completed their withdrawal from the base", True)]),
        ("The pullout, which began in May, was completed on Friday.", [("2025-03-07", "The pullout was completed on Friday", True)]),
    ],
)  # fmt: skip
def test_labels_that_name_their_subject_stay(ex, text, expected):
    assert _read(ex, text) == expected
