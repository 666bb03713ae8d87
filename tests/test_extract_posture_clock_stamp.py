"""Posture: a live page's entry opens after its clock stamp, so the readings of a clause's start (an
opening "With N troops, <subject> ...") hold in a stamped entry as in plain text; the entry before
names another party, whose troops the figure had been given to."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


_BEFORE = "Live: the border standoff\n\n08:10 GMT - About 900 Dutch soldiers are based in Lithuania, the army said.\n\n"


@pytest.mark.parametrize(
    ("entry", "level"),
    [
        ("08:40 GMT - With roughly 4,000 troops in Kosovo, NATO wants more drones.",
         ("NATO", "Kosovo", 4000)),
        ("[08:40] With some 1,200 soldiers in Mali, Russia is widening its role in the region.",
         ("Russia", "Mali", 1200)),
    ],
)
def test_a_stamped_entry_opens_after_its_clock(ex, entry, level):
    assert level in _levels(ex, _BEFORE + entry)


@pytest.mark.parametrize(
    ("entry", "level"),
    [
        # near misses: the same entry with no clock, and a stamped entry naming its force in the phrase
        ("With roughly 4,000 troops in Kosovo, NATO wants more drones.", ("NATO", "Kosovo", 4000)),
        ("08:40 GMT - Some 1,200 Russian soldiers are in Mali, a diplomat said.", ("Russia", "Mali", 1200)),
    ],
)
def test_plain_and_named_entries_keep_their_reading(ex, entry, level):
    assert level in _levels(ex, _BEFORE + entry)
