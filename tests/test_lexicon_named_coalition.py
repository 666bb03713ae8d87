"""A coalition with a name of its own the lexicon lacks ("the Kanto Bay coalition") is not the one the bare word stands for."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 4, 2)


def _actors(ex: Extractor, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="x", published=PUB).incidents]


def test_a_named_gang_coalition_is_not_the_us_led_coalition(ex):
    text = (
        "PORT-AU-PRINCE (Wire) — Fighters of the Kraze Baryè coalition stormed the town of Saut-d'Eau on Sunday, "
        "killing seven people, police said."
    )
    assert all("US-led coalition" not in a for a in _actors(ex, text))


def test_control_the_bare_coalition_is_still_the_us_led_one(ex):
    text = (
        "BAGHDAD (Wire) — The coalition bombed an Islamic State cave complex in the Hamrin mountains on Sunday, "
        "killing nine militants, Iraqi officials said."
    )
    assert _actors(ex, text) == [("US-led coalition",)]
