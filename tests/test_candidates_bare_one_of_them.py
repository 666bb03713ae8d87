"""A bare "One ..." / "the other ..." after a sentence counting attacks ("Gunmen staged two attacks ... One
targeted X") stands for one of those attacks: a part at its own spot, the counted whole keeping the toll."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 5, 9))
    return [(i.location, i.date, i.casualties.killed) for i in facts.incidents]


def test_bare_one_after_counted_attacks_is_a_part(ex):
    text = (
        "Armed men carried out three raids in northern Burkina Faso on Wednesday, killing nine officers. "
        "One targeted a police station near Djibo."
    )
    assert _events(ex, text) == [("Burkina Faso", "2025-05-07", 9), ("Djibo", "2025-05-07", None)]


def test_bare_one_after_no_counted_event_stays_words(ex):
    text = "One official praised the police, while the other hit out at the minister."
    assert _events(ex, text) == []
