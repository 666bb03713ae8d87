"""An assault the speaker's side fought off ("the army said its soldiers repelled an RSF assault on the
town"), told after a bombardment near there that day, is a battle of its own: not the bombardment told
again, nor the attacker's claim of it (issue 8: one event per real event, and no real event lost)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

SHELLED = "RSF artillery shelled a displacement camp outside Kadugli on Sunday, killing 12 people, aid workers said. "


def _events(ex: Extractor, text: str) -> list[tuple[str, str | None, int | None]]:
    facts = ex.extract(text, id="x", published=date(2026, 8, 11))
    return sorted((i.type, i.date, i.casualties.killed) for i in facts.incidents)


@pytest.mark.parametrize(
    "second",
    [
        "The army said its soldiers repelled an RSF assault on the town the same day.",
        "The army said its forces repelled an RSF assault on Kadugli on Sunday.",
        "The army said troops beat back an RSF attack on the town's eastern edge on Sunday.",
    ],
)
def test_an_assault_fought_off_after_shelling_is_a_battle_of_its_own(ex, second):
    assert _events(ex, SHELLED + second) == [("armed_clash", "2026-08-09", None), ("shelling", "2026-08-09", 12)]


@pytest.mark.parametrize(
    "second",
    [
        # the attack told again, by its determiner, adds its harm to the shelling
        "The RSF attack on the camp also wounded 30, aid workers said.",
        # the doer's own claim of it
        "The RSF said it attacked army positions in Kadugli on Sunday.",
    ],
)
def test_the_bombardment_told_again_or_claimed_stays_one_event(ex, second):
    assert [t for t, _, _ in _events(ex, SHELLED + second)] == ["shelling"]


def test_an_assault_repelled_after_its_own_telling_is_that_assault(ex):
    text = "Militants attacked an army post near Kadugli on Sunday, officials said. The army said its soldiers repelled the assault."
    assert [t for t, _, _ in _events(ex, text)] == ["armed_clash"]
