""""the capital city" with no name after it is the capital, as "the capital" is; "the capital city of X" and
"the capital city X" name their city themselves."""

from __future__ import annotations

from datetime import date


def _places(ex, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return [(i.location, i.country) for i in facts.incidents]


def test_the_capital_city_unnamed_is_the_capital(ex):
    text = (
        "KHARTOUM (Wire) - Residents said the fighting had eased. But on Monday paramilitary fighters shelled "
        "a market in the capital city, killing eleven people."
    )
    assert _places(ex, text) == [("Khartoum", "Sudan")]


def test_the_capital_city_named_after_it_is_that_city(ex):
    # control: the name after "the capital city" places it
    text = "Gunmen stormed a hotel in the capital city Mogadishu on Sunday, killing six guests, Somali police said."
    assert [loc for loc, _ in _places(ex, text)] == ["Mogadishu"]
