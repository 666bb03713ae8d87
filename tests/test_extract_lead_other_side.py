"""The lead event is not retold by another side's deed: a later clause whose named doers share no party with the
lead's, and which refers back to nothing, stays an event of its own, even at a town inside the lead's region."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    f = ex.extract(text, id="t", published=date(2025, 3, 12))
    return sorted((i.type, i.location, i.actors, i.casualties.killed) for i in f.incidents)


def test_another_sides_fight_in_the_region_is_its_own_event(ex):
    text = (
        "Russian strikes killed 14 people in the Kharkiv region on Tuesday, the governor said. "
        "Ukraine's army said its troops clashed with Russian units near Vovchansk."
    )
    assert _read(ex, text) == [
        ("air_strike", "Kharkiv region", ("Russia",), 14),
        # (a clash names both its sides, as the GUIDE's clashes do)
        ("armed_clash", "Vovchansk", ("Ukraine", "Russia"), None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the other side's deed that refers back to the lead's own attack is that fight told again
        "Militants attacked an army post near Djibo on Tuesday, killing six soldiers. Burkinabe troops repelled the attack.",
    ],
)
def test_a_reply_referring_back_is_the_lead_retold(ex, text):
    assert len(_read(ex, text)) == 1
