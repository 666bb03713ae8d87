"""past_deeds.told_past: one reader, per frame, of a deed told gone by before a date; a plan stays ahead."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract.document import Document
from reporter.extract.past_deeds import told_past


def _before(text: str, word: str) -> int:
    return text.index(word)


@pytest.mark.parametrize(
    ("frame", "past", "plan"),
    [
        ("deadline", "The brigade was supposed to quit the valley by June", "The brigade is expected to quit the valley by June"),
        ("done_by", "The last engineers left the island before June", "The last engineers will leave the island before June"),
        ("done_by", "The marines had pulled back from the ridge by June", "The marines had agreed to pull back from the ridge by June"),
        ("clause", "The crossing remained under rebel control until June", "The crossing is to open to lorries until June"),
    ],
)
def test_a_window_frame_reads_the_past_before_the_date_and_not_a_plan(frame, past, plan):
    assert told_past(frame, past, 0, _before(past, "June"))
    assert not told_past(frame, plan, 0, _before(plan, "June"))


def test_a_step_frame_reads_its_clause_from_the_start():
    assert told_past("step", "the gunboats pulled out of the lagoon")
    assert not told_past("step", "the gunboats are set to pull out of the lagoon")
    text = "Officials said the gunboats pulled out of the lagoon"
    # the clause's own start: "Officials said" lies before it, read from the verb's clause on
    assert told_past("step", text, text.index("the gunboats"), len(text))


@pytest.mark.parametrize(
    ("frame", "past", "plan"),
    [
        ("deed", "The two capitals signed a border accord in May.", "The two capitals will sign a border accord in May."),
        ("deed_in_month", "A platoon left the desert airstrip in May.", "A platoon is to leave the desert airstrip in May."),
    ],
)
def test_a_token_frame_reads_the_article(ex, frame, past, plan):
    for text, expected in ((past, True), (plan, False)):
        art = Document.read(text, date(2025, 3, 14), ex.lexicon)
        assert told_past(frame, art, 0, text.index("May")) is expected
