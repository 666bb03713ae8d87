"""A loose mention of a deed with a doer of its own, none of the event told before, refers to no event of
another party: it lends that event no actor ("JNIM attacked a bridge near Gao. Separately, Ukrainian forces
destroyed a bridge near X")."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _seen(text):
    incs = Extractor().extract(text, id="t", published=date(2025, 3, 10)).incidents
    return [(i.location, i.actors) for i in incs]


def test_another_partys_loose_deed_lends_no_actor():
    got = _seen(
        "JNIM militants attacked a bridge over the Niger river near Gao on Friday, a security source said. "
        "Separately, Ukrainian forces destroyed a bridge over the Seym river near Glushkovo, officials said."
    )
    assert ("Gao", ("JNIM",)) in got
    assert all("Ukraine" not in acts for loc, acts in got if loc == "Gao")


def test_the_same_partys_event_told_alone_keeps_its_actor():
    """Near miss: one party's attack told alone keeps that party."""
    got = _seen("JNIM militants attacked a bridge over the Niger river near Gao on Friday, a security source said.")
    assert got == [("Gao", ("JNIM",))]
