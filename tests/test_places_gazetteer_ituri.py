"""Gazetteer: Ituri towns the world list lacks (Komanda, Irumu) are placed in DR Congo, even in a story
naming neither the country nor a group of that country alone."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 1, 30))
    return [(i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Islamic State fighters attacked a church in Komanda on Sunday.", ("Komanda", "Democratic Republic of Congo")),
        ("Gunmen killed four farmers near Irumu on Tuesday, a local official said.", ("Irumu", "Democratic Republic of Congo")),
        # control: a town the world list already holds reads as before
        ("Gunmen killed four farmers near Beni on Tuesday, a local official said.", ("Beni", "Democratic Republic of Congo")),
    ],
)
def test_ituri_towns_are_congo_s(ex, text, told):
    assert _places(ex, text) == [told]
