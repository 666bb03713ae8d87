"""A list's last item, written without a stop as its items before are ("- ... killing six"), is read whole;
a prose text's last sentence broken off mid-way still tells no event."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, str, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 6, 15))
    return [(i.type, i.location, i.casualties.killed) for i in facts.incidents]


def test_last_bullet_without_a_stop_is_read(ex):
    text = (
        "What we know\n"
        "- Gunmen stormed a police post in northern Burkina Faso on Friday\n"
        "- Later the attackers torched a market in Djibo, killing four"
    )
    assert ("Djibo", 4) in [(loc, k) for _, loc, k in _events(ex, text)]


def test_prose_broken_off_still_tells_nothing(ex):
    text = (
        "Gunmen stormed a police post in northern Burkina Faso on Friday. Officials gave no toll. "
        "Witnesses said the attackers later torched a market in Djibo and a"
    )
    assert all(loc != "Djibo" for _, loc, _ in _events(ex, text))
