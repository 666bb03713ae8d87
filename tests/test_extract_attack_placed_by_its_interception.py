"""Linking: an attack told with no place takes the place where an interception told right after it stopped
its weapons, rather than being lost as unplaced."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _incidents(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 4))
    return [(i.type, i.location) for i in facts.incidents]


def test_unplaced_salvo_is_where_its_rockets_were_stopped(ex):
    text = "Militants launched some 20 rockets on Sunday, the army said. Air defences shot down most of them over Nahariya."
    assert _incidents(ex, text) == [("rocket_attack", "Nahariya"), ("interception", "Nahariya")]


def test_an_interception_of_other_weapons_places_no_salvo(ex):
    """Control: a missile downed after rockets were fired is not what they fired; the rockets stay unplaced."""
    text = "Militants launched some 20 rockets on Sunday, the army said. Air defences shot down a cruise missile over Nahariya."
    assert _incidents(ex, text) == [("interception", "Nahariya")]


def test_an_interception_two_paragraphs_on_places_no_salvo(ex):
    """Control: an interception told far from the unplaced salvo is not its."""
    text = (
        "Militants launched some 20 rockets on Sunday, the army said.\n\n"
        "The cabinet met later in the day. Ministers spoke of the budget. Talks went on until night.\n\n"
        "Two rockets were shot down over Nahariya on Sunday."
    )
    assert ("rocket_attack", "Nahariya") not in _incidents(ex, text)
