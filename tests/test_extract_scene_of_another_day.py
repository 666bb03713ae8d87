"""A sentence that tells no event of its own but a day apart from the event's ("On Thursday, envoys met in
X") tells of another time, so its town is not the scene of the event before it; a sentence of the same
day, or of no day, may still name that scene."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 3, 10))
    return [(i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    "text, expected",
    [
        # another day: a meeting's town is no scene
        (
            "Air defences shot down a jet over southern Ukraine on Monday, the army said. "
            "On Thursday, envoys in Odesa met to discuss the war.",
            [("Ukraine", "Ukraine")],
        ),
        (
            "Militants raided a base in Kenya on Monday, police said. Last Wednesday, elders gathered in Lamu to talk.",
            [("Kenya", "Kenya")],
        ),
        # controls: the same day, and no day at all, still tell where the event happened
        (
            "Militants raided a base in Kenya on Monday, police said. On Monday night they tried to get through the fence at Lamu.",
            [("Lamu", "Kenya")],
        ),
        (
            "Militants raided a base in Kenya on Monday, police said. They tried to get through the fence at Lamu.",
            [("Lamu", "Kenya")],
        ),
    ],
)
def test_sentence_of_another_day_names_no_scene(ex: Extractor, text: str, expected: list) -> None:
    assert _places(ex, text) == expected
