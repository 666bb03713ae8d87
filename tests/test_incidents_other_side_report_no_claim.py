"""A fight one side's command reports of its enemy is that enemy's deed on the ground, not a claim of its raids."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 8, 4)


def _rows(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    return sorted((i.type, i.location) for i in ex.extract(text, id="x", published=PUB).incidents)


def test_assaults_told_by_the_defenders_command_stay_a_fight(ex):
    text = (
        "KYIV (Wire) — Russia launched 48 drones at Ukraine overnight into Monday, the air force said, and one "
        "of them wounded four people in Sumy. Near Lyman, Russian troops attacked Ukrainian positions 31 times over the past "
        "day, Ukraine's general staff said on Monday."
    )
    assert ("armed_clash", "Lyman") in _rows(ex, text)


def test_control_a_party_speaking_of_its_own_fire_claims_the_raid(ex):
    text = (
        "SANAA (Wire) — Houthi missiles struck a cargo ship in the Red Sea on Sunday, a maritime agency said. "
        "The Houthis said on Sunday their forces had fired on the vessel."
    )
    assert len(_rows(ex, text)) == 1
