"""A step's clause whose subject is two names joined by "and" (shown by the plural verb after the second)
keeps both names, opening at its own subordinator, not at the "and" between them."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor
from reporter.extract.milestones import step_clause

PUB = date(2025, 5, 20)


def _clause_of(ex: Extractor, text: str, month: str) -> str | None:
    _, art = ex.document(text, PUB)
    assert art is not None
    for i, s in enumerate(art.sentences):
        for d in art.dates_in(s.start, s.end):
            if month in art.text[d.start : d.end]:
                return step_clause(art, i, d)
    raise AssertionError(f"no date {month!r} found")


def test_a_pair_of_named_sites_with_a_plural_verb_is_one_subject(ex):
    """ "after the camps at Tessit and Ber were returned in March": the step is both camps'."""
    text = "The airfield was the third and last site to be transferred after the camps at Tessit and Ber were returned in March."
    assert _clause_of(ex, text, "March") == "the camps at Tessit and Ber were returned"


def test_an_and_between_two_clauses_still_parts_them(ex):
    """ "Italy left Niger last year and Spain will withdraw": a name with a modal after it opens a clause."""
    text = "Italy left Niger last year and Spain will withdraw its troops by August."
    assert _clause_of(ex, text, "August") == "Spain will withdraw its troops"
