"""One verb, two salvos of other weapons each aimed at a target of its own, the verb left out of the second
("launched a missile at the airport and two drones at the port"): two attacks, each with its weapon, count
and target (GUIDE: one record per distinct event). A mixed salvo at one target stays one attack."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _attacks(ex: Extractor, text: str) -> list[tuple[str, str | None, int | None]]:
    facts = ex.extract(text, id="x", published=date(2025, 7, 21))
    return sorted((i.type, i.location, i.count) for i in facts.incidents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels said on Monday they had launched a ballistic missile at Ben Gurion airport and two drones at the port of Eilat.",
            [("drone_attack", "Eilat", 2), ("missile_attack", "Ben Gurion airport", 1)],
        ),
        (
            "Hezbollah fired 30 rockets at Kiryat Shmona and attack drones at Metula on Sunday.",
            [("drone_attack", "Metula", None), ("rocket_attack", "Kiryat Shmona", 30)],
        ),
    ],
)
def test_two_salvos_at_two_targets_are_two_attacks(ex, text, expected):
    assert _attacks(ex, text) == expected


def test_a_mixed_salvo_at_one_target_stays_one_attack(ex):
    text = "The rebels launched a ballistic missile and two drones at Ben Gurion airport on Monday."
    assert [t for t, _, _ in _attacks(ex, text)] == ["missile_attack"]
