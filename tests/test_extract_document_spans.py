"""The extract Document's span readers (mentions_in, dates_in, event_dates_in) against a plain filter."""

from __future__ import annotations

from datetime import date

from reporter.extract.document import _reach


def test_reach_is_the_running_furthest_end():
    class Span:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    spans = [Span(0, 9), Span(2, 4), Span(5, 12), Span(13, 15), Span(14, 30), Span(20, 22)]
    assert _reach(spans) == (9, 9, 12, 15, 30, 30)
    assert _reach([]) == ()


def test_span_readers_keep_what_lies_wholly_in_the_span(ex):
    """Every span of a text, even one that cuts a name or a date in two: the readers give the names
    and dates that start and end inside it, as the plain filter of each one's ends does."""
    text = (
        "KHARTOUM, Sudan - Drones struck the port of Port Sudan and the city of El Obeid from March 3 "
        "to March 9, 2025, while the Rapid Support Forces shelled Omdurman on Tuesday. The United "
        "Nations said talks in New York would resume next week."
    )
    _, art = ex.document(text, date(2025, 3, 12))
    assert art is not None and len(art.mentions) >= 4 and len(art.dates) >= 2
    for a in range(0, len(text) + 1, 3):
        for b in range(a, len(text) + 1):
            assert art.mentions_in(a, b) == [
                m for m in art.mentions if a <= m.start < b and m.end <= b and not art.in_dateline(m.start)
            ], (a, b)
            assert art.dates_in(a, b) == [d for d in art.dates if a <= d.start < b and d.end <= b], (a, b)
            assert art.event_dates_in(a, b) == [
                d for d in art.event_dates if a <= d.start < b and d.end <= b
            ], (a, b)


def test_first_characters_are_kept_parallel_to_the_tokens(ex):
    """The Document keeps each token's first character, read once, and the capitalised words places
    visits are read off them: the same offsets as testing each token's own text."""
    from reporter.extract.document import Document
    from reporter.extract.places import _capital_starts

    text = "Éclair units shelled Qarvelo at 5 a.m.; ’twas Ölberg's turn, said Lt. Varn of the 3rd Corps."
    doc = Document.read(text, date(2024, 5, 2), ex.lexicon)
    assert doc.firsts == tuple(t.text[:1] for t in doc.tokens)
    assert _capital_starts(doc) == [t.start for t in doc.tokens if t.text[:1].isupper()]
