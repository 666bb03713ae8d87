"""A pronoun speaker ("It said its fighters had ...") opening its sentence stands for the party that opens the sentence before."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The RSF kept silent for a day. Late on Monday, however, it said its men had downed an army drone over Mellit.", "Rapid Support Forces"),
        ("The Houthis put out a statement on Monday. They said their air defences had downed an American drone over Jawf.", "Houthis"),
        ("Al-Shabaab posted a message on Monday. The group said its fighters had stormed a base near Afgoye.", "Al-Shabaab"),
    ],
)
def test_a_pronoun_speaker_is_the_party_opening_the_sentence_before(ex, text, party):
    assert _actors(ex, text) == [(party,)]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before opens with no party: the pronoun's party is left unread
        "Residents heard blasts for an hour. Late on Monday, it said its men had downed an army drone over Mellit.",
        # a party named only late in the sentence before is no subject the pronoun takes up
        "Witnesses in the town spoke of heavy fire from the RSF. On Monday it said its men had downed an army drone over Mellit.",
    ],
)
def test_no_opening_party_gives_the_pronoun_none(ex, text):
    assert _actors(ex, text)[-1] == ()
