"""A lead told at an unnamed settlement of a wider place ("a village in X region") and retold at a named
settlement of that kind ("Y village in Z township"), with no other day or toll, is one event placed at the
named settlement (GUIDE: one record per real event; the most specific place)."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    return [(i.type, i.date, i.location, i.casualties.killed) for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


def test_the_village_named_after_a_lead_at_a_village_is_the_lead(ex):
    text = (
        "Warplanes bombed a village in Magway region on Tuesday, killing 12 people, residents said. "
        "Three jets dropped bombs on Kyun Taw village in Pakokku township in the late afternoon, a resident said."
    )
    assert _incidents(ex, text) == [("air_strike", "2025-06-17", "Kyun Taw village, Pakokku township", 12)]


def test_a_village_bombed_the_next_day_is_another_strike(ex):
    # control: another day is another event, whatever settlement it names
    text = (
        "Warplanes bombed a village in Magway region on Tuesday, killing 12 people, residents said. "
        "On Wednesday, three jets dropped bombs on Kyun Taw village in Pakokku township, a resident said."
    )
    assert [(d, loc) for _, d, loc, _ in _incidents(ex, text)] == [
        ("2025-06-17", "Magway region"),
        ("2025-06-18", "Kyun Taw village, Pakokku township"),
    ]


def test_a_lead_told_at_the_region_alone_ties_no_village(ex):
    # control: a lead that tells no unnamed settlement is not refined by a village of a later sentence
    text = (
        "Warplanes bombed rebel positions in Magway region on Tuesday, killing 12 people, residents said. "
        "Three jets dropped bombs on Kyun Taw village in Pakokku township in the late afternoon, a resident said."
    )
    assert [loc for _, _, loc, _ in _incidents(ex, text)] == ["Magway region", "Kyun Taw village, Pakokku township"]
