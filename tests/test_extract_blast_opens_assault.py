"""A blast told in the assault's own sentence, with no place of its own ("fighters overran a base in X
province after a car bomb went off at its gate"), is the assault's opening, one event, whatever the rank of
the place the fight is told at. A blast with a place of its own elsewhere stays apart."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

EX = Extractor()


def _incidents(text):
    facts = EX.extract(text, id="t", published=date(2026, 3, 12))
    return [(i.type, i.location, list(i.actors)) for i in facts.incidents]


def test_the_blast_at_the_gate_opens_the_assault_in_a_region():
    text = (
        "A roadside bomb wounded two police officers in Garissa on Monday. "
        "Al-Shabaab militants seized an army outpost in Lower Juba on Wednesday after a truck bomb blew up at its gate."
    )
    assert _incidents(text) == [
        ("explosion", "Garissa", []),
        ("armed_clash", "Lower Juba", ["Al-Shabaab"]),
    ]


def test_a_blast_with_its_own_town_stays_apart():
    """Near miss: the bomb went off in a town of its own, named in its clause."""
    text = (
        "A roadside bomb wounded two police officers in Garissa on Monday. "
        "Al-Shabaab militants seized an army outpost in Lower Juba on Wednesday after a truck bomb blew up in Kismayo."
    )
    assert [loc for _, loc, _ in _incidents(text)] == ["Garissa", "Lower Juba", "Kismayo"]
