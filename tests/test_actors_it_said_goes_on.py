"""A pronoun speaker ("It said its air defences downed ...") goes on with the speaker who closed the sentence
before (", the Ukrainian air force said."), not with that sentence's subject, the party that fired: the
interceptor is the reporting side (GUIDE: the interceptor is the actor). A sentence before with no closing
speaker still lends its opening subject."""

from __future__ import annotations

from datetime import date

import pytest


def _interceptions(ex, text: str) -> list[tuple[str, ...]]:
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return [i.actors for i in incs if i.type == "interception"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "KYIV (Wire) - Russia launched 90 drones at Ukraine overnight, the Ukrainian air force said on Saturday. "
            "It said its air defences shot down 60 of them over the Kyiv region.",
            "Ukraine",
        ),
        (
            "Hezbollah fired 30 rockets at northern Israel on Monday, the Israeli military said. "
            "It said its air defences intercepted most of them over the Galilee.",
            "Israel",
        ),
    ],
)
def test_it_said_is_the_closing_speaker(ex, text, actor):
    assert _interceptions(ex, text) == [(actor,)]


def test_no_closing_speaker_keeps_the_opening_subject(ex):
    """Control: the sentence before opens on the party and closes with none: "it" is that party."""
    text = (
        "The Houthis issued a statement on Tuesday about the attack on Sanaa. "
        "It said its air defences had shot down an American drone over Marib."
    )
    assert _interceptions(ex, text) == [("Houthis",)]
