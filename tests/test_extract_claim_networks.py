"""A claim by a group named after the network it belongs to ("the X affiliate Y") is the group's, not the network's."""

from __future__ import annotations

from datetime import date


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


def test_the_member_named_after_its_network_claims(ex):
    told = "Gunmen stormed an army post near Diafarabe on Monday, killing nine soldiers. "
    assert _actors(ex, told + "The al-Qaeda affiliate JNIM claimed the assault.") == [("JNIM (claimed)",)]
    assert _actors(ex, told + "The assault was claimed by the al-Qaeda affiliate JNIM.") == [("JNIM (claimed)",)]


def test_a_network_claiming_through_its_own_branch_keeps_its_name(ex):
    told = "Gunmen stormed a checkpoint near Bosaso on Monday, killing four guards. "
    assert _actors(ex, told + "Islamic State's Somalia branch claimed the assault.") == [("Islamic State Somalia Province (claimed)",)]
