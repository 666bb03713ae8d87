"""Incidents: a spot no gazetteer knows, on a line a live page heads with a country's name ("Lebanon: ..."),
lies in that country, not in the country the page tells of most."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

_PAGE = (
    "Regional updates\n\n"
    "{head}A drone strike hit a van in the village of Deir Qanoun Zahra on Monday, killing two men, medics said.\n\n"
    "Yemen: The Houthis said they shot down a US drone over Marib province on Monday, a day after officials in"
    " Aden reported fighting in Yemen's south."
)


def _countries(ex: Extractor, head: str) -> dict[str | None, str | None]:
    facts = ex.extract(_PAGE.format(head=head), id="t", published=date(2024, 3, 5))
    return {i.location: i.country for i in facts.incidents}


def test_heading_country_places_the_unknown_spot(ex):
    assert _countries(ex, "Lebanon: ")["Deir Qanoun Zahra"] == "Lebanon"


def test_line_with_no_heading_takes_the_pages_country(ex):
    """Control: with no heading, the spot lies in the country the page tells of most, as before."""
    assert _countries(ex, "")["Deir Qanoun Zahra"] == "Yemen"
