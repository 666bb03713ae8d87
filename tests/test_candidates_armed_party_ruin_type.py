"""A site an armed group ruined, its means untold, is force on the ground even in a clause with no word of
war besides the group's name ("the RSF destroyed a bridge"), also when the group tells it itself ("said it had
destroyed", "the army said it had destroyed"); an attack the group owns ("their attack on a camp") types as "attacked a camp" does. Ruin by
weather and attacks in words stay no incident."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(i.type, i.location, i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The RSF destroyed a bridge near Omdurman on Friday.",
        "The RSF said it had destroyed a bridge near Omdurman on Friday.",
    ],
)
def test_site_ruined_by_armed_group_is_fighting(ex, text):
    assert _types(ex, text) == [("armed_clash", "Omdurman", ("Rapid Support Forces",))]


def test_army_telling_its_own_ruin_of_a_base(ex):
    text = "Sudan's army said it had destroyed an RSF base near Omdurman on Friday."
    assert _types(ex, text) == [("armed_clash", "Omdurman", ("Sudan",))]


def test_owned_attack_on_a_camp_types_as_attacked(ex):
    owned = _types(ex, "The African Union condemned the RSF over their attack on a camp near El Fasher on Thursday.")
    told = _types(ex, "RSF fighters attacked a camp near El Fasher on Thursday.")
    assert owned == told == [("armed_clash", "El Fasher", ("Rapid Support Forces",))]


def test_owned_assault_on_a_village_is_fighting(ex):
    text = "The UN condemned the M23 over its assault on a village near Goma on Thursday."
    assert [t for t, _, _ in _types(ex, text)] == ["armed_clash"]


@pytest.mark.parametrize(
    "text",
    [
        # control: ruin by weather names no doer
        "Floods destroyed a bridge near Omdurman on Friday.",
        "The army said heavy rains had destroyed a bridge near Omdurman on Friday.",
        # control: an attack on a plan is words
        "The minister condemned the RSF over their attack on the peace plan on Thursday.",
    ],
)
def test_no_armed_ruin_stays_no_incident(ex, text):
    assert _types(ex, text) == []
