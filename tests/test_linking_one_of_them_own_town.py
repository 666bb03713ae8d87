""""One of them hit X", after a salvo fired at a whole country, is a part at a town of its own (as "One of the
missiles hit X" is): its own event there, the salvo kept whole; at the salvo's own town it stays a facet."""

from __future__ import annotations

from datetime import date


def _events(ex, text: str) -> list[tuple[str, str, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 6, 15))
    return [(i.type, i.location, i.count) for i in facts.incidents]


def test_one_of_them_at_its_own_town_is_its_own_event(ex):
    text = (
        "Russia sent about 60 drones toward Ukraine overnight, the air force said. Most were destroyed. "
        "One of them slammed into a fuel depot in Vinnytsia."
    )
    found = _events(ex, text)
    assert ("drone_attack", "Ukraine", 60) in found
    assert any(t == "drone_attack" and loc == "Vinnytsia" for t, loc, _ in found)


def test_one_of_them_at_the_salvo_town_stays_the_salvo(ex):
    text = (
        "Russia sent about 60 drones toward Odesa overnight, officials said. Most were destroyed. "
        "One of them slammed into a fuel depot in Odesa."
    )
    assert [x for x in _events(ex, text) if x[0] == "drone_attack"] == [("drone_attack", "Odesa", 60)]
