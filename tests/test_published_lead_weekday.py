"""A yearless dateline's year is the one that fits the weekdays its first sentence names, the wire's own
news, where that sentence names any: a weekday told further down ("the agency said on Wednesday") is
often another day's, and fits another year."""

from __future__ import annotations

from datetime import date

from reporter.extract.dates import read_as_of
from reporter.extract.published import infer_published

AS_OF = date(2026, 1, 31)


def published(text: str) -> date | None:
    with read_as_of(AS_OF):
        return infer_published(text)


LATER = (
    " The war there broke out in April 2023. The agency said on Wednesday that dozens had been killed"
    " in the region in the last week of December."
)


def test_the_first_sentences_weekday_fixes_the_year():
    # January 3 is a Friday in 2025; in 2024 it was the Wednesday told further down
    text = (
        "HILLPORT, Jan 3 (Agency) - Fighters shelled the city late on Thursday and early on Friday, killing"
        " at least 14 people, a local committee said." + LATER
    )
    assert published(text) == date(2025, 1, 3)


def test_a_first_sentence_with_no_weekday_lets_the_others_fix_it():
    # (as before: the Wednesday told further down is the one weekday there is)
    text = "HILLPORT, Jan 3 (Agency) - Fighters shelled the city, killing at least 14 people, a local committee said." + LATER
    assert published(text) == date(2024, 1, 3)
