"""Places: a town's quarter named after a town of another country ("the Riyadh district of Khartoum") is
the told town's district, not that far capital; a quarter of the town's own country reads as before."""

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
        ("Paramilitary drones hit the Riyadh district of Khartoum on Sunday, killing five people.", ("Riyadh district, Khartoum", "Sudan")),
        ("Shells fell on the Baghdad neighbourhood of Khartoum overnight, wounding three residents.", ("Baghdad neighbourhood, Khartoum", "Sudan")),
    ],
)
def test_a_quarter_named_after_a_foreign_capital_is_the_told_towns(ex, text, told):
    assert _places(ex, text) == [told]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a quarter no gazetteer knows: unchanged
        ("Paramilitary drones hit the Shambat district of Khartoum on Sunday, killing five people.", ("Shambat district, Khartoum", "Sudan")),
        # the capital itself, with no part word after it: unchanged
        ("Paramilitary drones hit Khartoum and Omdurman on Sunday, killing five people.", None),
    ],
)
def test_a_quarter_of_no_foreign_name_reads_as_before(ex, text, told):
    got = _places(ex, text)
    if told is None:
        assert all(c == "Sudan" for _, c in got) and got
    else:
        assert got == [told]
