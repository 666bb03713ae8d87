"""A live-blog entry whose stamp stands on a line of its own above it ("09.40 BST", "Yesterday 21.15 GMT",
"June 13, 10:40 p.m. ET") is dated by that stamp: the report's day for a bare clock, the day before for
"Yesterday", else the day the stamp writes; an entry that tells its own day keeps it."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 6, 14)


def _dated(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    return sorted((i.location or "", i.date) for i in ex.extract(text, id="x", published=PUB).incidents)


def test_entries_take_the_day_of_the_stamp_above_them(ex):
    text = (
        "Border war live: the latest\n\n"
        "09.40 BST\n"
        "Rebel drones hit a fuel depot in Kassala, the army said.\n\n"
        "Yesterday 21.15 BST\n"
        "Army jets struck a rebel convoy near Gedaref, the rebels said.\n\n"
        "June 12, 10:40 p.m. ET\n"
        "Rebel gunmen attacked a police post in Sennar, killing two officers, police said.\n"
    )
    assert _dated(ex, text) == [
        ("Gedaref", "2025-06-13"),
        ("Kassala", "2025-06-14"),
        ("Sennar", "2025-06-12"),
    ]


def test_an_entry_telling_its_own_day_keeps_it(ex):
    """Near miss: the entry's own "on Tuesday" outweighs the stamp above it."""
    text = "Border war live: the latest\n\nYesterday 21.15 BST\nArmy jets struck a rebel convoy near Gedaref on Tuesday, the rebels said.\n"
    assert _dated(ex, text) == [("Gedaref", "2025-06-10")]


def test_a_line_that_is_no_stamp_dates_nothing(ex):
    """Near miss: a heading line above a paragraph is no stamp; the undated paragraph keeps the window of the
    report's day and the one before."""
    text = "Border war live: the latest\n\nWhat we know\nArmy jets struck a rebel convoy near Gedaref, the rebels said.\n"
    assert _dated(ex, text) == [("Gedaref", "2025-06-13/2025-06-14")]
