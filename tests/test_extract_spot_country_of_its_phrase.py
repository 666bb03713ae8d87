"""Incidents: a spot no gazetteer knows, whose own phrase names the country it lies in ("the X and Y regions
of northern Iraq"), lies there rather than in the country of the story's doers."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _placed(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [(i.location, i.country) for i in facts.incidents]


def test_country_told_after_the_kind_noun_places_the_spot(ex):
    text = (
        "Turkish jets bombed caves used by PKK fighters in the Garasor and Khwakurk regions of northern Iraq on "
        "Sunday, Turkey's defence ministry said."
    )
    assert _placed(ex, text) == [("Garasor", "Iraq")]


def test_spot_told_with_no_country_keeps_the_storys(ex):
    """Control: told with no country of its own, the spot lies in the country the story tells of most."""
    text = (
        "Turkish jets bombed caves used by PKK fighters in the Garasor and Khwakurk regions on "
        "Sunday, Turkey's defence ministry said."
    )
    assert _placed(ex, text) == [("Garasor", "Turkey")]
