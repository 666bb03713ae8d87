"""Armed bands named by a collective noun ("factions", "X-backed groups", "armed groups") are fighters: a
storming or a clash they make is a fight on the ground, as one by "gunmen" or "militias" is. A crowd or a
group named by a proper name that only ends in "Group" keeps its old reading."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _incidents(text):
    return [(i.type, i.location) for i in shared_extractor().extract(text, id="t", published=date(2026, 3, 12)).incidents]


def test_factions_storming_a_village_fight():
    assert _incidents("Rival factions stormed a hamlet outside Zawiya on Monday.") == [("armed_clash", "Zawiya")]


def test_backed_groups_storming_a_village_fight():
    assert _incidents("Iran-aligned groups stormed a hamlet outside Deir ez-Zor on Monday.") == [
        ("armed_clash", "Deir ez-Zor")
    ]


def test_a_crowd_storming_a_building_is_no_fight():
    """Near miss: an unarmed crowd that went in by force, with no fire told."""
    assert _incidents("Angry protesters stormed a council office in Zawiya on Monday.") == []
