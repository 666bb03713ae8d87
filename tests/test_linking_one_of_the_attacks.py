"""An attack of untold means told as one of those the sentence before dated ("One attack hit a post near X")
is a part of that event at its own spot, on its day and of its kind, not the whole told again there."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, str, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 5, 9))
    return [(i.location, i.type, i.date, i.casualties.killed) for i in facts.incidents]


def test_one_of_the_attacks_is_a_part_at_its_own_town(ex):
    text = (
        "Armed men raided three police stations in northern Burkina Faso on Wednesday, killing nine officers. "
        "One attack targeted a station near Djibo."
    )
    assert _events(ex, text) == [
        ("Burkina Faso", "armed_clash", "2025-05-07", 9),
        ("Djibo", "armed_clash", "2025-05-07", None),
    ]


def test_the_attack_told_again_stays_one(ex):
    text = "Militants attacked a police station near Djibo on Wednesday. The attack killed nine officers."
    assert _events(ex, text) == [("Djibo", "armed_clash", "2025-05-07", 9)]


def test_another_with_its_noun_left_out_is_the_next_part(ex):
    text = (
        "Armed men raided three police stations in northern Burkina Faso on Wednesday, killing nine officers. "
        "One attack targeted a station near Djibo, while another hit a checkpoint near Arbinda."
    )
    assert _events(ex, text) == [
        ("Burkina Faso", "armed_clash", "2025-05-07", 9),
        ("Djibo", "armed_clash", "2025-05-07", None),
        ("Arbinda", "armed_clash", "2025-05-07", None),
    ]


def test_another_after_no_event_noun_stays_words(ex):
    text = "Armed men raided a police station near Djibo on Wednesday. One official praised the police, while another hit out at the minister."
    assert [e[0] for e in _events(ex, text)] == ["Djibo"]
