"""A party that rejects the charge that it was behind an attack ("rejected accusations that it was behind the
strike") denies its part, not the attack, which stays an event dated by its own day, not the rejection's;
a report of the deed itself called untrue still tells no event."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 11, 28)


def _events(ex, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(i.type, i.date, i.location) for i in ex.extract(text, id="x", published=PUB).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Syria on Friday rejected accusations that it was behind the drone attack on Al-Tanf garrison on Wednesday.",
        "Syria on Friday dismissed claims that it was behind the drone attack on Al-Tanf garrison on Wednesday.",
        "Syria on Friday rejected allegations that it had a hand in the drone attack on Al-Tanf garrison on Wednesday.",
    ],
)
def test_the_charge_rejected_leaves_the_attack(ex, text):
    """The attack happened on Wednesday; only who did it is in dispute."""
    assert _events(ex, text) == [("drone_attack", "2026-11-25", "Al-Tanf garrison")]


def test_the_deed_itself_rejected_is_no_event(ex):
    """Rejecting claims that one's own drones struck a place denies the strike itself."""
    text = "The army on Friday rejected claims that its drones struck Al-Tanf garrison on Wednesday."
    assert _events(ex, text) == []
