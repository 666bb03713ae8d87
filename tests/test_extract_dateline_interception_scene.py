"""Linking: an interception told in a dateline's sentence, after an attack on a named site, is over that
site, not over the town the reporter files from."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _incidents(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [(i.type, i.location) for i in facts.incidents]


def test_interception_after_an_attack_on_a_site_is_at_the_site(ex):
    text = (
        "RAMADI, Iraq (Wire) - Two drones were launched at Ain al-Asad air base west of Ramadi on Monday, "
        "and air defences downed both before they reached it, officials said."
    )
    assert _incidents(ex, text) == [
        ("drone_attack", "Ain al-Asad air base"),
        ("interception", "Ain al-Asad air base"),
    ]


def test_interception_with_no_placed_attack_stays_at_the_dateline_town(ex):
    """Control: with no attack on a spot told before it, the dateline's town is still its scene."""
    text = "RAMADI, Iraq (Wire) - Air defences downed two drones on Monday before they reached their target, officials said."
    assert _incidents(ex, text) == [("interception", "Ramadi")]
