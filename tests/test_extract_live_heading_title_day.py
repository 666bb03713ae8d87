"""A live blog's entry headed by a clock and a title on a line of its own ("09:15 GMT - Recap of yesterday")
tells of the day the title gives: the day before the page's for "yesterday", else the page's own day."""

from __future__ import annotations

from datetime import date

PAGE = (
    "Live: war updates\n\n"
    "08:50 GMT - {title}\n\n"
    "Drones struck a fuel depot in Poltava, starting a large fire, the governor said.\n\n"
    "11:20 GMT - Blast in Odesa\n\n"
    "A missile hit a grain terminal in Odesa, wounding four dock workers.\n"
)


def _days(ex, title):
    facts = ex.extract(PAGE.format(title=title), id="x", published=date(2025, 6, 3))
    return sorted((i.location, i.date) for i in facts.incidents)


def test_an_entry_titled_yesterday_is_of_the_day_before(ex):
    assert _days(ex, "What happened yesterday") == [("Odesa", "2025-06-03"), ("Poltava", "2025-06-02")]


def test_an_entry_with_another_title_is_of_the_page_s_day(ex):
    assert _days(ex, "Depot ablaze") == [("Odesa", "2025-06-03"), ("Poltava", "2025-06-03")]
